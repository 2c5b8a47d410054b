package org.interphase.tomo.tests;

import java.nio.ByteOrder;
import java.util.OptionalDouble;

import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.Volume;

/** A small in-memory volume for analytic tests: voxel (z, y, x) at index (z*ny + y)*nx + x. */
final class ArrayVolume implements Volume {

    @FunctionalInterface
    interface Voxel {
        float at(int z, int y, int x);
    }

    final int nz;
    final int ny;
    final int nx;
    final float[] data;
    private final DataType type;

    ArrayVolume(int nz, int ny, int nx, DataType type, Voxel f) {
        this.nz = nz;
        this.ny = ny;
        this.nx = nx;
        this.type = type;
        this.data = new float[nz * ny * nx];
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    data[(z * ny + y) * nx + x] = f.at(z, y, x);
                }
            }
        }
    }

    float get(int z, int y, int x) {
        return data[(z * ny + y) * nx + x];
    }

    void set(int z, int y, int x, float v) {
        data[(z * ny + y) * nx + x] = v;
    }

    @Override
    public int sizeZ() {
        return nz;
    }

    @Override
    public int sizeY() {
        return ny;
    }

    @Override
    public int sizeX() {
        return nx;
    }

    @Override
    public DataType dataType() {
        return type;
    }

    @Override
    public ByteOrder byteOrder() {
        return ByteOrder.nativeOrder();
    }

    @Override
    public OptionalDouble voxelSizeUm() {
        return OptionalDouble.empty();
    }

    @Override
    public String description() {
        return "array";
    }

    @Override
    public void readSlice(Axis axis, int index, float[] dest) {
        switch (axis) {
            case Z -> System.arraycopy(data, index * ny * nx, dest, 0, ny * nx);
            case Y -> {
                for (int z = 0; z < nz; z++) {
                    for (int x = 0; x < nx; x++) {
                        dest[z * nx + x] = get(z, index, x);
                    }
                }
            }
            case X -> {
                for (int z = 0; z < nz; z++) {
                    for (int y = 0; y < ny; y++) {
                        dest[z * ny + y] = get(z, y, index);
                    }
                }
            }
        }
    }

    @Override
    public void close() {
    }
}
