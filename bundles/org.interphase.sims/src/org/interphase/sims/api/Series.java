package org.interphase.sims.api;

import java.util.Arrays;

/**
 * A signal as a function of sputter time (or depth), with the variance of every value.
 *
 * @param x        sputter time (s) or depth, ascending
 * @param y        intensity (counts, or normalised); non-finite values are ignored by analyses
 * @param variance variance of each y; NaN where unknown (then no uncertainties are propagated)
 */
public record Series(double[] x, double[] y, double[] variance) {

    public Series {
        if (x.length != y.length || y.length != variance.length) {
            throw new IllegalArgumentException("x, y and variance differ in length: " + x.length + ", " + y.length
                    + ", " + variance.length);
        }
    }

    /** Raw counts: Poisson variance = counts (negative or non-finite counts get NaN variance). */
    public static Series counts(double[] x, double[] counts) {
        double[] v = new double[counts.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = Double.isFinite(counts[i]) && counts[i] >= 0 ? counts[i] : Double.NaN;
        }
        return new Series(x, counts, v);
    }

    /** Values with unknown variance. */
    public static Series of(double[] x, double[] y) {
        double[] v = new double[y.length];
        Arrays.fill(v, Double.NaN);
        return new Series(x, y, v);
    }

    /** Number of points. */
    public int size() {
        return x.length;
    }

    /** Index of the largest finite value, or -1 when there is none (the first one on ties). */
    public int indexOfMax() {
        int best = -1;
        for (int i = 0; i < y.length; i++) {
            if (Double.isFinite(y[i]) && (best < 0 || y[i] > y[best])) {
                best = i;
            }
        }
        return best;
    }

    /** The same series with every non-finite y (and its x) removed. */
    public Series finite() {
        int n = 0;
        for (double v : y) {
            n += Double.isFinite(v) ? 1 : 0;
        }
        if (n == y.length) {
            return this;
        }
        double[] fx = new double[n];
        double[] fy = new double[n];
        double[] fv = new double[n];
        for (int i = 0, j = 0; i < y.length; i++) {
            if (Double.isFinite(y[i])) {
                fx[j] = x[i];
                fy[j] = y[i];
                fv[j++] = variance[i];
            }
        }
        return new Series(fx, fy, fv);
    }
}
