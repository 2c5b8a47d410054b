package org.interphase.xps.api;

import java.util.Optional;

/**
 * Whether a background rises above the data. An inelastic background (Shirley, Tougaard) models intensity lost
 * by the peak's electrons, so it can never exceed what was measured; where it does, the net area it leaves is
 * too small (or negative) and should not be reported without a flag. The data envelope at a point is the mean
 * of the data over 2 h + 1 points centred on it (h at least 5, clipped at the ends); the background is above
 * the data where it exceeds that mean by more than 4 standard errors of the mean under Poisson statistics
 * (variance of one point cpsFactor x y in the units of y; 4, not 3, because a region has hundreds of points and
 * a 3-sigma excursion of the noise somewhere is likely: the FeO Fe 2p oracle region reaches 3.1 sigma at its flat
 * end with 5-point means), or where a Shirley background leaves the interval between its own end levels by as
 * much (it rises monotonically from one to the other whenever the data lie above it).
 *
 * @param maxExcess        largest background minus envelope, in the units of y (may be below 3 sigma)
 * @param at               abscissa of that point
 * @param sigmas           that excess in standard errors of the envelope
 * @param outsideEndLevels whether the background leaves [min, max] of its end values by more than 3 sigma
 * @param aboveData        the verdict: above by more than 3 sigma somewhere, or outside its end levels
 */
public record BackgroundCheck(double maxExcess, double at, double sigmas, boolean outsideEndLevels,
        boolean aboveData) {

    /** Threshold in standard errors. */
    public static final double SIGMAS = 4;

    /**
     * Checks background {@code bg} against data {@code y} on abscissa {@code x}.
     *
     * @param halfWidth end-point averaging half width of the background (the envelope uses at least 5)
     * @param cpsFactor intensity per count (1 for counts)
     * @param shirley   whether the background is a Shirley (then the end-level test applies too)
     */
    public static BackgroundCheck of(double[] x, double[] y, double[] bg, int halfWidth, double cpsFactor,
            boolean shirley) {
        if (x.length != y.length || y.length != bg.length || y.length == 0 || !(cpsFactor > 0)) {
            throw new IllegalArgumentException("x, y and background must be non-empty and of equal length");
        }
        int h = Math.max(halfWidth, 5);
        int n = y.length;
        double max = Double.NEGATIVE_INFINITY;
        double at = x[0];
        double sig = 0;
        boolean above = false;
        double lo = Math.min(bg[0], bg[n - 1]);
        double hi = Math.max(bg[0], bg[n - 1]);
        boolean outside = false;
        for (int i = 0; i < n; i++) {
            int count = Math.min(n - 1, i + h) - Math.max(0, i - h) + 1;
            double env = Backgrounds.endAverage(y, i, h);
            double sigma = Math.sqrt(Math.max(cpsFactor * Math.abs(env), cpsFactor * cpsFactor) / count);
            double excess = bg[i] - env;
            if (excess > max) {
                max = excess;
                at = x[i];
                sig = excess / sigma;
            }
            above |= excess > SIGMAS * sigma;
            outside |= shirley && (bg[i] > hi + SIGMAS * sigma || bg[i] < lo - SIGMAS * sigma);
        }
        return new BackgroundCheck(max, at, sig, outside, above || outside);
    }

    /** A one-line description when the background is above the data. */
    public Optional<String> warning() {
        if (!aboveData) {
            return Optional.empty();
        }
        return Optional.of(String.format(java.util.Locale.ROOT,
                "background above the data: up to %.1f above the data envelope (%.1f sigma) at %.2f eV%s; the net "
                        + "area is too small or negative. Use the clamped background (held below the data envelope), "
                        + "a wider end-point average or other range ends.",
                maxExcess, sigmas, at, outsideEndLevels ? ", outside its own end levels" : ""));
    }
}
