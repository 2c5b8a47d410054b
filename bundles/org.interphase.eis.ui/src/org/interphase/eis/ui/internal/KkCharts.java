package org.interphase.eis.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.interphase.eis.api.KkResult;
import org.interphase.eis.api.KkStep;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.chart.LogAxes;
import org.interphase.ui.chart.Palette;

/**
 * The two plots of a lin-KK test: relative residuals (real and imaginary, in % of |Z|) against log frequency
 * with the verdict threshold as dashed lines, masked points as grey crosses; and pseudo-chi2 against M
 * (log y) with the chosen M marked. A click (without dragging) near a residual point reports its index.
 */
public final class KkCharts extends Composite {

    /** Series ids. */
    public static final String RES_REAL = "\u0394re";
    public static final String RES_IMAG = "\u0394im";
    public static final String MASKED_REAL = "masked \u0394re";
    public static final String MASKED_IMAG = "masked \u0394im";
    public static final String THRESHOLD_UP = "+threshold";
    public static final String THRESHOLD_DOWN = "\u2212threshold";
    public static final String CHI2 = "pseudo-chi2";
    public static final String CHOSEN = "chosen M";

    private static final int CLICK_RADIUS = 8;
    private static final RGB GREY = new RGB(150, 150, 150);

    private final Chart residuals;
    private final Chart chi2;
    private IntConsumer onPointClicked = i -> { };
    private KkResult shown;
    private int downX;
    private int downY;

    public KkCharts(Composite parent) {
        super(parent, SWT.NONE);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        GridLayout l = new GridLayout(2, false);
        l.marginWidth = 0;
        l.marginHeight = 0;
        setLayout(l);
        residuals = chart("Residuals (data \u2212 KK model) / |Z|  \u2014 click a point to mask it", "f / Hz",
                "relative residual / %", 62, true);
        chi2 = chart("Pseudo \u03C7\u00B2 vs number of RC elements", "M (RC elements)", "pseudo \u03C7\u00B2", 38, false);
        Control plot = (Control) residuals.getPlotArea();
        plot.addListener(SWT.MouseDown, e -> {
            downX = e.x;
            downY = e.y;
        });
        plot.addListener(SWT.MouseUp, this::clicked);
        for (Chart c : List.of(residuals, chi2)) {
            ((Control) c.getPlotArea()).addListener(SWT.Resize, e -> fitRanges());
        }
    }

    private Chart chart(String title, String x, String y, int weight, boolean legendBeside) {
        Chart c = Charts.create(this, title, x, y);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        gd.widthHint = weight * 10;
        c.setLayoutData(gd);
        c.getTitle().setFont(getFont());
        // a short chart (1366 x 768 screen) gives the plot the rows of its title (and of the legend below it, when
        // the chart is wide enough to carry it beside the plot)
        c.addListener(SWT.Resize, e -> {
            boolean small = c.getSize().y < 300;
            if (c.getTitle().isVisible() == small) {
                c.getTitle().setVisible(!small);
                if (legendBeside) {
                    c.getLegend().setPosition(small ? SWT.RIGHT : SWT.BOTTOM);
                }
            }
        });
        TickFormat ticks = new TickFormat();
        c.getAxisSet().getXAxis(0).getTick().setFormat(ticks);
        c.getAxisSet().getYAxis(0).getTick().setFormat(ticks);
        Color grid = new Color(210, 210, 210);
        c.getAxisSet().getXAxis(0).getGrid().setForeground(grid);
        c.getAxisSet().getYAxis(0).getGrid().setForeground(grid);
        c.getAxisSet().getXAxis(0).getTick().setTickMarkStepHint(120);
        return c;
    }

    /** Called with the index of the data point the user clicked in the residual plot. */
    public void onPointClicked(IntConsumer c) {
        this.onPointClicked = c;
    }

    private void clicked(Event e) {
        if (shown == null || e.button != 1 || Math.abs(e.x - downX) > 3 || Math.abs(e.y - downY) > 3) {
            return; // a drag (pan) or no result
        }
        nearestPoint(e.x, e.y).ifPresent(onPointClicked::accept);
    }

    /** The index of the data point drawn within a few pixels of (x, y) in the residual plot. */
    public java.util.OptionalInt nearestPoint(int x, int y) {
        if (shown == null) {
            return java.util.OptionalInt.empty();
        }
        IAxis ax = residuals.getAxisSet().getXAxis(0);
        IAxis ay = residuals.getAxisSet().getYAxis(0);
        double[] f = shown.frequencyHz();
        double[] re = shown.residualReal();
        double[] im = shown.residualImag();
        int best = -1;
        double bestD = CLICK_RADIUS * CLICK_RADIUS;
        for (int i = 0; i < f.length; i++) {
            int px = ax.getPixelCoordinate(f[i]);
            for (double v : new double[] { re[i], im[i] }) {
                double dx = px - x;
                double dy = ay.getPixelCoordinate(100 * v) - y;
                if (dx * dx + dy * dy <= bestD) {
                    bestD = dx * dx + dy * dy;
                    best = i;
                }
            }
        }
        return best < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(best);
    }

    /** Pixel position of point {@code i}'s real residual in the residual plot area (for tests). */
    public org.eclipse.swt.graphics.Point pixelOf(int i) {
        return new org.eclipse.swt.graphics.Point(
                residuals.getAxisSet().getXAxis(0).getPixelCoordinate(shown.frequencyHz()[i]),
                residuals.getAxisSet().getYAxis(0).getPixelCoordinate(100 * shown.residualReal()[i]));
    }

    /** Shows a result. */
    public void show(KkResult r) {
        shown = r;
        double[] f = r.frequencyHz();
        double[] re = r.residualReal();
        double[] im = r.residualImag();
        List<Integer> kept = new ArrayList<>();
        List<Integer> masked = new ArrayList<>();
        for (int i = 0; i < f.length; i++) {
            (r.masked().contains(i) ? masked : kept).add(i);
        }
        series(RES_REAL, pick(f, kept), percent(re, kept), Palette.colour(2), true, PlotSymbolType.CIRCLE)
                .setDescription("\u0394re");
        series(RES_IMAG, pick(f, kept), percent(im, kept), Palette.colour(3), true, PlotSymbolType.CIRCLE)
                .setDescription("\u0394im");
        if (masked.isEmpty()) {
            delete(residuals, MASKED_REAL);
            delete(residuals, MASKED_IMAG);
        } else {
            series(MASKED_REAL, pick(f, masked), percent(re, masked), GREY, false, PlotSymbolType.CROSS)
                    .setDescription("masked");
            ILineSeries<?> mi = series(MASKED_IMAG, pick(f, masked), percent(im, masked), GREY, false,
                    PlotSymbolType.CROSS);
            mi.setVisibleInLegend(false);
        }
        double lo = min(f);
        double hi = max(f);
        double t = 100 * r.threshold();
        ILineSeries<?> up = series(THRESHOLD_UP, new double[] { lo, hi }, new double[] { t, t }, new RGB(0, 0, 0),
                true, PlotSymbolType.NONE);
        up.setLineStyle(LineStyle.DASH);
        up.setLineWidth(1);
        up.setDescription(String.format(java.util.Locale.ROOT, "\u00B1%.2g %% threshold", t));
        ILineSeries<?> down = series(THRESHOLD_DOWN, new double[] { lo, hi }, new double[] { -t, -t },
                new RGB(0, 0, 0), true, PlotSymbolType.NONE);
        down.setLineStyle(LineStyle.DASH);
        down.setLineWidth(1);
        down.setVisibleInLegend(false);
        LogAxes.setLog(residuals, residuals.getAxisSet().getXAxis(0), true);

        List<KkStep> curve = r.curve().stream().filter(s -> s.pseudoChiSquare() > 0).toList();
        double[] m = curve.stream().mapToDouble(KkStep::m).toArray();
        double[] chi = curve.stream().mapToDouble(KkStep::pseudoChiSquare).toArray();
        ILineSeries<?> c = Charts.line(chi2, CHI2, m, chi, Palette.colour(0), true, true);
        c.setDescription("pseudo \u03C7\u00B2");
        double chosen = r.pseudoChiSquare();
        ILineSeries<?> mark = Charts.line(chi2, CHOSEN, new double[] { r.m() }, new double[] { chosen },
                Palette.colour(1), false, true);
        mark.setSymbolType(PlotSymbolType.DIAMOND);
        mark.setSymbolSize(7);
        mark.setDescription("chosen M = " + r.m());
        LogAxes.setLog(chi2, chi2.getAxisSet().getYAxis(0), true);
        fitRanges();
    }

    private ILineSeries<?> series(String id, double[] x, double[] y, RGB rgb, boolean line, PlotSymbolType symbol) {
        ILineSeries<?> s = Charts.line(residuals, id, x, y, rgb, line, symbol != PlotSymbolType.NONE);
        s.setSymbolType(symbol);
        if (symbol == PlotSymbolType.CROSS) {
            s.setSymbolSize(4);
        }
        return s;
    }

    private static void delete(Chart c, String id) {
        if (c.getSeriesSet().getSeries(id) != null) {
            c.getSeriesSet().deleteSeries(id);
        }
    }

    private void fitRanges() {
        if (shown == null) {
            return;
        }
        double[] f = shown.frequencyHz();
        double lo = Math.log10(min(f));
        double hi = Math.log10(max(f));
        double mx = Math.max(0.03 * (hi - lo), 0.05); // small: no crowded extra log label at the ends
        residuals.getAxisSet().getXAxis(0).setRange(new Range(Math.pow(10, lo - mx), Math.pow(10, hi + mx)));
        double ymax = 1.5 * 100 * shown.threshold();
        for (int i = 0; i < f.length; i++) {
            ymax = Math.max(ymax, 110 * Math.max(Math.abs(shown.residualReal()[i]), Math.abs(shown.residualImag()[i])));
        }
        residuals.getAxisSet().getYAxis(0).setRange(new Range(-ymax, ymax));
        List<KkStep> curve = shown.curve();
        double cmin = Double.POSITIVE_INFINITY;
        double cmax = 0;
        for (KkStep s : curve) {
            if (s.pseudoChiSquare() > 0 && Double.isFinite(s.pseudoChiSquare())) {
                cmin = Math.min(cmin, s.pseudoChiSquare());
                cmax = Math.max(cmax, s.pseudoChiSquare());
            }
        }
        if (cmax > 0) {
            double a = Math.log10(cmin);
            double b = Math.log10(cmax);
            double my = Math.max(0.05 * (b - a), 0.1);
            chi2.getAxisSet().getYAxis(0).setRange(new Range(Math.pow(10, a - my), Math.pow(10, b + my)));
            double mm = Math.max(1, 0.03 * curve.size());
            chi2.getAxisSet().getXAxis(0).setRange(new Range(1 - mm, curve.size() + mm));
        }
        residuals.redraw();
        chi2.redraw();
    }

    private static double[] pick(double[] v, List<Integer> idx) {
        return idx.stream().mapToDouble(i -> v[i]).toArray();
    }

    private static double[] percent(double[] v, List<Integer> idx) {
        return idx.stream().mapToDouble(i -> 100 * v[i]).toArray();
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    public Chart residuals() {
        return residuals;
    }

    public Chart chi2() {
        return chi2;
    }
}
