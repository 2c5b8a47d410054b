package org.interphase.tomo.api;

/** Exact multi-level Otsu search by dynamic programming over cumulative tables (package-private). */
final class MultiOtsu {

    private MultiOtsu() {
    }

    /**
     * Bin indices k_1 &lt; ... &lt; k_{m-1} (class i ends at bin k_i) maximising {@code sum S^2/P}.
     */
    static int[] search(long[] counts, int classes) {
        int n = counts.length;
        if (n < classes) {
            throw new IllegalArgumentException(
                    "only " + n + " distinct histogram bins are occupied, fewer than " + classes + " classes");
        }
        double[] p = new double[n + 1];
        double[] s = new double[n + 1];
        for (int k = 0; k < n; k++) {
            p[k + 1] = p[k] + counts[k];
            s[k + 1] = s[k] + (double) k * counts[k];
        }
        // best[c][b]: best sum for bins 0..b-1 split into c+1 classes; from[c][b]: start of the last class
        double[][] best = new double[classes][n + 1];
        int[][] from = new int[classes][n + 1];
        for (int b = 1; b <= n; b++) {
            best[0][b] = term(p, s, 0, b);
        }
        for (int c = 1; c < classes; c++) {
            for (int b = c + 1; b <= n; b++) {
                double bestValue = Double.NEGATIVE_INFINITY;
                int bestA = -1;
                for (int a = c; a < b; a++) { // last class = bins a..b-1, the others 0..a-1
                    double v = best[c - 1][a] + term(p, s, a, b);
                    if (bestA < 0 || v > bestValue) {
                        bestValue = v;
                        bestA = a;
                    }
                }
                best[c][b] = bestValue;
                from[c][b] = bestA;
            }
        }
        int[] cuts = new int[classes - 1];
        int b = n;
        for (int c = classes - 1; c >= 1; c--) {
            int a = from[c][b];
            cuts[c - 1] = a - 1;
            b = a;
        }
        return cuts;
    }

    /** S^2/P of the class of bins a..b-1 (0 when empty). */
    private static double term(double[] p, double[] s, int a, int b) {
        double w = p[b] - p[a];
        if (w <= 0) {
            return 0;
        }
        double m = s[b] - s[a];
        return m * m / w;
    }
}
