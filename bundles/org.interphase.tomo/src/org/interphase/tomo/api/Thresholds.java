package org.interphase.tomo.api;

/**
 * Global thresholds from a {@link Histogram}. Every threshold follows the rule "above means value &gt;
 * threshold" (see {@link Histogram#thresholdAfterBin(int)}).
 */
public final class Thresholds {

    /** Quadratic searches (multi-level Otsu) merge bins until at most this many remain. */
    public static final int MAX_MULTI_LEVEL_BINS = 4096;

    private Thresholds() {
    }

    /**
     * Otsu's threshold: the split that maximises the between-class variance
     * {@code (muT*w(k) - mu(k))^2 / (w(k) (1 - w(k)))}. N. Otsu, "A threshold selection method from
     * gray-level histograms", IEEE Trans. Syst. Man Cybern. 9 (1979) 62-66. On ties the lowest split wins.
     *
     * @throws IllegalArgumentException if the histogram is empty or holds a single value
     */
    public static double otsu(Histogram h) {
        long[] c = h.counts();
        double total = h.total();
        if (total == 0) {
            throw new IllegalArgumentException("empty histogram");
        }
        double sumAll = 0;
        for (int k = 0; k < c.length; k++) {
            sumAll += (double) k * c[k];
        }
        double muT = sumAll / total;
        double w = 0;
        double mu = 0;
        double best = -1;
        int bestK = -1;
        for (int k = 0; k < c.length - 1; k++) {
            w += c[k] / total;
            mu += k * (c[k] / total);
            if (w <= 0 || w >= 1) {
                continue;
            }
            double d = muT * w - mu;
            double between = d * d / (w * (1 - w));
            if (between > best * (1 + 1e-12)) {
                best = between;
                bestK = k;
            }
        }
        if (bestK < 0) {
            throw new IllegalArgumentException("all voxels fall into one histogram bin: no threshold separates them");
        }
        return h.thresholdAfterBin(bestK);
    }

    /**
     * Multi-level Otsu: the {@code classes - 1} thresholds that maximise the between-class variance,
     * i.e. {@code sum_i S_i^2 / P_i} over the classes, found exactly by dynamic programming over the
     * cumulative tables P, S of P.-S. Liao, T.-S. Chen, P.-C. Chung, "A fast algorithm for multilevel
     * thresholding", J. Inf. Sci. Eng. 17 (2001) 713-727. Histograms wider than
     * {@link #MAX_MULTI_LEVEL_BINS} occupied bins are merged first.
     *
     * @return ascending thresholds, {@code classes - 1} of them
     */
    public static double[] multiOtsu(Histogram h, int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException("at least two classes are needed, got " + classes);
        }
        long[] c = h.counts();
        int first = 0;
        while (first < c.length && c[first] == 0) {
            first++;
        }
        int last = c.length - 1;
        while (last >= 0 && c[last] == 0) {
            last--;
        }
        if (first > last) {
            throw new IllegalArgumentException("empty histogram");
        }
        // restrict to the occupied range, then merge bins if still too many
        long[] occupied = java.util.Arrays.copyOfRange(c, first, last + 1);
        Histogram r = new Histogram(h.lower() + first * h.binWidth(), h.binWidth(), occupied, h.integerBins());
        r = r.rebin((occupied.length + MAX_MULTI_LEVEL_BINS - 1) / MAX_MULTI_LEVEL_BINS);
        int[] cuts = MultiOtsu.search(r.counts(), classes);
        double[] t = new double[cuts.length];
        for (int i = 0; i < cuts.length; i++) {
            t[i] = r.thresholdAfterBin(cuts[i]);
        }
        return t;
    }
}
