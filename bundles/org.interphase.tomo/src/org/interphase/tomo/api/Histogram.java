package org.interphase.tomo.api;

/**
 * A histogram of voxel values. Bin {@code k} covers {@code [lower + k*binWidth, lower + (k+1)*binWidth)}.
 * For integer data ({@code integerBins}) {@code lower} is an integer minus 0.5 and the width an integer,
 * so every bin holds whole values: a uint8 volume has 256 bins, bin k = value k; uint16 has 65536.
 *
 * @param lower       lower edge of bin 0
 * @param binWidth    width of every bin
 * @param counts      voxels per bin (not copied; do not modify)
 * @param integerBins whether the bins hold whole integer values
 */
public record Histogram(double lower, double binWidth, long[] counts, boolean integerBins) {

    public Histogram {
        if (counts.length == 0 || !(binWidth > 0)) {
            throw new IllegalArgumentException("a histogram needs bins of positive width");
        }
    }

    /** Number of bins. */
    public int bins() {
        return counts.length;
    }

    /** Voxels counted. */
    public long total() {
        long t = 0;
        for (long c : counts) {
            t += c;
        }
        return t;
    }

    /** Centre of bin {@code k}. */
    public double centre(int k) {
        return lower + (k + 0.5) * binWidth;
    }

    /**
     * The threshold that puts bins {@code 0..k} below and the rest above, under the rule "above means
     * value &gt; threshold": for integer bins the largest whole value of bin k (as scikit-image reports
     * Otsu thresholds), otherwise the upper edge of bin k.
     */
    public double thresholdAfterBin(int k) {
        double upper = lower + (k + 1) * binWidth;
        return integerBins ? upper - 0.5 : upper;
    }

    /**
     * The same histogram with {@code factor} neighbouring bins merged (for searches that are quadratic in
     * the bin count).
     */
    public Histogram rebin(int factor) {
        if (factor <= 1) {
            return this;
        }
        long[] merged = new long[(counts.length + factor - 1) / factor];
        for (int i = 0; i < counts.length; i++) {
            merged[i / factor] += counts[i];
        }
        return new Histogram(lower, binWidth * factor, merged, integerBins);
    }
}
