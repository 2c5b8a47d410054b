package org.interphase.tomo.ui.internal.seg;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.Range;
import org.interphase.tomo.api.VoidComponents;
import org.interphase.tomo.ui.internal.render.PhaseColours;
import org.interphase.ui.chart.Charts;

/**
 * The charts of a segmentation run: phase fraction per slice along the profile axis (one series per phase,
 * ids {@code phase0}, {@code phase1}, ...; the contact plane marked) and the void size distribution.
 */
public final class ProfileCharts extends Composite {

    private final Chart profile;
    private final Chart sizes;

    public ProfileCharts(Composite parent) {
        super(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        setLayout(layout);
        profile = Charts.create(this, "Phase fractions per slice", "z slice / voxel", "fraction / 1");
        GridData pd = new GridData(SWT.FILL, SWT.FILL, true, true);
        pd.heightHint = 220; // a plot tall enough for its y title "fraction / 1" (190: 73 px of plot, title 89 px)
        profile.setLayoutData(pd);
        sizes = Charts.create(this, "Void size distribution", "log2(void size / voxel)", "voids");
        GridData sd = new GridData(SWT.FILL, SWT.FILL, true, true);
        sd.heightHint = 140;
        sizes.setLayoutData(sd);
        sizes.getLegend().setVisible(false);
    }

    /** The phase-fraction chart. */
    public Chart profileChart() {
        return profile;
    }

    /** The void size chart. */
    public Chart sizeChart() {
        return sizes;
    }

    /** Plots {@code run}. */
    public void show(SegmentationRun run) {
        for (ISeries<?> s : profile.getSeriesSet().getSeries()) {
            profile.getSeriesSet().deleteSeries(s.getId());
        }
        double[] t = run.thresholds();
        double[] x = run.positions();
        for (int p = 0; p < run.profile().phases(); p++) {
            double[][] xy = finite(x, run.profile().fractions(p)); // slices outside a ROI have no fraction
            Charts.line(profile, "phase" + p, xy[0], xy[1], PhaseColours.of(p), true, xy[0].length <= 64)
                    .setDescription(PhaseColours.label(p, t));
        }
        double at = x[run.settings().plane()];
        Charts.line(profile, "plane", new double[] { at, at }, new double[] { 0, 1 }, new org.eclipse.swt.graphics.RGB(0, 0, 0),
                true, false).setDescription("contact plane " + run.settings().axis().id() + " = " + run.settings().plane());
        profile.getAxisSet().getXAxis(0).getTitle().setText(run.positionTitle());
        profile.getAxisSet().adjustRange();
        profile.getAxisSet().getYAxis(0).setRange(new Range(0, 1));
        if (x.length > 1) {
            profile.getAxisSet().getXAxis(0).setRange(new Range(x[0], x[x.length - 1]));
        }
        profile.redraw();

        for (ISeries<?> s : sizes.getSeriesSet().getSeries()) {
            sizes.getSeriesSet().deleteSeries(s.getId());
        }
        run.voids().filter(v -> v.count() > 0).ifPresent(this::showSizes);
        sizes.redraw();
    }

    /** The points of (x, y) whose y is finite. */
    static double[][] finite(double[] x, double[] y) {
        int n = 0;
        for (double v : y) {
            if (Double.isFinite(v)) {
                n++;
            }
        }
        double[][] out = new double[2][n];
        for (int i = 0, k = 0; i < y.length; i++) {
            if (Double.isFinite(y[i])) {
                out[0][k] = x[i];
                out[1][k++] = y[i];
            }
        }
        return out;
    }

    private void showSizes(VoidComponents v) {
        long[] h = v.log2SizeHistogram();
        double[] x = new double[h.length];
        double[] y = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            x[i] = i;
            y[i] = h[i];
        }
        IBarSeries<?> bars = (IBarSeries<?>) sizes.getSeriesSet().createSeries(SeriesType.BAR, "voids");
        bars.setXSeries(x);
        bars.setYSeries(y);
        bars.setBarColor(new Color(PhaseColours.of(0)));
        bars.setBarPadding(20);
        bars.setDescription("voids per size bin");
        sizes.getAxisSet().adjustRange();
        IAxis ya = sizes.getAxisSet().getYAxis(0);
        ya.setRange(new Range(0, Math.max(1, ya.getRange().upper) * 1.1));
        sizes.getAxisSet().getXAxis(0).setRange(new Range(-0.7, h.length - 0.3));
    }
}
