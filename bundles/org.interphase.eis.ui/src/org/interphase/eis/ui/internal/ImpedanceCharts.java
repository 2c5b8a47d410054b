package org.interphase.eis.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.chart.LogAxes;
import org.interphase.ui.chart.Palette;

/**
 * The four plots of a spectrum: Nyquist (equal axis scales, re-applied on resize), Bode modulus (log-log),
 * Bode phase (log f) and relative residuals of the fit. Data are drawn as symbols, the fit as a line.
 */
public final class ImpedanceCharts extends Composite {

    /** Series ids. */
    public static final String DATA = "data";
    public static final String FIT = "fit";
    public static final String RES_REAL = "residual Z'";
    public static final String RES_IMAG = "residual Z''";

    /** Below this chart height (px) the chart title is hidden. */
    static final int TITLE_MIN_HEIGHT = 240;

    private static final RGB DATA_RGB = Palette.colour(0);
    private static final RGB FIT_RGB = Palette.colour(1);

    private final Chart nyquist;
    private final Chart modulus;
    private final Chart phase;
    private final Chart residuals;
    /** The region the Nyquist plot should show: xmin, xmax, ymin, ymax (before equal scaling). */
    private double[] nyquistView;
    private boolean scaling;
    private boolean refitting;

    public ImpedanceCharts(Composite parent) {
        super(parent, SWT.NONE);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        GridLayout layout = new GridLayout(2, true);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        setLayout(layout);
        nyquist = chart("Nyquist", "Z' / \u03A9", "\u2212Z'' / \u03A9");
        modulus = chart("Bode modulus", "f / Hz", "|Z| / \u03A9");
        modulus.getAxisSet().getYAxis(0).getGrid().setStyle(LineStyle.NONE); // log-log grid would be a hatch
        phase = chart("Bode phase", "f / Hz", "\u2212\u03C6 / \u00B0");
        residuals = chart("Residuals (data \u2212 fit) / |Z|", "f / Hz", "residual / %");
        for (Chart c : List.of(modulus, phase, residuals)) {
            // SWTChart's log-axis margins depend on the plot size: fit the ranges again once it is known
            ((Control) c.getPlotArea()).addListener(SWT.Resize, e -> fitRanges(c));
        }
        // the residual title as long as the plot's height allows ("residual / %", in a short area "res. / %")
        ((Control) residuals.getPlotArea()).addListener(SWT.Resize, e -> Charts.fitYTitle(residuals, "residual / %", "res. / %"));
        Control plot = (Control) nyquist.getPlotArea();
        plot.addListener(SWT.Resize, e -> applyNyquistView());
        // after ChartMouse's double-click "fit all": fit all again, with equal scales
        plot.addListener(SWT.MouseDoubleClick, e -> showAllNyquist());
    }


    private Chart chart(String title, String x, String y) {
        Chart c = Charts.create(this, title, x, y);
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        c.getTitle().setFont(getFont());
        // a short editor area (e.g. 490 px in the product) keeps its rows for the plot: legend beside it,
        // the title (which the y axis title repeats) only when there is height to spare
        c.getLegend().setPosition(SWT.RIGHT);
        c.addListener(SWT.Resize, e -> c.getTitle().setVisible(c.getSize().y >= TITLE_MIN_HEIGHT));
        TickFormat ticks = new TickFormat();
        c.getAxisSet().getXAxis(0).getTick().setFormat(ticks);
        c.getAxisSet().getYAxis(0).getTick().setFormat(ticks);
        // log axes draw a grid line at every 1..9 x 10^n: keep them faint
        Color grid = new Color(210, 210, 210);
        c.getAxisSet().getXAxis(0).getGrid().setForeground(grid);
        c.getAxisSet().getYAxis(0).getGrid().setForeground(grid);
        c.getAxisSet().getXAxis(0).getTick().setTickMarkStepHint(150); // fewer, non-overlapping log labels
        c.getAxisSet().getYAxis(0).getTick().setTickMarkStepHint(30); // labelled ticks on a short plot too
        return c;
    }

    /** Shows a spectrum (replaces data, removes any fit). */
    public void setData(FitCurves.Curve d) {
        Charts.line(nyquist, DATA, d.re(), d.minusIm(), DATA_RGB, false, true).setDescription("data");
        Charts.line(modulus, DATA, d.frequencyHz(), d.modulus(), DATA_RGB, false, true).setDescription("data");
        Charts.line(phase, DATA, d.frequencyHz(), d.minusPhaseDegrees(), DATA_RGB, false, true)
                .setDescription("data");
        clearFit();
        showAllNyquist();
    }

    /** Overlays a model curve and shows its residuals at the data frequencies. */
    public void setFit(FitCurves.Curve model, FitCurves.Residuals r) {
        Charts.line(nyquist, FIT, model.re(), model.minusIm(), FIT_RGB, true, false).setDescription("fit");
        Charts.line(modulus, FIT, model.frequencyHz(), model.modulus(), FIT_RGB, true, false).setDescription("fit");
        Charts.line(phase, FIT, model.frequencyHz(), model.minusPhaseDegrees(), FIT_RGB, true, false)
                .setDescription("fit");
        Charts.line(residuals, RES_REAL, r.frequencyHz(), r.realPercent(), Palette.colour(2), true, true)
                .setDescription("Z' (real)");
        Charts.line(residuals, RES_IMAG, r.frequencyHz(), r.imagPercent(), Palette.colour(3), true, true)
                .setDescription("Z'' (imag.)");
        logScales();
        applyNyquistView();
    }

    /**
     * Log axes of the Bode and residual plots, then fitted ranges. SWTChart silently switches an axis to
     * linear when a series is set while its other coordinate is still empty, so this runs after every
     * series change.
     */
    private void logScales() {
        for (Chart c : List.of(modulus, phase, residuals)) {
            if (c.getSeriesSet().getSeries().length > 0) {
                LogAxes.setLog(c, c.getAxisSet().getXAxis(0), true);
            }
        }
        if (modulus.getSeriesSet().getSeries().length > 0) {
            LogAxes.setLog(modulus, modulus.getAxisSet().getYAxis(0), true);
        }
        for (Chart c : List.of(modulus, phase, residuals)) {
            fitRanges(c);
        }
    }

    private void fitRanges(Chart c) {
        org.eclipse.swt.graphics.Point size = ((Control) c.getPlotArea()).getSize();
        if (refitting || c.getSeriesSet().getSeries().length == 0 || size.x < 20 || size.y < 20) {
            return; // SWTChart's tick layout never ends on a plot area of (nearly) no pixels
        }
        refitting = true; // setRange re-lays out the chart, which fires Resize again
        try {
            // own ranges, not adjustRange: SWTChart's pixel-based margins misbehave on log axes of small plots
            fit(c.getAxisSet().getXAxis(0), c, true);
            fit(c.getAxisSet().getYAxis(0), c, false);
            if (c == residuals) {
                symmetric(residuals.getAxisSet().getYAxis(0));
            }
            c.redraw();
        } finally {
            refitting = false;
        }
    }

    /** Sets {@code axis} to the data of all series with a 5 % margin (of decades on log axes). */
    private static void fit(IAxis axis, Chart c, boolean x) {
        boolean log = axis.isLogScaleEnabled();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (ISeries<?> s : c.getSeriesSet().getSeries()) {
            for (double v : x ? s.getXSeries() : s.getYSeries()) {
                double t = log ? Math.log10(v) : v;
                if (Double.isFinite(t)) {
                    lo = Math.min(lo, t);
                    hi = Math.max(hi, t);
                }
            }
        }
        if (!(lo <= hi)) {
            return;
        }
        double margin = hi > lo ? 0.05 * (hi - lo) : Math.max(0.5, Math.abs(lo) * 0.1);
        lo -= margin;
        hi += margin;
        axis.setRange(log ? new Range(Math.pow(10, lo), Math.pow(10, hi)) : new Range(lo, hi));
    }

    /** Removes the fit curves and residuals. */
    public void clearFit() {
        for (Chart c : List.of(nyquist, modulus, phase, residuals)) {
            for (String id : List.of(FIT, RES_REAL, RES_IMAG)) {
                if (c.getSeriesSet().getSeries(id) != null) {
                    c.getSeriesSet().deleteSeries(id);
                }
            }
            c.redraw();
        }
        logScales();
    }

    /** Residual axis symmetric about zero, so the sign of a misfit is easy to read. */
    private static void symmetric(IAxis y) {
        Range r = y.getRange();
        double m = Math.max(Math.max(Math.abs(r.lower), Math.abs(r.upper)), 0.1);
        y.setRange(new Range(-m, m));
    }

    /** Nyquist view over all points, equal scales. */
    public void showAllNyquist() {
        ISeries<?> s = nyquist.getSeriesSet().getSeries(DATA);
        if (s == null) {
            return;
        }
        nyquistView = box(s.getXSeries(), s.getYSeries(), i -> true);
        applyNyquistView();
    }

    /**
     * Nyquist view of the high-frequency part: the points with |Z| up to {@code factor} times the smallest
     * |Z| (the arcs before a blocking-electrode spike or diffusion tail).
     */
    public void zoomNyquistToHighFrequency(double factor) {
        ISeries<?> s = nyquist.getSeriesSet().getSeries(DATA);
        if (s == null) {
            return;
        }
        double[] x = s.getXSeries();
        double[] y = s.getYSeries();
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            min = Math.min(min, Math.hypot(x[i], y[i]));
        }
        double limit = factor * min;
        nyquistView = box(x, y, i -> Math.hypot(x[i], y[i]) <= limit);
        applyNyquistView();
    }

    private static double[] box(double[] x, double[] y, java.util.function.IntPredicate keep) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = 0; // keep the real axis in view
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            if (keep.test(i)) {
                x0 = Math.min(x0, x[i]);
                x1 = Math.max(x1, x[i]);
                y0 = Math.min(y0, y[i]);
                y1 = Math.max(y1, y[i]);
            }
        }
        x0 = Math.min(x0, 0); // and the origin
        double mx = 0.05 * (x1 - x0);
        double my = 0.05 * (y1 - y0);
        return new double[] { x0 - mx, x1 + mx, y0 - my, y1 + my };
    }

    private void applyNyquistView() {
        if (nyquistView == null || scaling) {
            return;
        }
        scaling = true;
        try {
            nyquist.getAxisSet().getXAxis(0).setRange(new Range(nyquistView[0], nyquistView[1]));
            nyquist.getAxisSet().getYAxis(0).setRange(new Range(nyquistView[2], nyquistView[3]));
            nyquist.updateLayout();
            // equalScale widens one axis about its centre: slide it back so the view starts at the origin side;
            // sliding can change tick-label widths and so the plot area (e.g. in a tab folder): repeat
            for (int i = 0; i < 5; i++) {
                Charts.equalScale(nyquist);
                anchor(nyquist.getAxisSet().getXAxis(0), nyquistView[0]);
                anchor(nyquist.getAxisSet().getYAxis(0), nyquistView[2]);
                nyquist.updateLayout();
                double[] u = Charts.unitsPerPixel(nyquist);
                if (Math.abs(u[0] - u[1]) <= 1e-3 * Math.max(u[0], u[1])) {
                    break;
                }
            }
            nyquist.redraw();
        } finally {
            scaling = false;
        }
    }

    private static void anchor(IAxis axis, double lower) {
        Range r = axis.getRange();
        axis.setRange(new Range(lower, lower + r.upper - r.lower));
    }

    public Chart nyquist() {
        return nyquist;
    }

    public Chart modulus() {
        return modulus;
    }

    public Chart phase() {
        return phase;
    }

    public Chart residuals() {
        return residuals;
    }
}
