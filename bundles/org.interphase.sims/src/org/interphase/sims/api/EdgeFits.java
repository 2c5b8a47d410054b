package org.interphase.sims.api;

import java.util.Arrays;

import org.interphase.sims.internal.math.StepFitter;

/** Fits an {@link EdgeModel} to one edge of a signal (Levenberg-Marquardt, weighted by 1/variance). */
public final class EdgeFits {

    /** The automatic window reaches this many 16-84 % widths either side of the 50 % point. */
    public static final double WINDOW_WIDTHS = 3;
    /** Fewest points a fit accepts (4 parameters + 2 degrees of freedom). */
    public static final int MIN_POINTS = 6;

    private EdgeFits() {
    }

    /**
     * Fits around an edge found by {@link Interfaces#edge(Series, EdgeDirection)}. The window is
     * {@code t50 +/- 3 width} (width at least two sampling steps), narrowed so that it holds one clean step:
     * on the high side of the edge it reaches at least the highest point and goes on while the signal stays
     * above 84 % (so a peak after a rising edge is cut soon after its top, a plateau is kept), and on the
     * low side it stops
     * before the signal comes back above 50 % (a surface peak before a rising edge, a second layer after a
     * falling one).
     */
    public static EdgeFit fit(Series series, Edge edge, EdgeModel model) throws EdgeFitException {
        Series s = series.finite();
        double[] x = s.x();
        double[] y = s.y();
        int n = x.length;
        double step = medianStep(x);
        double w = Math.max(edge.width().orElse(0), 2 * step);
        double level = edge.low() + 0.5 * (edge.high() - edge.low());
        double plateau = edge.low() + Interfaces.HIGH_FRACTION * (edge.high() - edge.low());
        int cross = 0; // first index at or after t50
        while (cross < n && x[cross] < edge.t50()) {
            cross++;
        }
        int lo = cross;
        int hi = cross;
        if (edge.direction() == EdgeDirection.RISING) {
            while (lo > 0 && x[lo - 1] >= edge.t50() - WINDOW_WIDTHS * w && y[lo - 1] < level) {
                lo--;
            }
            int top = Math.min(cross, n - 1);
            for (int i = cross; i < n && x[i] <= edge.t50() + WINDOW_WIDTHS * w; i++) {
                top = y[i] > y[top] ? i : top;
            }
            hi = top;
            while (hi < n - 1 && x[hi + 1] <= edge.t50() + WINDOW_WIDTHS * w && y[hi + 1] >= plateau) {
                hi++;
            }
        } else {
            int top = Math.max(cross - 1, 0);
            for (int i = top; i >= 0 && x[i] >= edge.t50() - WINDOW_WIDTHS * w; i--) {
                top = y[i] > y[top] ? i : top;
            }
            lo = top;
            while (lo > 0 && x[lo - 1] >= edge.t50() - WINDOW_WIDTHS * w && y[lo - 1] >= plateau) {
                lo--;
            }
            while (hi < n - 1 && x[hi + 1] <= edge.t50() + WINDOW_WIDTHS * w && y[hi + 1] < level) {
                hi++;
            }
        }
        if (hi >= n || lo > hi) {
            throw new EdgeFitException("no points around the edge at " + edge.t50());
        }
        return fit(s, edge.direction(), model, x[lo], x[hi], edge.t50(), w);
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
            StepFitter.Result r = StepFitter.fit(model.shape(), direction == EdgeDirection.RISING, s.x(), s.y(),
                    s.variance(), lo, hi, c0, w0, model.widthPerScale());
            int dof = Math.max(r.points() - 4, 1);
            double chi2 = r.chiSquare() / dof;
            // errors scaled by sqrt(max(1, reduced chi-square)) when weighted, by sqrt(chi2) (unknown sigma) else
            double factor = Math.sqrt(r.weighted() ? Math.max(1, chi2) : chi2);
            double ws = model.widthPerScale();
            return new EdgeFit(model, direction, r.centre(), r.centreError() * factor, ws * r.scale(),
                    ws * r.scaleError() * factor, r.baseline(), r.amplitude(), r.weighted() ? chi2 : Double.NaN,
                    r.points(), s.x()[lo], s.x()[hi - 1]);
        } catch (ArithmeticException e) {
            throw new EdgeFitException("the " + model + " fit failed (no clean step in the window): "
                    + e.getMessage(), e);
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
