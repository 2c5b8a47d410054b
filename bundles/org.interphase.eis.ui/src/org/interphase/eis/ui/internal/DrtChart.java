package org.interphase.eis.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.Range;
import org.interphase.eis.api.DrtPeak;
import org.interphase.eis.api.DrtResult;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.chart.LogAxes;
import org.interphase.ui.chart.Palette;

/** gamma(tau) of a DRT on a log tau axis, with the listed peaks marked. */
public final class DrtChart {

    /** Series ids. */
    public static final String GAMMA = "gamma";
    public static final String PEAKS = "peaks";

    private final Chart chart;
    private DrtResult shown;
    private boolean logGamma;

    public DrtChart(Composite parent) {
        chart = Charts.create(parent, "Distribution of relaxation times", "\u03C4 / s", "\u03B3 / \u03A9");
        chart.getTitle().setFont(parent.getFont());
        TickFormat ticks = new TickFormat();
        chart.getAxisSet().getXAxis(0).getTick().setFormat(ticks);
        chart.getAxisSet().getYAxis(0).getTick().setFormat(ticks);
        Color grid = new Color(210, 210, 210);
        chart.getAxisSet().getXAxis(0).getGrid().setForeground(grid);
        chart.getAxisSet().getYAxis(0).getGrid().setForeground(grid);
        chart.getAxisSet().getXAxis(0).getTick().setTickMarkStepHint(120);
        ((Control) chart.getPlotArea()).addListener(SWT.Resize, e -> fitRanges());
        // a short chart (1366 x 768 screen) gives the plot the rows of its title and of a legend below it
        chart.addListener(SWT.Resize, e -> {
            boolean small = chart.getSize().y < 300;
            if (chart.getTitle().isVisible() == small) {
                chart.getTitle().setVisible(!small);
                chart.getLegend().setPosition(small ? SWT.RIGHT : SWT.BOTTOM);
            }
        });
    }

    /** Shows a DRT. */
    public void show(DrtResult r) {
        shown = r;
        ILineSeries<?> g = Charts.line(chart, GAMMA, r.tau(), logGamma ? floored(r.gamma()) : r.gamma(),
                Palette.colour(0), true, false);
        g.setDescription("\u03B3(\u03C4), \u03BB = " + Formats.number(r.lambda()));
        if (r.peaks().isEmpty()) {
            if (chart.getSeriesSet().getSeries(PEAKS) != null) {
                chart.getSeriesSet().deleteSeries(PEAKS);
            }
        } else {
            ILineSeries<?> p = Charts.line(chart, PEAKS, r.peaks().stream().mapToDouble(DrtPeak::tau).toArray(),
                    r.peaks().stream().mapToDouble(DrtPeak::height).toArray(), Palette.colour(1), false, true);
            p.setSymbolType(PlotSymbolType.INVERTED_TRIANGLE);
            p.setSymbolSize(6);
            p.setDescription("peaks");
        }
        LogAxes.setLog(chart, chart.getAxisSet().getXAxis(0), true);
        LogAxes.setLog(chart, chart.getAxisSet().getYAxis(0), logGamma);
        fitRanges();
    }

    /** Logarithmic gamma axis (values below 1e-6 of the maximum are drawn at that floor). */
    public void setLogGamma(boolean log) {
        if (log != logGamma) {
            logGamma = log;
            if (shown != null) {
                chart.getAxisSet().getYAxis(0).enableLogScale(false);
                show(shown);
            }
        }
    }

    public boolean logGamma() {
        return logGamma;
    }

    private static double floor(double[] g) {
        double top = 0;
        for (double v : g) {
            top = Math.max(top, v);
        }
        return Math.max(top, 1e-300) * 1e-6;
    }

    private static double[] floored(double[] g) {
        double f = floor(g);
        double[] out = g.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(out[i], f);
        }
        return out;
    }

    private void fitRanges() {
        if (shown == null) {
            return;
        }
        double[] tau = shown.tau();
        double lo = Math.log10(tau[0]);
        double hi = Math.log10(tau[tau.length - 1]);
        chart.getAxisSet().getXAxis(0).setRange(new Range(Math.pow(10, lo), Math.pow(10, hi)));
        double top = 0;
        for (double v : shown.gamma()) {
            top = Math.max(top, v);
        }
        if (logGamma) {
            double f = floor(shown.gamma());
            chart.getAxisSet().getYAxis(0).setRange(new Range(f, 2 * Math.max(top, f * 10)));
        } else {
            chart.getAxisSet().getYAxis(0).setRange(new Range(-0.02 * Math.max(top, 1e-12), 1.08 * Math.max(top, 1e-12)));
        }
        chart.redraw();
    }

    public Chart chart() {
        return chart;
    }
}
