package org.interphase.sims.api;

import java.util.OptionalDouble;

/**
 * An interface located on one edge of a signal by linear interpolation between neighbouring points
 * (ISO 14606 style: the 50 % point is the position, the 16 %-84 % distance the width).
 * Levels are {@code low + f (high - low)}; with {@link Interfaces#edge(Series, EdgeDirection)} low = 0 and
 * high = the largest finite value.
 *
 * @param direction  rising or falling
 * @param low        the 0 % level
 * @param high       the 100 % level
 * @param maximumAt  x of the largest finite value
 * @param t50        x where the signal crosses 50 %
 * @param t50Error   standard uncertainty of t50 from counting statistics (NaN when variances are unknown)
 * @param t84        x of the 84 % crossing, NaN when the signal does not reach it on this edge
 * @param t16        x of the 16 % crossing, NaN when the signal does not reach it on this edge
 * @param widthError standard uncertainty of the 16-84 % width (NaN when unknown)
 */
public record Edge(EdgeDirection direction, double low, double high, double maximumAt, double t50, double t50Error,
        double t84, double t16, double widthError) {

    /** |t16 - t84|, when both crossings exist. */
    public OptionalDouble width() {
        return Double.isNaN(t16) || Double.isNaN(t84) ? OptionalDouble.empty() : OptionalDouble.of(Math.abs(t16 - t84));
    }
}
