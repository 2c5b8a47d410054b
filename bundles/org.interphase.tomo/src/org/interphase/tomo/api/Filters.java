package org.interphase.tomo.api;

import org.interphase.tomo.internal.io.SliceCache;
import org.interphase.tomo.internal.seg.GaussianVolume;
import org.interphase.tomo.internal.seg.MedianVolume;

/**
 * Optional 3-D pre-filters before segmentation. Both return lazy volumes: filtered slices are computed
 * when read, so they work on volumes larger than memory; closing the result does not close the source.
 */
public final class Filters {

    private Filters() {
    }

    /** Gaussian smoothing with standard deviation {@code sigmaVoxels} along all three axes (float32 result). */
    public static Volume gaussian(Volume source, double sigmaVoxels) {
        return new GaussianVolume(source, sigmaVoxels, SliceCache.defaultBudget());
    }

    /** 3 x 3 x 3 median (removes isolated noise voxels, keeps edges); the voxel type is kept. */
    public static Volume median3(Volume source) {
        return new MedianVolume(source, SliceCache.defaultBudget());
    }
}
