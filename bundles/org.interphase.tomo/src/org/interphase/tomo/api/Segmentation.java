package org.interphase.tomo.api;

import java.io.IOException;
import java.util.Objects;

import org.interphase.tomo.internal.seg.Labelling;
import org.interphase.tomo.internal.seg.Scans;

/**
 * Global-threshold segmentation and the quantities along a stack: statistics, histograms, Otsu
 * thresholds, phase fractions per slice, contact fraction on a plane and void labelling. Every method
 * reads the volume slice by slice (in parallel where possible), so it works on volumes larger than the
 * heap. The convention everywhere: a voxel is "above" (solid) when value &gt; threshold. Overloads take a
 * {@link Roi} (voxels outside it are ignored, e.g. the air around a cell) and a {@link Progress} that is told
 * after every slice and can cancel ({@link java.util.concurrent.CancellationException}).
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

    /** Min, max and mean of the finite voxels inside {@code roi}. */
    public static VolumeStats stats(Volume volume, Roi roi, Progress progress) throws IOException {
        return Scans.stats(volume, roi, progress);
    }

    /**
     * The histogram thresholds are computed from: one bin per value for uint8 (256) and uint16 (65536),
     * {@link #FLOAT_BINS} bins over [min, max] for every other type.
     */
    public static Histogram histogram(Volume volume) throws IOException {
        return histogram(volume, Roi.WHOLE, Progress.NONE);
    }

    /** As {@link #histogram(Volume)} over the voxels inside {@code roi}. */
    public static Histogram histogram(Volume volume, Roi roi, Progress progress) throws IOException {
        if (volume.dataType().hasValueBins()) {
            return Scans.integerHistogram(volume, roi, progress);
        }
        VolumeStats s = Scans.stats(volume, roi, progress);
        if (s.voxels() == 0) {
            throw new IOException("the volume has no finite voxels" + (roi instanceof Roi.Whole ? "" : " in the ROI"));
        }
        return Scans.floatHistogram(volume, s.min(), s.max(), FLOAT_BINS, roi, progress);
    }

    /** Otsu's threshold of the volume's {@link #histogram(Volume) histogram}. */
    public static double otsuThreshold(Volume volume) throws IOException {
        return Thresholds.otsu(histogram(volume));
    }

    /** Otsu's threshold of the voxels inside {@code roi}. */
    public static double otsuThreshold(Volume volume, Roi roi, Progress progress) throws IOException {
        return Thresholds.otsu(histogram(volume, roi, progress));
    }

    /** Multi-level Otsu thresholds ({@code classes - 1}, ascending) of the volume's histogram. */
    public static double[] multiOtsuThresholds(Volume volume, int classes) throws IOException {
        return Thresholds.multiOtsu(histogram(volume), classes);
    }

    /** Multi-level Otsu thresholds of the voxels inside {@code roi}. */
    public static double[] multiOtsuThresholds(Volume volume, int classes, Roi roi, Progress progress)
            throws IOException {
        return Thresholds.multiOtsu(histogram(volume, roi, progress), classes);
    }

    /** Fraction of voxels above {@code threshold} per slice along {@code axis} (phase 1 of the profile). */
    public static PhaseProfile fractionProfile(Volume volume, Axis axis, double threshold) throws IOException {
        return phaseProfile(volume, axis, threshold);
    }

    /** Voxels per phase per slice along {@code axis} for ascending {@code thresholds}. */
    public static PhaseProfile phaseProfile(Volume volume, Axis axis, double... thresholds) throws IOException {
        return phaseProfile(volume, axis, Roi.WHOLE, Progress.NONE, thresholds);
    }

    /**
     * Voxels inside {@code roi} per phase per slice along {@code axis}; fractions are relative to the ROI
     * voxels of each slice.
     */
    public static PhaseProfile phaseProfile(Volume volume, Axis axis, Roi roi, Progress progress, double... thresholds)
            throws IOException {
        Objects.requireNonNull(axis, "axis");
        for (int i = 0; i < thresholds.length; i++) {
            if (Double.isNaN(thresholds[i]) || i > 0 && thresholds[i] < thresholds[i - 1]) {
                throw new IllegalArgumentException("thresholds must be ascending numbers");
            }
        }
        return Scans.phases(volume, axis, thresholds, roi, progress);
    }

    /** Contact fraction on plane {@code index} along {@code axis}: share of voxels above {@code threshold}. */
    public static PlaneContact contact(Volume volume, Axis axis, int index, double threshold) throws IOException {
        return contact(volume, axis, index, threshold, Roi.WHOLE);
    }

    /** Contact fraction on plane {@code index} along {@code axis} among the plane's voxels inside {@code roi}. */
    public static PlaneContact contact(Volume volume, Axis axis, int index, double threshold, Roi roi)
            throws IOException {
        float[] plane = new float[volume.sliceLength(axis)];
        volume.readSlice(axis, index, plane);
        boolean[] in = roi.footprint(volume.sizeX(), volume.sizeY());
        int nx = volume.sizeX();
        int ny = volume.sizeY();
        long solid = 0;
        long counted = 0;
        for (int i = 0; i < plane.length; i++) {
            if (in != null) {
                // the footprint index of plane voxel i: Z planes are (y, x), Y planes (z, x), X planes (z, y)
                int f = switch (axis) {
                    case Z -> i;
                    case Y -> index * nx + i % nx;
                    case X -> (i % ny) * nx + index;
                };
                if (!in[f]) {
                    continue;
                }
            }
            counted++;
            if (plane[i] > threshold) {
                solid++;
            }
        }
        return new PlaneContact(axis, index, threshold, solid, counted);
    }

    /** 6-connected components of the voids (finite voxels at or below {@code threshold}). */
    public static VoidComponents labelVoids(Volume volume, double threshold) throws IOException {
        return Labelling.label(volume, threshold, false);
    }

    /** 6-connected components of the voids inside {@code roi} (voxels outside belong to no component). */
    public static VoidComponents labelVoids(Volume volume, double threshold, Roi roi, Progress progress)
            throws IOException {
        return Labelling.label(volume, threshold, false, roi, progress);
    }

    /** 6-connected components of the solid phase (voxels above {@code threshold}). */
    public static VoidComponents labelSolid(Volume volume, double threshold) throws IOException {
        return Labelling.label(volume, threshold, true);
    }
}
