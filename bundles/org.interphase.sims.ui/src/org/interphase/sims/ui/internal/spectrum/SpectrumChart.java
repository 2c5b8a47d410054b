package org.interphase.sims.ui.internal.spectrum;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.chart.LogAxes;
import org.interphase.ui.chart.Palette;

/** Intensity versus m/z of a mass spectrum, log intensity by default (peaks span five decades). */
public final class SpectrumChart extends Composite {

    /** x-axis title. */
    public static final String X_TITLE = "m/z / (u/e)";
    /** y-axis title (counts in each bin; short enough for the plot of a 1366 x 768 editor area). */
    public static final String Y_TITLE = "Intensity / counts";
    /** Series id. */
    public static final String SERIES = "spectrum";

    private final Chart chart;

    public SpectrumChart(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new FillLayout());
        chart = Charts.create(this, null, X_TITLE, Y_TITLE);
        chart.getLegend().setVisible(false);
    }

    /** The chart. */
    public Chart chart() {
        return chart;
    }

    /** Shows the spectrum; zero bins are left out on the log axis. */
    public void show(String title, double[] mz, double[] intensity, boolean log) {
        int n = 0;
        for (double v : intensity) {
            n += !log || v > 0 ? 1 : 0;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0, j = 0; i < intensity.length; i++) {
            if (!log || intensity[i] > 0) {
                x[j] = mz[i];
                y[j++] = intensity[i];
            }
        }
        chart.getAxisSet().getYAxis(0).enableLogScale(false);
        ILineSeries<?> s = Charts.line(chart, SERIES, x, y, Palette.colour(0), true, false);
        s.setLineWidth(1);
        chart.getTitle().setText(title);
        chart.getTitle().setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        chart.getTitle().setVisible(true);
        LogAxes.setLog(chart, chart.getAxisSet().getYAxis(0), log);
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }
}
