package org.interphase.tomo.api;

/**
 * Voxel counts of the phases defined by ascending thresholds, per slice along an axis. Phase {@code p}
 * holds the voxels with exactly {@code p} thresholds below them ("above" means value &gt; threshold), so
 * one threshold gives phase 0 (at or below) and phase 1 (above); non-finite voxels count as phase 0. With a
 * {@link Roi} only the voxels inside it are counted, so fractions are relative to the ROI voxels of each slice
 * ({@link #sliceVoxels(int)}), not to {@code perSlice}.
 *
 * @param axis       the axis the slices are taken along
 * @param thresholds ascending thresholds (a copy is kept)
 * @param counts     {@code counts[phase][slice]} (a copy is kept)
 * @param perSlice   voxels in every (whole) slice
 */
public record PhaseProfile(Axis axis, double[] thresholds, long[][] counts, long perSlice) {

    public PhaseProfile {
        thresholds = thresholds.clone();
        long[][] copy = new long[counts.length][];
        for (int p = 0; p < counts.length; p++) {
            copy[p] = counts[p].clone();
        }
        counts = copy;
        if (copy.length != thresholds.length + 1) {
            throw new IllegalArgumentException(thresholds.length + " thresholds need " + (thresholds.length + 1) + " phases");
        }
    }

    @Override
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** Number of phases. */
    public int phases() {
        return counts.length;
    }

    /** Number of slices. */
    public int slices() {
        return counts[0].length;
    }

    /** Voxels of {@code phase} in slice {@code slice}. */
    public long count(int phase, int slice) {
        return counts[phase][slice];
    }

    /** Voxels counted in slice {@code slice} (all phases; {@code perSlice} without a ROI). */
    public long sliceVoxels(int slice) {
        long n = 0;
        for (long[] c : counts) {
            n += c[slice];
        }
        return n;
    }

    /** Voxels counted in the whole volume. */
    public long totalVoxels() {
        long n = 0;
        for (int p = 0; p < counts.length; p++) {
            n += total(p);
        }
        return n;
    }

    /** Fraction of {@code phase} in every slice; NaN for slices without counted voxels (outside a ROI). */
    public double[] fractions(int phase) {
        double[] f = new double[slices()];
        for (int i = 0; i < f.length; i++) {
            long n = sliceVoxels(i);
            f[i] = n == 0 ? Double.NaN : (double) counts[phase][i] / n;
        }
        return f;
    }

    /** Voxels of {@code phase} in the whole volume. */
    public long total(int phase) {
        long t = 0;
        for (long c : counts[phase]) {
            t += c;
        }
        return t;
    }

    /** Fraction of {@code phase} among the counted voxels of the whole volume (NaN when none were counted). */
    public double overallFraction(int phase) {
        long n = totalVoxels();
        return n == 0 ? Double.NaN : (double) total(phase) / n;
    }
}
