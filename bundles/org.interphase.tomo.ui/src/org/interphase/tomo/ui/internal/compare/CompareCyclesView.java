package org.interphase.tomo.ui.internal.compare;

import java.io.IOException;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.Progress;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.ui.internal.render.Numbers;
import org.interphase.tomo.ui.internal.render.WindowLevel;
import org.interphase.tomo.ui.internal.view.OrthoViewer;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.chart.Palette;

/**
 * Two volumes of the same cell (e.g. before and after cycling) side by side: their slice views share the
 * crosshair (same z, y, x; clamped to each volume) and, optionally, the display window; their void-fraction
 * profiles along z are overlaid in one chart, computed in a cancellable job.
 */
public final class CompareCyclesView extends Composite {

    private final OrthoViewer left;
    private final OrthoViewer right;
    private final Button sameWindow;
    private final Text lower;
    private final Text upper;
    private final Text threshold;
    private final Chart chart;
    private final Label status;
    private final String leftName;
    private final String rightName;
    private boolean syncing;
    private volatile Job job;

    public CompareCyclesView(Composite parent, Volume a, String nameA, Volume b, String nameB, WindowLevel initial) {
        super(parent, SWT.NONE);
        this.leftName = nameA;
        this.rightName = nameB;
        setLayout(new GridLayout(1, false));
        Composite bar = new Composite(this, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar.setLayout(new GridLayout(9, false));
        sameWindow = new Button(bar, SWT.CHECK);
        sameWindow.setText("Same window");
        sameWindow.setSelection(true);
        new Label(bar, SWT.NONE).setText("Window");
        lower = text(bar, Numbers.format(initial.lower()));
        new Label(bar, SWT.NONE).setText("to");
        upper = text(bar, Numbers.format(initial.upper()));
        Button apply = new Button(bar, SWT.PUSH);
        apply.setText("Apply");
        apply.addListener(SWT.Selection, e -> applyWindow());
        new Label(bar, SWT.NONE).setText("Threshold");
        threshold = text(bar, "otsu");
        threshold.setToolTipText("'otsu' (each volume its own) or one value for both");
        Button profiles = new Button(bar, SWT.PUSH);
        profiles.setText("Profiles");
        profiles.addListener(SWT.Selection, e -> computeProfiles());

        SashForm views = new SashForm(this, SWT.HORIZONTAL);
        views.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        left = viewer(views, a, nameA, initial);
        right = viewer(views, b, nameB, initial);
        left.addPositionListener(p -> follow(right, p));
        right.addPositionListener(p -> follow(left, p));
        left.addWindowListener(w -> followWindow(right, w));
        right.addWindowListener(w -> followWindow(left, w));

        chart = Charts.create(this, "Void fraction per slice", "z slice / voxel", "void fraction / 1");
        // the axis titles say what it shows: the title's row and a legend row below the plot would leave the plot
        // of this wide, 220 px chart shorter than its y title (103 px for 129 px at a 1366 x 768 screen)
        chart.getTitle().setVisible(false);
        chart.getLegend().setPosition(SWT.RIGHT);
        GridData cd = new GridData(SWT.FILL, SWT.FILL, true, false);
        cd.heightHint = 220;
        chart.setLayoutData(cd);
        status = new Label(this, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        addListener(SWT.Dispose, e -> {
            Job j = job;
            if (j != null) {
                j.cancel();
            }
        });
    }

    private static Text text(Composite parent, String value) {
        Text t = new Text(parent, SWT.BORDER);
        t.setText(value);
        GridData gd = new GridData(SWT.FILL, SWT.CENTER, false, false);
        gd.widthHint = 60;
        t.setLayoutData(gd);
        return t;
    }

    private static OrthoViewer viewer(Composite parent, Volume v, String name, WindowLevel initial) {
        OrthoViewer viewer = new OrthoViewer(parent, v, initial);
        viewer.corner().setLayout(new GridLayout(1, false));
        Label l = new Label(viewer.corner(), SWT.WRAP);
        l.setText(name + "\n" + v.sizeZ() + " × " + v.sizeY() + " × " + v.sizeX() + " voxels, " + v.dataType().id());
        l.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        viewer.setVoxelSize(v.voxelSize());
        return viewer;
    }

    private void follow(OrthoViewer other, int[] p) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            other.setPosition(p[0], p[1], p[2]);
        } finally {
            syncing = false;
        }
    }

    private void followWindow(OrthoViewer other, WindowLevel w) {
        if (syncing || !sameWindow.getSelection()) {
            return;
        }
        syncing = true;
        try {
            other.setWindow(w);
        } finally {
            syncing = false;
        }
    }

    private void applyWindow() {
        try {
            WindowLevel w = new WindowLevel(Double.parseDouble(lower.getText().trim()), Double.parseDouble(upper.getText().trim()));
            left.setWindow(w);
            if (!sameWindow.getSelection()) {
                right.setWindow(w);
            }
            status.setText("");
        } catch (IllegalArgumentException e) {
            status.setText("The window must be two numbers, lower < upper");
        }
    }

    /** Computes both void-fraction profiles in a job and overlays them. */
    public void computeProfiles() {
        OptionalDouble common;
        String t = threshold.getText().trim();
        try {
            common = t.equalsIgnoreCase("otsu") ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            status.setText("Threshold must be 'otsu' or a number, not '" + t + "'");
            return;
        }
        Volume a = left.volume();
        Volume b = right.volume();
        status.setText("Computing profiles…");
        Job j = Job.create("Comparing profiles", (IProgressMonitor monitor) -> {
            monitor.beginTask("Profiles", 2 * (a.sizeZ() + b.sizeZ()));
            Progress progress = (done, total) -> {
                monitor.worked(1);
                return !monitor.isCanceled();
            };
            try {
                CycleProfiles pa = CycleProfiles.compute(a, common, progress);
                CycleProfiles pb = CycleProfiles.compute(b, common, progress);
                post(() -> show(pa, pb));
                return Status.OK_STATUS;
            } catch (CancellationException e) {
                post(() -> status.setText("Cancelled."));
                return Status.CANCEL_STATUS;
            } catch (IOException | RuntimeException e) {
                post(() -> status.setText("Profiles failed: " + e.getMessage()));
                return Status.error("Profiles failed: " + e.getMessage(), e);
            } finally {
                monitor.done();
                job = null;
            }
        });
        job = j;
        j.schedule();
    }

    private void post(Runnable r) {
        if (!isDisposed()) {
            getDisplay().asyncExec(() -> {
                if (!isDisposed()) {
                    r.run();
                }
            });
        }
    }

    private void show(CycleProfiles a, CycleProfiles b) {
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        Charts.line(chart, "a", a.positions(), a.voidFraction(), Palette.colour(0), true, a.positions().length <= 64)
                .setDescription(leftName + " (≤ " + Numbers.format(a.threshold()) + ")");
        Charts.line(chart, "b", b.positions(), b.voidFraction(), Palette.colour(1), true, b.positions().length <= 64)
                .setDescription(rightName + " (≤ " + Numbers.format(b.threshold()) + ")");
        boolean um = a.micrometres() && b.micrometres();
        chart.getAxisSet().getXAxis(0).getTitle().setText(um ? "z position / µm" : "z slice / voxel");
        chart.getAxisSet().adjustRange();
        chart.redraw();
        status.setText(String.format(Locale.ROOT, "Void fraction: %s mean %s, %s mean %s", leftName, Numbers.fraction(mean(a)),
                rightName, Numbers.fraction(mean(b))));
    }

    private static double mean(CycleProfiles p) {
        double s = 0;
        for (double f : p.voidFraction()) {
            s += f;
        }
        return s / p.voidFraction().length;
    }

    /** Widgets for tests. */
    public OrthoViewer left() {
        return left;
    }

    public OrthoViewer right() {
        return right;
    }

    public Chart chart() {
        return chart;
    }

    public Button sameWindowButton() {
        return sameWindow;
    }

    public Text thresholdText() {
        return threshold;
    }

    public Label statusLabel() {
        return status;
    }

    /** Whether the profile job runs. */
    public boolean running() {
        return job != null;
    }

    /** The view along {@code axis} of the left volume (for tests). */
    public int leftIndex(Axis axis) {
        return left.view(axis).index();
    }
}
