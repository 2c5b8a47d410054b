package org.interphase.tomo.ui.internal.seg;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.VoxelSize;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.ui.internal.render.Numbers;
import org.interphase.tomo.ui.internal.view.OrthoViewer;

/**
 * Segmentation controls and results: threshold method, optional pre-filter, profile axis and contact
 * plane, a cancellable job with progress, the overlay switch, numbers and {@link ProfileCharts}. Saving and
 * exports are buttons whose actions the owner supplies ({@link #onSave}, {@link #onExportCsv}).
 */
public final class SegmentationPanel extends Composite {

    private final OrthoViewer viewer;
    private final Supplier<Optional<VoxelSize>> voxelSize;
    private final Consumer<String> error;
    private final Combo method;
    private final Text threshold;
    private final Combo filter;
    private final Text sigma;
    private final Combo axis;
    private final Spinner plane;
    private final Button labelVoids;
    private final RoiPanel roiPanel;
    private final Button run;
    private final Button cancel;
    private final ProgressBar progress;
    private final Label progressLabel;
    private final Combo overlay;
    private final Label results;
    private final ProfileCharts charts;
    private final Button save;
    private final Button exportCsv;
    private final Button exportMask;
    private static final String[] OVERLAYS = { "None", "All phases", "Voids only", "Solid phases only" };

    private Job job;
    private Runnable onRelayout = () -> {
    };
    private Volume source;
    private SegmentationRun last;

    /**
     * @param voxelSize the current voxel size (model or file)
     * @param error     shows a message to the user under the editor (not logged); "" clears it
     */
    public SegmentationPanel(Composite parent, OrthoViewer viewer, Supplier<Optional<VoxelSize>> voxelSize,
            Consumer<String> error) {
        super(parent, SWT.NONE);
        this.viewer = viewer;
        this.voxelSize = voxelSize;
        this.error = error;
        setLayout(new GridLayout(4, false));
        method = combo("Threshold");
        for (SegmentationSettings.Method m : SegmentationSettings.Method.values()) {
            method.add(m.label());
        }
        method.select(SegmentationSettings.Method.OTSU.ordinal());
        threshold = text("value", "manual threshold (voxel value); shows the computed one after a run");
        filter = combo("Pre-filter");
        for (SegmentationSettings.Filter f : SegmentationSettings.Filter.values()) {
            filter.add(f.label());
        }
        filter.select(0);
        sigma = text("σ (voxels)", "standard deviation of the Gaussian pre-filter in voxels");
        sigma.setText("1");
        axis = combo("Profile axis");
        for (Axis a : Axis.values()) {
            axis.add(a.id());
        }
        axis.select(0);
        new Label(this, SWT.NONE).setText("Contact plane");
        plane = new Spinner(this, SWT.BORDER);
        plane.setToolTipText("index of the interface plane along the profile axis");
        GridData planeData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        planeData.widthHint = 90; // GTK spinners need room for their +/- buttons
        plane.setLayoutData(planeData);
        roiPanel = new RoiPanel(this, viewer);
        roiPanel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        labelVoids = new Button(this, SWT.CHECK);
        labelVoids.setText("Label voids (6-connected)");
        labelVoids.setSelection(true);
        labelVoids.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Button here = new Button(this, SWT.PUSH);
        here.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false, 2, 1));
        here.setText("Plane at crosshair");
        here.setToolTipText("use the crosshair's slice along the profile axis as the contact plane");
        here.addListener(SWT.Selection, e -> plane.setSelection(viewer.position()[selectedAxis().ordinal()]));
        axis.addListener(SWT.Selection, e -> updatePlaneRange());
        filter.addListener(SWT.Selection, e -> sigma.setEnabled(filter.getSelectionIndex() == 2));
        sigma.setEnabled(false);
        method.addListener(SWT.Selection, e -> threshold.setEditable(method.getSelectionIndex() == 0));
        threshold.setEditable(false);
        updatePlaneRange();

        run = new Button(this, SWT.PUSH);
        run.setText("Segment");
        run.addListener(SWT.Selection, e -> start());
        cancel = new Button(this, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setEnabled(false);
        cancel.addListener(SWT.Selection, e -> {
            if (job != null) {
                job.cancel();
            }
        });
        progress = new ProgressBar(this, SWT.HORIZONTAL | SWT.SMOOTH);
        GridData pd = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        pd.widthHint = 60;
        progress.setLayoutData(pd);
        progressLabel = new Label(this, SWT.NONE);
        progressLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        new Label(this, SWT.NONE).setText("Overlay");
        overlay = new Combo(this, SWT.READ_ONLY);
        overlay.setItems(OVERLAYS);
        overlay.select(1);
        overlay.setToolTipText("which segmented phases are coloured on the slices (semi-transparent)");
        overlay.setLayoutData(comboData());
        overlay.addListener(SWT.Selection, e -> showOverlay());
        new Label(this, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false, 2, 1));
        results = new Label(this, SWT.WRAP);
        GridData rd = new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1);
        rd.widthHint = 150; // wrap instead of widening the panel
        results.setLayoutData(rd);
        results.setText("Press Segment to threshold the volume.\n\n\n");
        charts = new ProfileCharts(this);
        charts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        save = new Button(this, SWT.PUSH);
        save.setText("Save results to study");
        save.setEnabled(false);
        exportCsv = new Button(this, SWT.PUSH);
        exportCsv.setText("Export profile CSV…");
        exportCsv.setEnabled(false);
        exportMask = new Button(this, SWT.PUSH);
        exportMask.setText("Export mask TIFF…");
        exportMask.setToolTipText("the segmented phases as a multi-page 8-bit TIFF, one page per z slice");
        exportMask.setEnabled(false);
        addListener(SWT.Dispose, e -> {
            if (job != null) {
                job.cancel();
            }
            closeSource();
        });
    }

    /** Called after the panel laid itself out again (its results grew), e.g. to resize a scroller around it. */
    public void onRelayout(Runnable r) {
        onRelayout = r;
    }

    private Combo combo(String label) {
        new Label(this, SWT.NONE).setText(label);
        Combo c = new Combo(this, SWT.READ_ONLY);
        c.setLayoutData(comboData());
        return c;
    }

    private static GridData comboData() {
        GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        gd.widthHint = 110; // combos otherwise demand the width of their longest item
        return gd;
    }

    private Text text(String label, String tip) {
        new Label(this, SWT.NONE).setText(label);
        Text t = new Text(this, SWT.BORDER);
        GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        gd.widthHint = 50;
        t.setLayoutData(gd);
        t.setToolTipText(tip);
        return t;
    }

    private Axis selectedAxis() {
        return Axis.values()[Math.max(0, axis.getSelectionIndex())];
    }

    private void updatePlaneRange() {
        int n = viewer.volume().size(selectedAxis());
        plane.setValues(n / 2, 0, n - 1, 0, 1, Math.max(1, n / 10));
    }

    /** Sets the save action; it receives the last run. */
    public void onSave(Consumer<SegmentationRun> action) {
        save.addListener(SWT.Selection, e -> lastRun().ifPresent(action));
    }

    /** Sets the CSV export action; it receives the last run. */
    public void onExportCsv(Consumer<SegmentationRun> action) {
        exportCsv.addListener(SWT.Selection, e -> lastRun().ifPresent(action));
    }

    /** Sets the mask export action; it receives the last run. */
    public void onExportMask(Consumer<SegmentationRun> action) {
        exportMask.addListener(SWT.Selection, e -> lastRun().ifPresent(action));
    }

    /** The settings the controls describe. */
    public SegmentationSettings settings() {
        SegmentationSettings.Method m = SegmentationSettings.Method.values()[method.getSelectionIndex()];
        double manual = Double.NaN;
        if (m == SegmentationSettings.Method.MANUAL) {
            manual = parse(threshold.getText(), "threshold");
        }
        SegmentationSettings.Filter f = SegmentationSettings.Filter.values()[filter.getSelectionIndex()];
        double s = f == SegmentationSettings.Filter.GAUSSIAN ? parse(sigma.getText(), "σ") : 0;
        return new SegmentationSettings(m, manual, f, s, selectedAxis(), plane.getSelection(), labelVoids.getSelection(),
                roiPanel.spec());
    }

    private static double parse(String text, String what) {
        try {
            return Double.parseDouble(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, not '" + text.trim() + "'");
        }
    }

    /** Starts a segmentation job with the current settings. */
    public void start() {
        SegmentationSettings s;
        try {
            s = settings();
        } catch (IllegalArgumentException e) {
            error.accept(e.getMessage());
            return;
        }
        if (job != null) {
            job.cancel();
        }
        Volume src = Segmenter.source(viewer.volume(), s);
        Optional<VoxelSize> voxel = voxelSize.get();
        run.setEnabled(false);
        cancel.setEnabled(true);
        progress.setSelection(0);
        Job j = Job.create("Segmenting " + viewer.volume().description(), (IProgressMonitor monitor) -> {
            ProgressBarMonitor mirror = new ProgressBarMonitor(monitor, progress, progressLabel);
            try {
                SegmentationRun r = Segmenter.run(src, s, voxel, mirror);
                post(() -> finished(src, r));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                post(() -> stopped(src, "Segmentation cancelled."));
                return Status.CANCEL_STATUS;
            } catch (IOException | RuntimeException e) {
                post(() -> stopped(src, "Segmentation failed: " + e.getMessage()));
                return Status.error("Segmentation failed: " + e.getMessage(), e);
            } finally {
                mirror.done();
            }
        });
        j.setUser(true);
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

    private void stopped(Volume src, String message) {
        if (src != viewer.volume() && src != source) {
            closeQuietly(src);
        }
        run.setEnabled(true);
        cancel.setEnabled(false);
        progressLabel.setText("");
        progress.setSelection(0);
        job = null;
        error.accept(message);
    }

    private void finished(Volume src, SegmentationRun r) {
        if (source != src) {
            closeSource();
            source = src;
        }
        last = r;
        job = null;
        error.accept(""); // a success clears the last complaint
        run.setEnabled(true);
        cancel.setEnabled(false);
        progress.setSelection(100);
        progressLabel.setText("done in " + r.millis() + " ms");
        double[] t = r.thresholds();
        if (r.settings().method() != SegmentationSettings.Method.MANUAL) {
            StringBuilder b = new StringBuilder();
            for (double v : t) {
                b.append(b.isEmpty() ? "" : ", ").append(Numbers.format(v));
            }
            threshold.setText(b.toString());
        }
        results.setText(RunSummary.describe(r));
        roiPanel.show(r.roi());
        charts.show(r);
        save.setEnabled(true);
        exportCsv.setEnabled(true);
        exportMask.setEnabled(true);
        showOverlay();
        layout(true, true);
        onRelayout.run();
    }

    private void showOverlay() {
        int mode = overlay.getSelectionIndex();
        if (last == null || mode == 0) {
            viewer.setOverlay(null, null, null);
            return;
        }
        boolean[] shown = new boolean[last.profile().phases()];
        for (int p = 0; p < shown.length; p++) {
            shown[p] = mode == 1 || (mode == 2) == (p == 0);
        }
        viewer.setOverlay(source, last.thresholds(), shown);
    }

    /** The last finished run. */
    public Optional<SegmentationRun> lastRun() {
        return Optional.ofNullable(last);
    }

    /** Whether a segmentation job is running. */
    public boolean running() {
        return job != null;
    }

    /** Widgets for tests and owners. */
    public Combo methodCombo() {
        return method;
    }

    public Text thresholdText() {
        return threshold;
    }

    public Combo filterCombo() {
        return filter;
    }

    public Spinner planeSpinner() {
        return plane;
    }

    public RoiPanel roiPanel() {
        return roiPanel;
    }

    public Combo overlayCombo() {
        return overlay;
    }

    public Label resultsLabel() {
        return results;
    }

    public ProfileCharts charts() {
        return charts;
    }

    public Button saveButton() {
        return save;
    }

    private void closeSource() {
        if (source != null && source != viewer.volume()) {
            closeQuietly(source);
        }
        source = null;
    }

    private void closeQuietly(Volume v) {
        try {
            v.close();
        } catch (IOException e) {
            error.accept("Closing the filtered volume failed: " + e.getMessage());
        }
    }
}
