package org.interphase.tomo.ui.tests;

import java.nio.ByteOrder;
import java.util.OptionalDouble;

import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.Volume;

/** An in-memory uint8 volume (z, y, x) for analytic tests. */
class ArrayVolume implements Volume {

    private final int nz;
    private final int ny;
    private final int nx;
    private final float[] data;

    ArrayVolume(int nz, int ny, int nx, float[] data) {
        this.nz = nz;
        this.ny = ny;
        this.nx = nx;
        this.data = data;
    }

    float at(int z, int y, int x) {
        return data[(z * ny + y) * nx + x];
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
        return DataType.UINT8;
    }

    @Override
    public ByteOrder byteOrder() {
        return ByteOrder.LITTLE_ENDIAN;
    }

    @Override
    public OptionalDouble voxelSizeUm() {
        return OptionalDouble.empty();
    }

    @Override
    public String description() {
        return "array " + nz + "x" + ny + "x" + nx;
    }

    @Override
    public void readSlice(Axis axis, int index, float[] dest) {
        int i = 0;
        switch (axis) {
            case Z -> {
                for (int y = 0; y < ny; y++) {
                    for (int x = 0; x < nx; x++) {
                        dest[i++] = at(index, y, x);
                    }
                }
            }
            case Y -> {
                for (int z = 0; z < nz; z++) {
                    for (int x = 0; x < nx; x++) {
                        dest[i++] = at(z, index, x);
                    }
                }
            }
            case X -> {
                for (int z = 0; z < nz; z++) {
                    for (int y = 0; y < ny; y++) {
                        dest[i++] = at(z, y, index);
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        // nothing to release
    }
}
