package org.interphase.tomo.api;

import java.io.IOException;
import java.nio.ByteOrder;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A volume held in memory as floats, (z, y, x) with x fastest: synthetic phantoms with known answers (tests,
 * plug-in examples), small results (masks, distance maps), or a lazy volume materialised once
 * ({@link #copyOf}) when it is read many times (e.g. a Gaussian-filtered sub-volume). Immutable.
 */
public final class ArrayVolume implements Volume {

    /** The value of voxel (z, y, x). */
    @FunctionalInterface
    public interface Voxel {
        float at(int z, int y, int x);
    }

    private final int nz;
    private final int ny;
    private final int nx;
    private final DataType type;
    private final float[] data;
    private final String description;

    private ArrayVolume(int nz, int ny, int nx, DataType type, float[] data, String description) {
        this.nz = nz;
        this.ny = ny;
        this.nx = nx;
        this.type = Objects.requireNonNull(type, "type");
        this.data = data;
        this.description = description;
    }

    private static int length(int nz, int ny, int nx) {
        if (nz <= 0 || ny <= 0 || nx <= 0) {
            throw new IllegalArgumentException("dimensions must be positive, got " + nz + " x " + ny + " x " + nx);
        }
        long n = (long) nz * ny * nx;
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(nz + " x " + ny + " x " + nx + " voxels do not fit in one array");
        }
        return (int) n;
    }

    /** A volume whose voxel (z, y, x) is {@code f.at(z, y, x)}; {@code type} is what it reports. */
    public static ArrayVolume of(int nz, int ny, int nx, DataType type, Voxel f) {
        float[] d = new float[length(nz, ny, nx)];
        int i = 0;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    d[i++] = f.at(z, y, x);
                }
            }
        }
        return new ArrayVolume(nz, ny, nx, type, d, "in-memory " + nz + " x " + ny + " x " + nx);
    }

    /** A volume of {@code values} (z, y, x order, x fastest; copied). */
    public static ArrayVolume of(int nz, int ny, int nx, DataType type, float[] values) {
        if (values.length != length(nz, ny, nx)) {
            throw new IllegalArgumentException(values.length + " values for " + nz + " x " + ny + " x " + nx + " voxels");
        }
        return new ArrayVolume(nz, ny, nx, type, values.clone(), "in-memory " + nz + " x " + ny + " x " + nx);
    }

    /** Reads every z slice of {@code v} into memory (refused when it holds more voxels than one array can). */
    public static ArrayVolume copyOf(Volume v, Progress progress) throws IOException {
        float[] d = new float[length(v.sizeZ(), v.sizeY(), v.sizeX())];
        int n = v.sliceLength(Axis.Z);
        float[] s = new float[n];
        for (int z = 0; z < v.sizeZ(); z++) {
            v.readSlice(Axis.Z, z, s);
            System.arraycopy(s, 0, d, z * n, n);
            progress.check(z + 1, v.sizeZ());
        }
        return new ArrayVolume(v.sizeZ(), v.sizeY(), v.sizeX(), v.dataType(), d, "in-memory copy of " + v.description());
    }

    /** Voxel (z, y, x). */
    public float get(int z, int y, int x) {
        Objects.checkIndex(z, nz);
        Objects.checkIndex(y, ny);
        Objects.checkIndex(x, nx);
        return data[(z * ny + y) * nx + x];
    }

    /** A copy of all voxels, (z, y, x) order. */
    public float[] values() {
        return data.clone();
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
        return description;
    }

    @Override
    public void readSlice(Axis axis, int index, float[] dest) {
        Objects.checkIndex(index, size(axis));
        if (dest.length < sliceLength(axis)) {
            throw new IndexOutOfBoundsException("buffer holds " + dest.length + " values, slice needs " + sliceLength(axis));
        }
        switch (axis) {
            case Z -> System.arraycopy(data, index * ny * nx, dest, 0, ny * nx);
            case Y -> {
                for (int z = 0; z < nz; z++) {
                    System.arraycopy(data, (z * ny + index) * nx, dest, z * nx, nx);
                }
            }
            case X -> {
                for (int z = 0; z < nz; z++) {
                    for (int y = 0; y < ny; y++) {
                        dest[z * ny + y] = data[(z * ny + y) * nx + index];
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
