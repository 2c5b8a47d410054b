package org.interphase.sims.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Replicate statistics and two-profile arithmetic on a common grid (curves are put on it by linear
 * interpolation, {@link Resample}).
 */
public final class Replicates {

    private Replicates() {
    }

    /**
     * Mean and sample standard deviation (n - 1 in the denominator) of replicate curves, point by point.
     *
     * @param x    the common grid
     * @param mean the mean of the replicates at each x
     * @param sd   their sample standard deviation (NaN with one replicate)
     * @param n    replicates that have a value at each x
     */
    public record MeanCurve(double[] x, double[] mean, double[] sd, int[] n) {

        /** The standard error of the mean, sd / sqrt(n). */
        public double standardError(int i) {
            return sd[i] / Math.sqrt(n[i]);
        }
    }

    /**
     * Mean +/- SD of the curves on {@code points} equally spaced x over the range all of them cover.
     *
     * @throws IllegalArgumentException when there are no curves or their ranges do not overlap
     */
    public static MeanCurve meanSd(List<Series> curves, int points) {
        double[] grid = Resample.overlapGrid(curves, points);
        if (grid.length == 0) {
            throw new IllegalArgumentException("the " + curves.size() + " curves have no common x range");
        }
        List<Series> on = new ArrayList<>();
        for (Series c : curves) {
            on.add(Resample.linear(c, grid));
        }
        double[] mean = new double[grid.length];
        double[] sd = new double[grid.length];
        int[] n = new int[grid.length];
        for (int i = 0; i < grid.length; i++) {
            double sum = 0;
            int k = 0;
            for (Series s : on) {
                double y = s.y()[i];
                if (Double.isFinite(y)) {
                    sum += y;
                    k++;
                }
            }
            double m = k == 0 ? Double.NaN : sum / k;
            double ss = 0;
            for (Series s : on) {
                double y = s.y()[i];
                if (Double.isFinite(y)) {
                    ss += (y - m) * (y - m);
                }
            }
            mean[i] = m;
            sd[i] = k > 1 ? Math.sqrt(ss / (k - 1)) : Double.NaN;
            n[i] = k;
        }
        return new MeanCurve(grid, mean, sd, n);
    }

    /**
     * a - b at the x of {@code a} (b interpolated; NaN where b has no data), variance va + vb.
     */
    public static Series difference(Series a, Series b) {
        Series bb = Resample.linear(b, a.x());
        double[] y = new double[a.size()];
        double[] v = new double[a.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = a.y()[i] - bb.y()[i];
            v[i] = a.variance()[i] + bb.variance()[i];
        }
        return new Series(a.x(), y, v);
    }

    /** a / b at the x of {@code a} (b interpolated), with the variance of {@link Normalisation#divide}. */
    public static Series ratio(Series a, Series b) {
        return Normalisation.divide(a, Resample.linear(b, a.x()));
    }
}
