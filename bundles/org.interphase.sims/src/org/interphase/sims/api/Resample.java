package org.interphase.sims.api;

/**
 * Linear interpolation of series onto other x values (the common grid of replicate averages, difference and
 * ratio profiles). Variances are carried through the interpolation: y = (1 - w) y1 + w y2 has variance
 * (1 - w)^2 v1 + w^2 v2 for independent points.
 */
public final class Resample {

    private Resample() {
    }

    /**
     * The series at {@code grid} (ascending); NaN outside the range of its finite points. Non-finite values of
     * the series are skipped, i.e. interpolated across.
     */
    public static Series linear(Series series, double[] grid) {
        Series s = series.finite();
        double[] x = s.x();
        double[] y = s.y();
        double[] v = s.variance();
        double[] gy = new double[grid.length];
        double[] gv = new double[grid.length];
        int j = 0;
        for (int i = 0; i < grid.length; i++) {
            double g = grid[i];
            if (x.length == 0 || g < x[0] || g > x[x.length - 1] || Double.isNaN(g)) {
                gy[i] = Double.NaN;
                gv[i] = Double.NaN;
                continue;
            }
            while (j < x.length - 2 && x[j + 1] < g) {
                j++;
            }
            while (j > 0 && x[j] > g) {
                j--;
            }
            if (x.length == 1) {
                gy[i] = y[0];
                gv[i] = v[0];
                continue;
            }
            double dx = x[j + 1] - x[j];
            double w = dx == 0 ? 0 : (g - x[j]) / dx;
            gy[i] = (1 - w) * y[j] + w * y[j + 1];
            gv[i] = (1 - w) * (1 - w) * v[j] + w * w * v[j + 1];
        }
        return new Series(grid.clone(), gy, gv);
    }

    /**
     * {@code points} equally spaced values from the largest first x to the smallest last x of the finite points
     * of all series (where every series has data); empty when they do not overlap.
     */
    public static double[] overlapGrid(java.util.List<Series> series, int points) {
        double from = Double.NEGATIVE_INFINITY;
        double to = Double.POSITIVE_INFINITY;
        for (Series s : series) {
            Series f = s.finite();
            if (f.size() == 0) {
                return new double[0];
            }
            from = Math.max(from, f.x()[0]);
            to = Math.min(to, f.x()[f.size() - 1]);
        }
        if (series.isEmpty() || !(to > from) || points < 2) {
            return new double[0];
        }
        double[] g = new double[points];
        for (int i = 0; i < points; i++) {
            g[i] = from + (to - from) * i / (points - 1);
        }
        g[points - 1] = to;
        return g;
    }
}
