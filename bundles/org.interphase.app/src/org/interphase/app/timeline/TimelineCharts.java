package org.interphase.app.timeline;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.Range;
import org.interphase.core.api.InterfaceTimeline;
import org.interphase.model.QuantityKind;
import org.interphase.ui.chart.ChartMouse;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.chart.Palette;

/**
 * The charts of the Interface Timeline: a quantity's values against cycle number with ±1σ error bars, flagged
 * values hollow, markers small and joined when a series has many cycles, the y range holding every error bar,
 * and the mouse wheel left to the scrolling view (no wheel zoom).
 */
final class TimelineCharts {

    /** Above this many points a series is drawn with small markers and a thin line (130 cycles stay readable). */
    static final int MANY = 30;
    /** Fraction of the value span added above and below the error bars. */
    static final double MARGIN = 0.06;
    /** Pixels between y ticks SWTChart aims at (its default, 64, leaves a small chart one label or none). */
    static final int Y_TICK_STEP = 26;

    /** Charts shorter than this (px) hide their title. */
    static final int TITLE_MIN_HEIGHT = 200;

    private TimelineCharts() {
    }

    /** A timeline chart whose wheel scrolls {@code scroller} instead of zooming. */
    static Chart create(Composite parent, String title, String xTitle, String yTitle, ScrolledComposite scroller) {
        Chart chart = Charts.create(parent, title, xTitle, yTitle);
        chart.getTitle().setFont(parent.getFont());
        // in the product's short Timeline (about 780 x 260 px at 1366 x 768) the plot needs the title's rows for
        // its y-axis title; the y title and the legend still name the quantity
        chart.addListener(SWT.Resize, e -> chart.getTitle().setVisible(chart.getSize().y >= TITLE_MIN_HEIGHT));
        ChartMouse.setWheelZoom(chart, false);
        chart.getAxisSet().getYAxis(0).getTick().setTickMarkStepHint(Y_TICK_STEP);
        Control plot = (Control) chart.getPlotArea();
        plot.addListener(SWT.MouseVerticalWheel, e -> {
            scroll(scroller, e.count);
            e.doit = false; // scrolled once here; GTK must not scroll the parent again
        });
        return chart;
    }

    /** Scrolls {@code scroller} by a wheel {@code count} (positive: up), as its own wheel handling would. */
    static void scroll(ScrolledComposite scroller, int count) {
        Control content = scroller.getContent();
        if (content == null) {
            return;
        }
        Point origin = scroller.getOrigin();
        int max = Math.max(0, content.getSize().y - scroller.getClientArea().height);
        int y = Math.max(0, Math.min(max, origin.y - count * 16));
        scroller.setOrigin(origin.x, y);
    }

    /** Full title of a quantity kind: "Interfacial resistance". */
    static String title(QuantityKind quantity) {
        String name = quantity.getName().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The unit as shown: "Ω" for "Ohm", "1" for none. */
    static String unit(String unit) {
        return "Ohm".equals(unit) ? "Ω" : unit == null || unit.isBlank() ? "1" : unit;
    }

    /** Short axis symbol of a quantity; the chart title carries its full name. */
    static String symbol(QuantityKind quantity) {
        return switch (quantity) {
            case INTERFACIAL_RESISTANCE -> "R(int)";
            case BULK_RESISTANCE -> "R(bulk)";
            case GRAIN_BOUNDARY_RESISTANCE -> "R(gb)";
            case CAPACITANCE -> "C";
            case SPECIES_FRACTION -> "x";
            case INTERPHASE_THICKNESS -> "d";
            case INTERFACE_WIDTH -> "w";
            case CONTACT_FRACTION -> "f(contact)";
            case VOID_FRACTION -> "f(void)";
            default -> "value";
        };
    }

    /** Adds {@code s} to {@code chart} in palette colour {@code colour}, with its error bars and hollow flagged points. */
    static void addSeries(Chart chart, InterfaceTimeline.Series s, int colour) {
        int n = s.points().size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] err = new double[n];
        for (int i = 0; i < n; i++) {
            InterfaceTimeline.Point p = s.points().get(i);
            x[i] = p.x();
            y[i] = p.value();
            err[i] = p.standardError();
        }
        boolean many = n > MANY;
        ILineSeries<?> line = Charts.line(chart, s.label(), x, y, Palette.colour(colour), n > 1, true);
        line.setDescription(s.name() + " (" + unit(s.unit()) + ")"); // the legend's text: "R1 (Ω)"
        line.setSymbolSize(many ? 2 : 5);
        line.setLineWidth(many ? 1 : 2);
        Charts.yErrors(line, err);
        hollow(chart, s, colour, many);
    }

    /**
     * Flagged values (at a bound, not identifiable, ...) drawn hollow: a ring in the series colour with a hole in
     * the plot's background, over the filled symbol; the flags are in the point's tooltip.
     */
    private static void hollow(Chart chart, InterfaceTimeline.Series s, int colour, boolean many) {
        List<InterfaceTimeline.Point> flagged = s.points().stream().filter(InterfaceTimeline.Point::flagged).toList();
        if (flagged.isEmpty()) {
            return;
        }
        double[] x = flagged.stream().mapToDouble(InterfaceTimeline.Point::x).toArray();
        double[] y = flagged.stream().mapToDouble(InterfaceTimeline.Point::value).toArray();
        ILineSeries<?> ring = Charts.line(chart, TimelineBody.flaggedId(s), x, y, Palette.colour(colour), false, true);
        ring.setSymbolSize(many ? 3 : 6);
        ring.setVisibleInLegend(false);
        ILineSeries<?> hole = Charts.line(chart, TimelineBody.flaggedId(s) + " hole", x, y,
                chart.getBackground().getRGB(), false, true);
        hole.setSymbolSize(many ? 2 : 4);
        hole.setVisibleInLegend(false);
    }

    /**
     * The y range that holds every value with its ±σ bar of {@code series}, widened by {@link #MARGIN} of its span
     * on both sides (a single value without σ gets ±10 % of itself).
     */
    static Range yRange(Collection<InterfaceTimeline.Series> series) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (InterfaceTimeline.Series s : series) {
            for (InterfaceTimeline.Point p : s.points()) {
                double e = Double.isFinite(p.standardError()) ? Math.abs(p.standardError()) : 0;
                lo = Math.min(lo, p.value() - e);
                hi = Math.max(hi, p.value() + e);
            }
        }
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return new Range(0, 1);
        }
        double span = hi - lo;
        double pad = span > 0 ? span * MARGIN : Math.max(Math.abs(hi) * 0.1, 1e-12);
        return new Range(lo - pad, hi + pad);
    }

    /** The x range of every point, padded by 4 % of the span (at least half a cycle). */
    static Range xRange(Collection<InterfaceTimeline.Series> series) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (InterfaceTimeline.Series s : series) {
            for (InterfaceTimeline.Point p : s.points()) {
                min = Math.min(min, p.x());
                max = Math.max(max, p.x());
            }
        }
        if (!Double.isFinite(min)) {
            return new Range(0, 1);
        }
        double pad = Math.max(0.5, (max - min) * 0.04);
        return new Range(min - pad, max + pad);
    }

    /** Sets both ranges; the legend shows only when the chart holds more than one quantity. */
    static void finish(Chart chart, Range x, Range y) {
        chart.getAxisSet().getXAxis(0).setRange(x);
        chart.getAxisSet().getYAxis(0).setRange(y);
        long inLegend = java.util.Arrays.stream(chart.getSeriesSet().getSeries()).filter(ISeries::isVisibleInLegend)
                .count();
        chart.getLegend().setVisible(inLegend > 1);
    }

    /** The point of {@code series} within 12 pixels of (px, py) on {@code chart}, nearest first. */
    static java.util.Optional<Near> nearest(Chart chart, Collection<InterfaceTimeline.Series> series, int px, int py) {
        Near best = null;
        double bestDistance = 12;
        IAxis xAxis = chart.getAxisSet().getXAxis(0);
        IAxis yAxis = chart.getAxisSet().getYAxis(0);
        for (InterfaceTimeline.Series s : series) {
            for (InterfaceTimeline.Point p : s.points()) {
                double d = Math.hypot(xAxis.getPixelCoordinate(p.x()) - px, yAxis.getPixelCoordinate(p.value()) - py);
                if (d < bestDistance) {
                    best = new Near(s, p);
                    bestDistance = d;
                }
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** A point and its series. */
    record Near(InterfaceTimeline.Series series, InterfaceTimeline.Point point) {
    }
}
