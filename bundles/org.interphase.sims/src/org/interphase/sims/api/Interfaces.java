package org.interphase.sims.api;

import java.util.Optional;

/**
 * Interface position and width by linear interpolation (the convention of ISO 14606:2015, "Surface chemical
 * analysis - Sputter depth profiling - Optimization using layered systems as reference materials": the
 * interface lies where a signal crosses 50 % of its plateau-to-background step; the depth resolution is the
 * distance between the 16 % and 84 % crossings, equal to 2 sigma for an error-function edge).
 * <p>
 * Rising edge: the first upward crossing from the start. Falling edge: the first downward crossing after the
 * maximum. Non-finite values are ignored. Counting uncertainties are propagated from the variances through
 * the interpolation formula (first-order).
 */
public final class Interfaces {

    /** The fraction of the Gaussian CDF at one standard deviation below the mean, rounded as ISO 14606 does. */
    public static final double LOW_FRACTION = 0.16;
    /** The fraction at one standard deviation above the mean. */
    public static final double HIGH_FRACTION = 0.84;

    private Interfaces() {
    }

    /** The edge with levels relative to 0 and the largest finite value (the shared README convention). */
    public static Optional<Edge> edge(Series series, EdgeDirection direction) {
        Series s = series.finite();
        int iMax = s.indexOfMax();
        if (iMax < 0 || !(s.y()[iMax] > 0)) {
            return Optional.empty();
        }
        return edge(s, direction, 0, s.y()[iMax]);
    }

    /**
     * The edge with explicit 0 % and 100 % levels (e.g. background and plateau). The 100 % level's own
     * uncertainty is taken as the variance at the maximum when {@code high} equals the maximum, else zero.
     */
    public static Optional<Edge> edge(Series series, EdgeDirection direction, double low, double high) {
        Series s = series.finite();
        int iMax = s.indexOfMax();
        if (iMax < 0 || !(high > low)) {
            return Optional.empty();
        }
        double highVar = s.y()[iMax] == high ? s.variance()[iMax] : 0;
        int from = direction == EdgeDirection.RISING ? 0 : iMax;
        Crossing c50 = crossing(s, direction, from, low, high, 0.5, highVar);
        if (c50 == null) {
            return Optional.empty();
        }
        Crossing c84 = crossing(s, direction, from, low, high, HIGH_FRACTION, highVar);
        Crossing c16 = crossing(s, direction, from, low, high, LOW_FRACTION, highVar);
        double widthErr = c84 == null || c16 == null ? Double.NaN : Math.hypot(c84.error, c16.error);
        return Optional.of(new Edge(direction, low, high, s.x()[iMax], c50.x, c50.error,
                c84 == null ? Double.NaN : c84.x, c16 == null ? Double.NaN : c16.x, widthErr));
    }

    private record Crossing(double x, double error) {
    }

    /**
     * First crossing of {@code low + f (high - low)} at or after index {@code from}. With t = t1 + (c - y1)
     * (t2 - t1) / (y2 - y1), the variance is (dt/dy1)^2 var1 + (dt/dy2)^2 var2 + (dt/dc)^2 var(c).
     */
    private static Crossing crossing(Series s, EdgeDirection direction, int from, double low, double high, double f,
            double highVar) {
        double c = low + f * (high - low);
        double[] x = s.x();
        double[] y = s.y();
        double[] v = s.variance();
        boolean rising = direction == EdgeDirection.RISING;
        for (int i = Math.max(from, 0) + 1; i < y.length; i++) {
            boolean crossed = rising ? y[i - 1] < c && y[i] >= c : y[i - 1] > c && y[i] <= c;
            if (crossed) {
                double dx = x[i] - x[i - 1];
                double dy = y[i] - y[i - 1];
                double t = x[i - 1] + (c - y[i - 1]) * dx / dy;
                double d1 = dx * (c - y[i]) / (dy * dy);
                double d2 = -dx * (c - y[i - 1]) / (dy * dy);
                double dc = dx / dy;
                double var = d1 * d1 * v[i - 1] + d2 * d2 * v[i] + dc * dc * f * f * highVar;
                return new Crossing(t, Math.sqrt(var));
            }
        }
        return null;
    }
}
