package org.interphase.sims.api;

import java.util.Arrays;

import org.hipparchus.exception.MathRuntimeException;
import org.interphase.sims.internal.EdgeLeastSquares;

/** Fits an {@link EdgeModel} to one edge of a signal (Levenberg-Marquardt, weighted by 1/variance). */
public final class EdgeFits {

    /** The automatic window reaches this many 16-84 % widths either side of the 50 % point. */
    public static final double WINDOW_WIDTHS = 3;
    /** Fewest points a fit accepts (4 parameters + 2 degrees of freedom). */
    public static final int MIN_POINTS = 6;

    private EdgeFits() {
    }

    /**
     * Fits around an edge found by {@link Interfaces#edge(Series, EdgeDirection)}: the window is
     * {@code t50 +/- 3 width} (width at least two sampling steps), cut at the maximum so a rising edge is
     * fitted only before it and a falling edge only after it.
     */
    public static EdgeFit fit(Series series, Edge edge, EdgeModel model) throws EdgeFitException {
        Series s = series.finite();
        double step = medianStep(s.x());
        double w = Math.max(edge.width().orElse(0), 2 * step);
        double from = edge.t50() - WINDOW_WIDTHS * w;
        double to = edge.t50() + WINDOW_WIDTHS * w;
        if (edge.direction() == EdgeDirection.RISING) {
            to = Math.min(to, edge.maximumAt());
        } else {
            from = Math.max(from, edge.maximumAt());
        }
        return fit(s, edge.direction(), model, from, to, edge.t50(), w);
    }

    /**
     * Fits the points with {@code from <= x <= to}, starting from centre {@code c0} and 16-84 % width
     * {@code w0}.
     */
    public static EdgeFit fit(Series series, EdgeDirection direction, EdgeModel model, double from, double to,
            double c0, double w0) throws EdgeFitException {
        Series s = series.finite();
        int lo = 0;
        while (lo < s.size() && s.x()[lo] < from) {
            lo++;
        }
        int hi = lo;
        while (hi < s.size() && s.x()[hi] <= to) {
            hi++;
        }
        if (hi - lo < MIN_POINTS) {
            throw new EdgeFitException("only " + (hi - lo) + " points between " + from + " and " + to + ", need "
                    + MIN_POINTS);
        }
        try {
            return EdgeLeastSquares.fit(model, direction, Arrays.copyOfRange(s.x(), lo, hi),
                    Arrays.copyOfRange(s.y(), lo, hi), Arrays.copyOfRange(s.variance(), lo, hi), c0, w0);
        } catch (MathRuntimeException e) {
            throw new EdgeFitException("the " + model + " fit did not converge: " + e.getMessage(), e);
        }
    }

    static double medianStep(double[] x) {
        if (x.length < 2) {
            return 0;
        }
        double[] d = new double[x.length - 1];
        for (int i = 1; i < x.length; i++) {
            d[i - 1] = x[i] - x[i - 1];
        }
        Arrays.sort(d);
        return d[d.length / 2];
    }
}
