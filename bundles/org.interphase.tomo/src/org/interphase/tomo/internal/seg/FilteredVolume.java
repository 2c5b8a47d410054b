package org.interphase.tomo.internal.seg;

import java.io.IOException;
import java.nio.ByteOrder;
import java.util.OptionalDouble;

import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.internal.io.SliceCache;
import org.interphase.tomo.internal.io.ZSliceVolume;

/**
 * A lazily filtered view of a source volume: filtered z slices are computed on demand from a few source
 * slices and cached; boundaries replicate the edge voxels.
 */
abstract class FilteredVolume extends ZSliceVolume {

    protected final Volume source;
    private final SliceCache sourceSlices;

    FilteredVolume(Volume source, long cacheBudget) {
        super(cacheBudget / 2);
        this.source = source;
        this.sourceSlices = new SliceCache(cacheBudget / 2);
    }

    /** Source z slice {@code z} clamped into the volume, as float (cached). */
    protected float[] sourceZ(int z) throws IOException {
        int c = Math.max(0, Math.min(source.sizeZ() - 1, z));
        return (float[]) sourceSlices.get(c, k -> {
            float[] s = new float[source.sliceLength(Axis.Z)];
            source.readSlice(Axis.Z, k, s);
            return prepare(s);
        });
    }

    /** Hook to transform a source slice before it is cached (e.g. an in-plane blur). */
    protected float[] prepare(float[] slice) {
        return slice;
    }

    @Override
    public int sizeZ() {
        return source.sizeZ();
    }

    @Override
    public int sizeY() {
        return source.sizeY();
    }

    @Override
    public int sizeX() {
        return source.sizeX();
    }

    @Override
    public DataType dataType() {
        return DataType.FLOAT32;
    }

    @Override
    public ByteOrder byteOrder() {
        return source.byteOrder();
    }

    @Override
    public OptionalDouble voxelSizeUm() {
        return source.voxelSizeUm();
    }

    @Override
    public void close() throws IOException {
        super.close();
        sourceSlices.clear();
    }
}
