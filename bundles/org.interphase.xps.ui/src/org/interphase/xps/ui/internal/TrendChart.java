package org.interphase.xps.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.Range;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.chart.Palette;
import org.interphase.xps.api.SeriesFitter;

/**
 * Species fractions (% of the core level's fitted area) against cycle number, one line per component, with
 * ±1 standard error bars from the joint fit's covariance.
 */
public final class TrendChart extends Composite {

    /** x axis title. */
    public static final String X_TITLE = "Cycle number";
    /** y axis title. */
    public static final String Y_TITLE = "Species fraction / %";

    private final Chart chart;

    public TrendChart(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new FillLayout());
        chart = Charts.create(this, "Species fractions vs cycle", X_TITLE, Y_TITLE);
    }

    public Chart chart() {
        return chart;
    }

    /**
     * Plots the fractions of a series fit.
     *
     * @param cycles cycle number of each member (NaN: its index is used)
     */
    public void show(SeriesFitter.Result r, double[] cycles) {
        clear();
        int n = r.fractions().size();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Double.isNaN(cycles[i]) ? i : cycles[i];
        }
        List<String> names = new ArrayList<>();
        r.fractions().get(0).forEach(f -> names.add(f.name()));
        for (int k = 0; k < names.size(); k++) {
            double[] y = new double[n];
            double[] e = new double[n];
            for (int i = 0; i < n; i++) {
                SeriesFitter.Fraction f = r.fractions().get(i).get(k);
                y[i] = f.percent();
                e[i] = Double.isFinite(f.error()) ? f.error() : 0;
            }
            ILineSeries<?> s = Charts.line(chart, names.get(k), x, y, Palette.colour(k), true, true);
            s.setSymbolSize(4);
            Charts.yErrors(s, e);
        }
        chart.getAxisSet().adjustRange();
        double lo = java.util.Arrays.stream(x).min().orElse(0);
        double hi = java.util.Arrays.stream(x).max().orElse(1);
        double pad = Math.max(0.5, 0.05 * (hi - lo));
        chart.getAxisSet().getXAxis(0).setRange(new Range(lo - pad, hi + pad));
        chart.getAxisSet().getYAxis(0).setRange(new Range(-5, 105));
        chart.redraw();
    }

    /** Removes every series. */
    public void clear() {
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        chart.redraw();
    }
}
