package org.interphase.tomo.api;

import java.io.IOException;
import java.util.Objects;

import org.interphase.tomo.internal.seg.Labelling;
import org.interphase.tomo.internal.seg.Scans;

/**
 * Global-threshold segmentation and the quantities along a stack: statistics, histograms, Otsu
 * thresholds, phase fractions per slice, contact fraction on a plane and void labelling. Every method
 * reads the volume slice by slice (in parallel where possible), so it works on volumes larger than the
 * heap. The convention everywhere: a voxel is "above" (solid) when value &gt; threshold.
 */
public final class Segmentation {

    /** Bins of the histogram of float32 volumes. */
    public static final int FLOAT_BINS = 65536;

    private Segmentation() {
    }

    /** Min, max and mean of the finite voxels. */
    public static VolumeStats stats(Volume volume) throws IOException {
        return Scans.stats(volume);
    }

    /**
     * The histogram thresholds are computed from: one bin per value for uint8 (256) and uint16 (65536),
     * {@link #FLOAT_BINS} bins over [min, max] for every other type.
     */
    public static Histogram histogram(Volume volume) throws IOException {
        if (volume.dataType().hasValueBins()) {
            return Scans.integerHistogram(volume);
        }
        VolumeStats s = Scans.stats(volume);
        if (s.voxels() == 0) {
            throw new IOException("the volume has no finite voxels");
        }
        return Scans.floatHistogram(volume, s.min(), s.max(), FLOAT_BINS);
    }

    /** Otsu's threshold of the volume's {@link #histogram(Volume) histogram}. */
    public static double otsuThreshold(Volume volume) throws IOException {
        return Thresholds.otsu(histogram(volume));
    }

    /** Multi-level Otsu thresholds ({@code classes - 1}, ascending) of the volume's histogram. */
    public static double[] multiOtsuThresholds(Volume volume, int classes) throws IOException {
        return Thresholds.multiOtsu(histogram(volume), classes);
    }

    /** Fraction of voxels above {@code threshold} per slice along {@code axis} (phase 1 of the profile). */
    public static PhaseProfile fractionProfile(Volume volume, Axis axis, double threshold) throws IOException {
        return phaseProfile(volume, axis, threshold);
    }

    /** Voxels per phase per slice along {@code axis} for ascending {@code thresholds}. */
    public static PhaseProfile phaseProfile(Volume volume, Axis axis, double... thresholds) throws IOException {
        Objects.requireNonNull(axis, "axis");
        for (int i = 0; i < thresholds.length; i++) {
            if (Double.isNaN(thresholds[i]) || i > 0 && thresholds[i] < thresholds[i - 1]) {
                throw new IllegalArgumentException("thresholds must be ascending numbers");
            }
        }
        return Scans.phases(volume, axis, thresholds);
    }

    /** Contact fraction on plane {@code index} along {@code axis}: share of voxels above {@code threshold}. */
    public static PlaneContact contact(Volume volume, Axis axis, int index, double threshold) throws IOException {
        float[] plane = new float[volume.sliceLength(axis)];
        volume.readSlice(axis, index, plane);
        long solid = 0;
        for (float f : plane) {
            if (f > threshold) {
                solid++;
            }
        }
        return new PlaneContact(axis, index, threshold, solid, plane.length);
    }

    /** 6-connected components of the voids (finite voxels at or below {@code threshold}). */
    public static VoidComponents labelVoids(Volume volume, double threshold) throws IOException {
        return Labelling.label(volume, threshold, false);
    }

    /** 6-connected components of the solid phase (voxels above {@code threshold}). */
    public static VoidComponents labelSolid(Volume volume, double threshold) throws IOException {
        return Labelling.label(volume, threshold, true);
    }
}
