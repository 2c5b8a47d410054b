package org.interphase.xps.api;

import java.util.Arrays;

/**
 * A Monte Carlo distribution of one quantity.
 *
 * @param name    quantity name (a parameter name, {@code Peak.area} or {@code Peak.atomicPercent})
 * @param best    the value of the best fit
 * @param mean    mean of the samples
 * @param sd      standard deviation of the samples
 * @param lower95 2.5 % quantile
 * @param median  50 % quantile
 * @param upper95 97.5 % quantile
 * @param samples the samples (not copied: read-only)
 */
public record Distribution(String name, double best, double mean, double sd, double lower95, double median,
        double upper95, double[] samples) {

    /** Summary statistics of samples. */
    public static Distribution of(String name, double best, double[] samples) {
        int n = samples.length;
        double mean = Arrays.stream(samples).average().orElse(Double.NaN);
        double ss = 0;
        for (double s : samples) {
            ss += (s - mean) * (s - mean);
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return new Distribution(name, best, mean, n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN,
                quantile(sorted, 0.025), quantile(sorted, 0.5), quantile(sorted, 0.975), samples);
    }

    /** Linear-interpolated quantile of sorted data (NaN when empty). */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(i + 1, sorted.length - 1);
        return sorted[i] + (sorted[j] - sorted[i]) * (pos - i);
    }
}
