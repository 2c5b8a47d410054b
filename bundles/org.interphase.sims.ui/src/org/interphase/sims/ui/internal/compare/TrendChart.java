package org.interphase.sims.ui.internal.compare;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.interphase.sims.api.ThicknessTrend;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.chart.Palette;

/** Interphase thickness versus cycle number: means with standard-error bars and the weighted growth line. */
public final class TrendChart extends Composite {

    /** Series id of the thickness points. */
    public static final String POINTS = "thickness";
    /** Series id of the growth line. */
    public static final String LINE = "growth";

    private final Chart chart;

    public TrendChart(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new FillLayout());
        chart = Charts.create(this, "Interphase thickness vs cycle", "Cycle number", "Interphase thickness / nm");
        chart.getAxisSet().getXAxis(0).getTick().setTickMarkStepHint(90); // fewer, rounder cycle ticks
        ShortCharts.install(chart, false);
        // a short plot (1366 x 768 screen) gets the short form of the y title
        ((Control) chart.getPlotArea()).addListener(SWT.Resize, e -> fitYTitle());
    }

    private String unit = "nm";

    /** "Interphase thickness / nm", or "Thickness / nm" when the plot is shorter than that title. */
    private void fitYTitle() {
        Charts.fitYTitle(chart, "Interphase thickness / " + unit, "Thickness / " + unit);
    }

    /** The SWTChart chart. */
    public Chart chart() {
        return chart;
    }

    /** Shows the points (in {@code unit}) and, when there is one, the growth line. */
    public void show(List<ThicknessTrend.CyclePoint> points, Optional<ThicknessTrend.Line> line, String unit) {
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        this.unit = unit;
        fitYTitle();
        int n = points.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = points.get(i).cycle();
            y[i] = points.get(i).mean();
            e[i] = Double.isFinite(points.get(i).error()) ? points.get(i).error() : 0;
        }
        if (n > 0) {
            RGB rgb = Palette.colour(0);
            ILineSeries<?> s = Charts.line(chart, POINTS, x, y, rgb, false, true);
            s.setSymbolSize(5);
            s.setDescription("thickness (mean \u00b1 standard error)");
            Charts.yErrors(s, e, rgb);
        }
        line.ifPresent(l -> {
            double x0 = x[0];
            double x1 = x[n - 1];
            ILineSeries<?> s = Charts.line(chart, LINE, new double[] { x0, x1 },
                    new double[] { l.intercept() + l.slope() * x0, l.intercept() + l.slope() * x1 }, Palette.colour(1),
                    true, false);
            s.setLineStyle(LineStyle.DASH);
            s.setDescription(String.format(java.util.Locale.ROOT, "growth %.3g \u00b1 %.2g %s/cycle", l.slope(),
                    l.slopeError(), unit));
        });
        chart.getAxisSet().adjustRange();
        if (n > 0) {
            // room for the error bars and the end points
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                lo = Math.min(lo, y[i] - e[i]);
                hi = Math.max(hi, y[i] + e[i]);
            }
            double pad = Math.max(hi - lo, Math.abs(hi) * 0.1 + 1e-12) * 0.1;
            chart.getAxisSet().getYAxis(0).setRange(new Range(Math.min(lo - pad, 0), hi + pad));
            chart.getAxisSet().getXAxis(0).setRange(new Range(x[0] - 0.5, x[n - 1] + 0.5));
        }
        chart.redraw();
    }
}
