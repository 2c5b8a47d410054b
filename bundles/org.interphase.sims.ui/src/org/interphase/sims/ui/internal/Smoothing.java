package org.interphase.sims.ui.internal;

import org.interphase.sims.api.Series;

/**
 * Centred moving average (boxcar) over an odd number of points, the simplest smoothing SurfaceLab offers.
 * Near the ends the window shrinks symmetrically; non-finite values are left out of every average. The
 * variance of a mean of n values is the sum of their variances / n^2 (neighbours treated as independent).
 * The editor shows any smoothing in the chart title and records it in the settings: it is never silent.
 */
public final class Smoothing {

    private Smoothing() {
    }

    /** {@code s} smoothed over {@code window} points; a window below 3 returns {@code s} unchanged. */
    public static Series movingAverage(Series s, int window) {
        if (window < 3) {
            return s;
        }
        int half = window / 2;
        int n = s.size();
        double[] y = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            int h = Math.min(half, Math.min(i, n - 1 - i));
            double sum = 0;
            double var = 0;
            int k = 0;
            for (int j = i - h; j <= i + h; j++) {
                if (Double.isFinite(s.y()[j])) {
                    sum += s.y()[j];
                    var += s.variance()[j];
                    k++;
                }
            }
            y[i] = k == 0 ? Double.NaN : sum / k;
            v[i] = k == 0 ? Double.NaN : var / ((double) k * k);
        }
        return new Series(s.x(), y, v);
    }
}
