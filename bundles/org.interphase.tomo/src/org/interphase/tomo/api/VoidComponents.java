package org.interphase.tomo.api;

/**
 * The 6-connected components of a phase (usually the voids: value &lt;= threshold).
 *
 * @param threshold    the threshold that defined the phase
 * @param phaseVoxels  voxels in the phase
 * @param sizes        component sizes in voxels, largest first (a copy is kept)
 */
public record VoidComponents(double threshold, long phaseVoxels, long[] sizes) {

    public VoidComponents {
        sizes = sizes.clone();
    }

    @Override
    public long[] sizes() {
        return sizes.clone();
    }

    /** Number of components. */
    public int count() {
        return sizes.length;
    }

    /** Size of the largest component, 0 when there is none. */
    public long largest() {
        return sizes.length == 0 ? 0 : sizes[0];
    }

    /** Mean component size in voxels (0 when there is none). */
    public double meanSize() {
        return sizes.length == 0 ? 0 : (double) phaseVoxels / sizes.length;
    }

    /**
     * Size distribution in powers of two: element {@code i} counts components of {@code 2^i} to
     * {@code 2^(i+1) - 1} voxels.
     */
    public long[] log2SizeHistogram() {
        if (sizes.length == 0) {
            return new long[0];
        }
        long[] h = new long[64 - Long.numberOfLeadingZeros(sizes[0])];
        for (long s : sizes) {
            h[63 - Long.numberOfLeadingZeros(s)]++;
        }
        return h;
    }
}
