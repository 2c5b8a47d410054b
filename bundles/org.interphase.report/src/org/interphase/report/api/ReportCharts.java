package org.interphase.report.api;

import static org.interphase.report.api.Html.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.interphase.core.api.InterfaceTimeline;
import org.interphase.model.edit.Labels;

/**
 * The report's small multiples as inline SVG: one chart per quantity, all charts of an interface on one shared
 * cycle axis ({@link #cycleAxis}), ±1σ error bars, flagged values hollow with their warnings in the tooltip.
 * Tick positions follow Heckbert's "nice numbers" (P. S. Heckbert, Nice numbers for graph labels, Graphics
 * Gems I, 1990, 61–63); labels are laid out so none overlap and every axis title fits its axis.
 */
final class ReportCharts {

    /** Chart size in CSS pixels: three side by side at 1280 px, two on an A4 page. */
    static final int WIDTH = 340;
    static final int HEIGHT = 210;
    private static final int LEFT = 64;
    private static final int RIGHT = 12;
    private static final int TOP = 10;
    private static final int BOTTOM = 40;
    private static final int INSET = 7;
    /** Average advance of DejaVu Sans per character, in em (measured over digits and lower case). */
    static final double CHAR_EM = 0.62;

    /** SI prefixes from 10⁻¹² to 10⁹ in steps of 10³ (index = exponent / 3 + 4). */
    private static final String[] PREFIXES = { "p", "n", "µ", "m", "", "k", "M", "G" };
    /** Units a prefix may be put in front of. */
    private static final java.util.Set<String> SI_UNITS = java.util.Set.of("Ω", "F", "S", "m", "s", "A", "V", "g", "Hz");

    private ReportCharts() {
    }

    /** An axis from {@code lo} to {@code hi} with ticks every {@code step}. */
    record Axis(double lo, double hi, double step) {
        List<Double> ticks() {
            List<Double> t = new ArrayList<>();
            for (int k = 0; lo + k * step <= hi + step * 1e-9; k++) {
                t.add(clean(lo + k * step, step));
            }
            return t;
        }
    }

    /**
     * The cycle axis shared by all {@code series} of one interface: integer ticks, starting at 0 or above, and for
     * a single cycle c the range c−1…c+1 (never below 0) instead of an empty span.
     */
    static Axis cycleAxis(List<ReportSeries> series) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (ReportSeries s : series) {
            for (InterfaceTimeline.Point p : s.points()) {
                min = Math.min(min, p.x());
                max = Math.max(max, p.x());
            }
        }
        if (!Double.isFinite(min)) {
            return new Axis(0, 2, 1);
        }
        if (max - min < 2) {
            double lo = min >= 0 ? Math.max(0, Math.floor(min) - 1) : Math.floor(min) - 1;
            return new Axis(lo, Math.max(Math.ceil(max) + 1, lo + 2), 1);
        }
        Axis a = nice(min, max, 6);
        double step = Math.max(1, Math.rint(a.step()));
        double lo = Math.floor(min / step) * step;
        return new Axis(min >= 0 ? Math.max(0, lo) : lo, Math.ceil(max / step) * step, step);
    }

    /** Heckbert's loose labelling of [min, max] with about {@code n} ticks. */
    static Axis nice(double min, double max, int n) {
        if (!(max > min)) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            min -= pad;
            max += pad;
        }
        double range = niceNumber(max - min, false);
        double step = niceNumber(range / (n - 1), true);
        return new Axis(Math.floor(min / step) * step, Math.ceil(max / step) * step, step);
    }

    private static double niceNumber(double x, boolean round) {
        double e = Math.floor(Math.log10(x));
        double f = x / Math.pow(10, e);
        double nice;
        if (round) {
            nice = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
        } else {
            nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        }
        return nice * Math.pow(10, e);
    }

    /** The y axis of one series: nice ticks over its values ±1σ, not below 0 when no value is. */
    static Axis valueAxis(ReportSeries s) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean negative = false;
        for (InterfaceTimeline.Point p : s.points()) {
            double e = sigma(p);
            min = Math.min(min, p.value() - e);
            max = Math.max(max, p.value() + e);
            negative |= p.value() < 0;
        }
        Axis a = nice(min, max, 5);
        return !negative && a.lo() < 0 ? new Axis(0, a.hi(), a.step()) : a;
    }

    /** One chart of {@code s} on the shared {@code x} axis; {@code data-x-min/max} carry the axis range. */
    static String chart(ReportSeries s, Axis x, String colour) {
        Axis y = valueAxis(s);
        int pw = WIDTH - LEFT - RIGHT;
        int ph = HEIGHT - TOP - BOTTOM;
        double exponent = scaleExponent(y);
        double scale = Math.pow(10, exponent);
        StringBuilder g = new StringBuilder(4096);
        g.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" data-x-min=\"%s\" data-x-max=\"%s\"><title>%s</title>\n",
                WIDTH, HEIGHT, WIDTH, HEIGHT, Html.num(x.lo()), Html.num(x.hi()), esc(s.title())));
        for (double t : y.ticks()) {
            double py = mapY(t, y, ph);
            g.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#e3e6e9\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%s</text>\n", LEFT, LEFT + pw, py, py,
                    LEFT - 5, py + 3.5, esc(tickLabel(t / scale, y.step() / scale))));
        }
        for (double t : x.ticks()) {
            double px = mapX(t, x, pw);
            g.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#444\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>\n", px, px, TOP + ph,
                    TOP + ph + 4, px, TOP + ph + 15, esc(tickLabel(t, x.step()))));
        }
        g.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#444\"/>\n",
                LEFT, TOP, pw, ph));
        g.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">Cycle number</text>\n",
                LEFT + pw / 2, HEIGHT - 6));
        String yTitle = yTitle(s, exponent, ph);
        g.append(String.format(Locale.ROOT, "<text x=\"13\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" "
                + "transform=\"rotate(-90 13 %d)\">%s</text>\n", TOP + ph / 2, TOP + ph / 2, esc(yTitle)));
        points(g, s, x, y, pw, ph, colour);
        return g.append("</svg>").toString();
    }

    private static void points(StringBuilder g, ReportSeries s, Axis x, Axis y, int pw, int ph, String colour) {
        List<InterfaceTimeline.Point> points = s.points();
        double r = points.size() > 40 ? 2.2 : 3.5;
        if (points.size() > 1) {
            g.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-opacity=\"0.45\" points=\"");
            for (InterfaceTimeline.Point p : points) {
                g.append(String.format(Locale.ROOT, "%.1f,%.1f ", mapX(p.x(), x, pw), mapY(p.value(), y, ph)));
            }
            g.append("\"/>\n");
        }
        for (InterfaceTimeline.Point p : points) {
            double px = mapX(p.x(), x, pw);
            double py = mapY(p.value(), y, ph);
            double e = sigma(p);
            if (e > 0) {
                g.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>",
                        px, px, mapY(p.value() - e, y, ph), mapY(p.value() + e, y, ph), colour));
            }
            String[] v = Html.withSigma(p.value(), p.standardError());
            String tip = Labels.cycleState(p.cycle()) + ": " + v[0] + (v[1].isEmpty() ? "" : " ± " + v[1]) + " "
                    + s.unit() + (p.flagged() ? " [" + ReportTables.flags(p) + "]" : "");
            g.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"%s\"><title>%s</title></circle>\n",
                    px, py, r, p.flagged() ? "white" : colour, colour, esc(tip.strip())));
        }
    }

    /** "R1 (kΩ)" when it fits the axis height, else the unit alone; scaled values say so ("×10⁻³"). */
    static String yTitle(ReportSeries s, double exponent, int axisLength) {
        String unit = scaledUnit(s.unit(), (int) exponent);
        String full = s.title() + (unit.isEmpty() ? "" : " (" + unit + ")");
        if (textWidth(full, 11) <= axisLength) {
            return full;
        }
        return unit.isEmpty() ? "value" : unit;
    }

    private static String scaledUnit(String unit, int exponent) {
        if (exponent == 0) {
            return unit == null ? "" : unit;
        }
        int k = exponent / 3 + 4;
        if (unit != null && SI_UNITS.contains(unit) && k >= 0 && k < PREFIXES.length && !PREFIXES[k].isEmpty()) {
            return PREFIXES[k] + unit;
        }
        return "×10" + Html.superscript(exponent) + (unit == null || unit.isEmpty() ? "" : " " + unit);
    }

    /** Powers of 1000 taken out of tick labels that would be long (≥ 10⁴ or below 10⁻²). */
    static double scaleExponent(Axis y) {
        double m = Math.max(Math.abs(y.lo()), Math.abs(y.hi()));
        if (m == 0 || (m >= 1e-2 && m < 1e4)) {
            return 0;
        }
        return 3 * Math.floor(Math.log10(m) / 3);
    }

    /** A tick label with as many decimals as the step needs. */
    static String tickLabel(double v, double step) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        String t = String.format(Locale.ROOT, "%." + decimals + "f", clean(v, step));
        return (Double.parseDouble(t) == 0 ? t.replace("-", "") : t).replace('-', '−');
    }

    /** Estimated width in pixels of {@code text} at {@code fontPx} (for layout checks; conservative). */
    static double textWidth(String text, double fontPx) {
        return text.codePointCount(0, text.length()) * CHAR_EM * fontPx;
    }

    private static double sigma(InterfaceTimeline.Point p) {
        return Double.isFinite(p.standardError()) && p.standardError() > 0 ? p.standardError() : 0;
    }

    private static double mapX(double v, Axis x, int pw) {
        return LEFT + INSET + (v - x.lo()) / (x.hi() - x.lo()) * (pw - 2 * INSET);
    }

    private static double mapY(double v, Axis y, int ph) {
        return TOP + INSET + (y.hi() - v) / (y.hi() - y.lo()) * (ph - 2 * INSET);
    }

    private static double clean(double v, double step) {
        return Math.rint(v / step * 1e6) / 1e6 * step;
    }
}
