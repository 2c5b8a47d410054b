package org.interphase.tomo.internal.io;

import java.io.IOException;
import java.util.Objects;

import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.Volume;

/**
 * Base of volumes whose source delivers whole XY (z) slices: TIFF pages, files of a stack, filtered
 * slices. Z slices go through a byte-budgeted {@link SliceCache}; XZ and YZ slices are assembled from
 * the z slices (one row or column of each).
 */
public abstract class ZSliceVolume implements Volume {

    private final SliceCache cache;

    protected ZSliceVolume(long cacheBudgetBytes) {
        this.cache = new SliceCache(cacheBudgetBytes);
    }

    /** Loads z slice {@code z} as a primitive array of {@code sizeY*sizeX} values. */
    protected abstract Object loadZ(int z) throws IOException;

    /** The cache of decoded z slices (for tests and diagnostics). */
    public SliceCache cache() {
        return cache;
    }

    /** Decoded z slice {@code z} (cached). */
    protected Object zSlice(int z) throws IOException {
        Objects.checkIndex(z, sizeZ());
        return cache.get(z, this::loadZ);
    }

    @Override
    public void readSlice(Axis axis, int index, float[] dest) throws IOException {
        Objects.checkIndex(index, size(axis));
        int needed = sliceLength(axis);
        if (dest.length < needed) {
            throw new IndexOutOfBoundsException("buffer holds " + dest.length + " values, slice needs " + needed);
        }
        int nx = sizeX();
        int ny = sizeY();
        switch (axis) {
            case Z -> Samples.copy(zSlice(index), 0, dest, 0, nx * ny);
            case Y -> {
                for (int z = 0; z < sizeZ(); z++) {
                    Samples.copy(zSlice(z), index * nx, dest, z * nx, nx);
                }
            }
            case X -> {
                for (int z = 0; z < sizeZ(); z++) {
                    Object s = zSlice(z);
                    for (int y = 0; y < ny; y++) {
                        dest[z * ny + y] = Samples.get(s, y * nx + index);
                    }
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        cache.clear();
    }
}
