package org.interphase.xps.ui.internal;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.chart.Palette;
import org.interphase.xps.api.SpectrumComparison;

/**
 * Spectra of a series on their common binding-energy grid, high BE on the left: overlaid, stacked with an
 * offset, or as differences to the first (reference) spectrum with a zero line.
 */
public final class ComparisonChart extends Composite {

    /** How the spectra are drawn. */
    public enum Mode {
        /** On top of each other. */
        OVERLAY("Overlay"),
        /** Each lifted by a fraction of the overall maximum. */
        STACK("Offset stack"),
        /** Each minus the first. */
        DIFFERENCE("Difference to first");

        private final String text;

        Mode(String text) {
            this.text = text;
        }

        /** Shown name. */
        public String text() {
            return text;
        }
    }

    /** x axis title. */
    public static final String X_TITLE = "Binding energy / eV";

    private final Chart chart;

    public ComparisonChart(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new FillLayout());
        chart = Charts.create(this, "Comparison", X_TITLE, yTitle(SpectrumComparison.Normalisation.NONE, Mode.OVERLAY));
        chart.getAxisSet().getXAxis(0).setReversed(true);
        // a short plot (1366 x 768 screen) gets the short form of the y title
        ((org.eclipse.swt.widgets.Control) chart.getPlotArea()).addListener(SWT.Resize, e -> fitYTitle());
    }

    private String fullTitle = yTitle(SpectrumComparison.Normalisation.NONE, Mode.OVERLAY);
    private String shortTitle = fullTitle;

    /** "Intensity / max." for "Intensity / fraction of maximum": the y title of a plot too short for the full one. */
    public static String shortYTitle(SpectrumComparison.Normalisation n, Mode mode) {
        String q = mode == Mode.DIFFERENCE ? "\u0394 intensity" : "Intensity";
        return switch (n) {
            case NONE -> q + " / counts s\u207b\u00b9";
            case MAX -> q + " / max.";
            case AREA -> q + " / eV\u207b\u00b9";
            case REFERENCE_PEAK -> q + " / ref. peak";
        };
    }

    private void fitYTitle() {
        Charts.fitYTitle(chart, fullTitle, shortTitle);
    }

    public Chart chart() {
        return chart;
    }

    /** The y axis title for a normalisation and mode (with its unit). */
    public static String yTitle(SpectrumComparison.Normalisation n, Mode mode) {
        String q = mode == Mode.DIFFERENCE ? "\u0394 intensity" : "Intensity";
        return switch (n) {
            case NONE -> q + " / counts s\u207b\u00b9";
            case MAX -> q + " / fraction of maximum";
            case AREA -> q + " / eV\u207b\u00b9 (area-normalised)";
            case REFERENCE_PEAK -> q + " / fraction of reference peak";
        } + (mode == Mode.STACK ? ", offset" : "");
    }

    /** Draws the aligned spectra. */
    public void show(SpectrumComparison.Aligned a, SpectrumComparison.Normalisation n, Mode mode, double offset) {
        clear();
        chart.getTitle().setText(switch (mode) {
            case OVERLAY -> "Overlay";
            case STACK -> "Offset stack";
            case DIFFERENCE -> "Difference to " + a.labels().get(0);
        });
        fullTitle = yTitle(n, mode);
        shortTitle = shortYTitle(n, mode);
        chart.getAxisSet().getYAxis(0).getTitle().setText(fullTitle);
        fitYTitle();
        double[] offsets = mode == Mode.STACK ? a.stackOffsets(offset) : new double[a.values().size()];
        for (int i = 0; i < a.values().size(); i++) {
            if (mode == Mode.DIFFERENCE && i == 0) {
                continue;
            }
            double[] y = mode == Mode.DIFFERENCE ? a.difference(i, 0) : a.values().get(i).clone();
            for (int k = 0; k < y.length; k++) {
                y[k] += offsets[i];
            }
            ILineSeries<?> s = Charts.line(chart, a.labels().get(i), a.grid(), y, Palette.colour(i), true, false);
            s.setLineWidth(2);
        }
        if (mode == Mode.DIFFERENCE) {
            ILineSeries<?> z = Charts.line(chart, "zero", new double[] { a.grid()[0], a.grid()[a.grid().length - 1] },
                    new double[2], new org.eclipse.swt.graphics.RGB(120, 120, 120), true, false);
            z.setLineStyle(LineStyle.DASH);
            z.setLineWidth(1);
        }
        chart.getAxisSet().adjustRange();
        double[] g = a.grid().clone();
        Arrays.sort(g);
        chart.getAxisSet().getXAxis(0).setRange(new Range(g[0], g[g.length - 1]));
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
