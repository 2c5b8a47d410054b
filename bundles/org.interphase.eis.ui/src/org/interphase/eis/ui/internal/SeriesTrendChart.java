package org.interphase.eis.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.interphase.eis.api.FittedParameter;
import org.interphase.eis.api.SeriesResult;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.chart.Palette;

/** One fitted parameter against the cycle number, with +-1 sigma error bars. */
public final class SeriesTrendChart {

    /** Series id of the trend. */
    public static final String TREND = "trend";

    private final Chart chart;

    public SeriesTrendChart(Composite parent) {
        chart = Charts.create(parent, "Parameter vs cycle", "cycle", "value");
        chart.getTitle().setFont(parent.getFont());
        chart.getAxisSet().getXAxis(0).getTick().setFormat(new java.text.DecimalFormat("0.#"));
        // one series: no legend; a short chart (1366 x 768 screen) gives its title's rows to the plot
        chart.getLegend().setVisible(false);
        chart.addListener(org.eclipse.swt.SWT.Resize, e -> {
            boolean show = chart.getSize().y >= 300;
            if (chart.getTitle().isVisible() != show) {
                chart.getTitle().setVisible(show);
            }
        });
    }

    /** Shows {@code parameter} of {@code r}; the y title carries its unit. */
    public void show(SeriesResult r, String parameter) {
        double[][] rows = r.trend(parameter);
        double[] x = new double[rows.length];
        double[] y = new double[rows.length];
        double[] e = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            x[i] = rows[i][0];
            y[i] = rows[i][1];
            e[i] = Double.isFinite(rows[i][2]) ? rows[i][2] : 0;
        }
        String unit = r.sharedParameter(parameter).map(FittedParameter::unit).orElseGet(() -> r.fits().get(0)
                .parameter(parameter).map(FittedParameter::unit).orElse(""));
        ILineSeries<?> s = Charts.line(chart, TREND, x, y, Palette.colour(0), true, true);
        s.setSymbolSize(4);
        s.setDescription(parameter + (r.sharedParameter(parameter).isPresent() ? " (shared)" : "") + " \u00B1 1\u03C3");
        Charts.yErrors(s, e, Palette.colour(1));
        chart.getAxisSet().getYAxis(0).getTitle().setText(parameter + (unit.isEmpty() ? "" : " / " + Formats.unit(unit)));
        chart.getTitle().setText(parameter + " vs cycle (" + rows.length + " spectra)");
        chart.getAxisSet().adjustRange();
        pad(x, y, e);
        chart.redraw();
    }

    private void pad(double[] x, double[] y, double[] e) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < y.length; i++) {
            lo = Math.min(lo, y[i] - e[i]);
            hi = Math.max(hi, y[i] + e[i]);
        }
        double span = hi > lo ? hi - lo : Math.max(Math.abs(hi), 1);
        chart.getAxisSet().getYAxis(0).setRange(new org.eclipse.swtchart.Range(lo - 0.08 * span, hi + 0.08 * span));
        double xl = x.length == 0 ? 0 : x[0];
        double xh = x.length == 0 ? 1 : x[x.length - 1];
        double xs = Math.max(xh - xl, 1);
        chart.getAxisSet().getXAxis(0).setRange(new org.eclipse.swtchart.Range(xl - 0.05 * xs, xh + 0.05 * xs));
    }

    /** The trend series, when shown. */
    public ISeries<?> trend() {
        return chart.getSeriesSet().getSeries(TREND);
    }

    public Chart chart() {
        return chart;
    }
}
