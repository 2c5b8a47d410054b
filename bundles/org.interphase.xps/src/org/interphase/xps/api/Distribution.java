package org.interphase.xps.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * A Monte Carlo distribution of one quantity. The refits start from the fitted model, so their spread is the
 * uncertainty of the fit; their centre can still be offset from the fit (a parameter at a bound can only move
 * one way, a non-linear model is biased). The 95 % interval is therefore centred on the fit: the refits' 2.5 % and
 * 97.5 % quantiles moved by (fit - median of the refits) and clipped to the quantity's natural range. It
 * contains the fit by construction; {@link #note()} says when the refits' own range did not.
 *
 * @param name          quantity name (a parameter name, {@code Peak.area} or {@code Peak.atomicPercent})
 * @param best          the value of the best fit
 * @param mean          mean of the samples
 * @param sd            standard deviation of the samples
 * @param lower95       lower end of the 95 % interval centred on the fit
 * @param median        50 % quantile of the samples
 * @param upper95       upper end of the 95 % interval centred on the fit
 * @param samples       the samples (not copied: read-only)
 * @param refitLower95  2.5 % quantile of the samples
 * @param refitUpper95  97.5 % quantile of the samples
 */
public record Distribution(String name, double best, double mean, double sd, double lower95, double median,
        double upper95, double[] samples, double refitLower95, double refitUpper95) {

    /** Summary statistics of samples, without a natural range. */
    public static Distribution of(String name, double best, double[] samples) {
        return of(name, best, samples, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** Summary statistics of samples of a quantity that lies in [min, max] (parameter bounds, 0..100 %). */
    public static Distribution of(String name, double best, double[] samples, double min, double max) {
        int n = samples.length;
        double mean = Arrays.stream(samples).average().orElse(Double.NaN);
        double ss = 0;
        for (double s : samples) {
            ss += (s - mean) * (s - mean);
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        double lo = quantile(sorted, 0.025);
        double med = quantile(sorted, 0.5);
        double hi = quantile(sorted, 0.975);
        double lower = Math.min(best, Math.max(min, best - (med - lo)));
        double upper = Math.max(best, Math.min(max, best + (hi - med)));
        return new Distribution(name, best, mean, n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN, lower, med, upper,
                samples, lo, hi);
    }

    /** Whether the refits' own 2.5-97.5 % range contains the fit. */
    public boolean refitsContainFit() {
        return refitLower95 <= best && best <= refitUpper95;
    }

    /** Why the interval was moved, when the refits' own range excludes the fit. */
    public Optional<String> note() {
        if (refitsContainFit() || samples.length == 0) {
            return Optional.empty();
        }
        return Optional.of(String.format(java.util.Locale.ROOT, "%s: the refits' 95 %% range %.4g to %.4g does not "
                + "contain the fit %.4g (median of the refits %.4g): the fit is at or near a bound, or the model is "
                + "non-linear there; the interval %.4g to %.4g is that range centred on the fit", name, refitLower95,
                refitUpper95, best, median, lower95, upper95));
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
