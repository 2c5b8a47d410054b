package org.interphase.tomo.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.interphase.core.api.ImportException;
import org.interphase.model.AnalysisResult;
import org.interphase.model.InterphasePackage;
import org.interphase.model.TomographyVolume;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.TiffExport;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.Volumes;
import org.interphase.tomo.api.VoxelSize;
import org.interphase.tomo.ui.internal.render.SampledHistogram;
import org.interphase.tomo.ui.internal.render.WindowLevel;
import org.interphase.tomo.ui.internal.compare.CompareLauncher;
import org.interphase.tomo.ui.internal.iface.InterfacePanel;
import org.interphase.tomo.ui.internal.iface.InterfaceResultWriter;
import org.interphase.tomo.ui.internal.seg.ProfileCsv;
import org.interphase.tomo.ui.internal.seg.ResultWriter;
import org.interphase.tomo.ui.internal.seg.SegmentationPanel;
import org.interphase.tomo.ui.internal.seg.SegmentationRun;
import org.interphase.tomo.ui.internal.view.DisplayPanel;
import org.interphase.tomo.ui.internal.view.OrthoViewer;
import org.interphase.ui.layout.ScrollColumn;
import org.interphase.ui.layout.ShortAreaSash;

/**
 * The content of the tomography editor, usable without a workbench: opens the volume lazily in a job, then
 * shows the orthogonal slice views with display controls (left) and the segmentation panel (right), with a
 * pixel read-out and messages at the bottom. Model changes (voxel size, saved results) go through
 * {@code domain}'s command stack.
 */
public final class TomoEditorBody extends Composite {

    /** z slices the display histogram samples at most. */
    public static final int HISTOGRAM_SLICES = 32;

    private final TomographyVolume measurement;
    private final EditingDomain domain;
    private final Label info;
    private final Composite content;
    private final Label status;
    private final Label message;
    private final AdapterImpl modelListener;
    private Volume volume;
    private TomographyVolume pendingComparison;
    private OrthoViewer viewer;
    private DisplayPanel display;
    private SegmentationPanel segmentation;
    private InterfacePanel interfaces;
    private Combo exportView;
    private ExportDialogs exports;
    private TabFolder tabs;
    private TabItem displayTab;
    private SashForm sash;

    public TomoEditorBody(Composite parent, TomographyVolume measurement, EditingDomain domain, Optional<Path> file) {
        super(parent, SWT.NONE);
        this.measurement = measurement;
        this.domain = domain;
        setLayout(new GridLayout(1, false));
        Composite top = new Composite(this, SWT.NONE);
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        top.setLayout(new GridLayout(5, false));
        info = new Label(top, SWT.NONE);
        GridData id = new GridData(SWT.FILL, SWT.CENTER, true, false);
        id.widthHint = 200;
        info.setLayoutData(id);
        info.setText("Opening " + measurement.getName() + "…");
        exportView = new Combo(top, SWT.READ_ONLY);
        exportView.setItems("XY", "XZ", "YZ");
        exportView.select(0);
        Button png = new Button(top, SWT.PUSH);
        png.setText("Export slice PNG…");
        png.addListener(SWT.Selection, e -> exports.exportSliceDialog());
        Button tiff = new Button(top, SWT.PUSH);
        tiff.setText("Export slice TIFF…");
        tiff.setToolTipText("the voxel values of the slice as a 16-bit TIFF (not the display)");
        tiff.addListener(SWT.Selection, e -> exports.exportTiffDialog());
        Button compare = new Button(top, SWT.PUSH);
        compare.setText("Compare cycles…");
        compare.setToolTipText("this volume and another of the same cell side by side, with overlaid profiles");
        compare.addListener(SWT.Selection, e -> {
            if (viewer != null) {
                CompareLauncher.open(getShell(), measurement, volume, viewer.window(), this::problem);
            }
        });
        content = new Composite(this, SWT.NONE);
        content.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        content.setLayout(new FillLayout());
        status = new Label(this, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        message = new Label(this, SWT.WRAP);
        GridData md = new GridData(SWT.FILL, SWT.CENTER, true, false);
        md.widthHint = 200; // wrap long messages instead of widening the editor
        message.setLayoutData(md);
        exports = new ExportDialogs(this, measurement, exportView, t -> {
            message.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
            message.setText(t);
            layout(true, true);
        }, this::error);
        message.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        modelListener = new AdapterImpl() {
            @Override
            public void notifyChanged(Notification n) {
                Object f = n.getFeature();
                boolean voxel = f == InterphasePackage.Literals.TOMOGRAPHY_VOLUME__VOXEL_SIZE_UM
                        || f == InterphasePackage.Literals.TOMOGRAPHY_VOLUME__VOXEL_SIZE_XUM
                        || f == InterphasePackage.Literals.TOMOGRAPHY_VOLUME__VOXEL_SIZE_YUM
                        || f == InterphasePackage.Literals.TOMOGRAPHY_VOLUME__VOXEL_SIZE_ZUM;
                if (voxel && !isDisposed()) {
                    getDisplay().asyncExec(TomoEditorBody.this::voxelSizeChanged);
                }
            }
        };
        measurement.eAdapters().add(modelListener);
        addListener(SWT.Dispose, e -> disposed());
        if (file.isEmpty()) {
            error("The volume cannot be located: " + measurement.getSourceUri(), null);
        } else {
            open(file.get());
        }
    }

    private void open(Path path) {
        Job j = Job.create("Opening " + path.getFileName(), (IProgressMonitor monitor) -> {
            try {
                // an HDF5 measurement remembers its dataset in sourceEntry (e.g. /entry/data/data)
                String entry = measurement.getSourceEntry();
                Volume v = Volumes.openFor(path, measurement.getImporterId(),
                        entry != null && entry.startsWith("/") ? entry : null);
                post(() -> opened(v), v);
            } catch (ImportException e) {
                post(() -> error("Cannot open the volume: " + e.getMessage(), e), null);
            }
        });
        j.setUser(true);
        j.schedule();
    }

    /** Runs {@code r} on the UI thread; closes {@code resource} when the editor is already gone. */
    private void post(Runnable r, Volume resource) {
        if (isDisposed()) {
            closeQuietly(resource);
            return;
        }
        getDisplay().asyncExec(() -> {
            if (isDisposed()) {
                closeQuietly(resource);
            } else {
                r.run();
            }
        });
    }

    /**
     * Opens the side-by-side comparison of this volume and {@code other} (the Cell editor's "Compare volumes across
     * cycles"); waits for this volume to finish opening when it has not yet.
     */
    public void compareWith(TomographyVolume other) {
        if (isDisposed()) {
            return;
        }
        if (viewer == null) {
            pendingComparison = other;
            return;
        }
        CompareLauncher.openWith(getShell(), measurement, volume, viewer.window(), other, this::problem);
    }

    private void opened(Volume v) {
        volume = v;
        info.setText(describe(v));
        sash = new SashForm(content, SWT.HORIZONTAL);
        viewer = new OrthoViewer(sash, v, initialWindow(v.dataType()));
        viewer.setStatusListener(status::setText);
        viewer.corner().setLayout(new FillLayout());
        display = new DisplayPanel(viewer.corner(), viewer, (Optional<VoxelSize> s) -> setVoxelSize(s));
        tabs = new TabFolder(sash, SWT.TOP);
        // the segmentation controls scroll when the editor is short (at a 1366 x 768 screen the tab is 179 px high)
        ScrollColumn segColumn = new ScrollColumn(tabs);
        segmentation = new SegmentationPanel(segColumn.content(), viewer, this::voxelSize, this::problem);
        segmentation.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        segmentation.onRelayout(segColumn::relayout);
        segmentation.onSave(this::save);
        segmentation.onExportCsv(exports::exportCsvDialog);
        segmentation.onExportMask(exports::exportMaskDialog);
        TabItem segTab = new TabItem(tabs, SWT.NONE);
        segTab.setText("Segmentation");
        segTab.setControl(segColumn.scroll());
        interfaces = new InterfacePanel(tabs, measurement, viewer, this::voxelSize, segmentation::lastRun,
                this::problem);
        interfaces.onSave(this::saveInterface);
        TabItem ifaceTab = new TabItem(tabs, SWT.NONE);
        ifaceTab.setText("Interfaces");
        ifaceTab.setControl(interfaces);
        sash.setWeights(55, 45);
        addListener(SWT.Resize, e -> arrange());
        arrange();
        if (pendingComparison != null) {
            TomographyVolume other = pendingComparison;
            pendingComparison = null;
            getDisplay().asyncExec(() -> compareWith(other));
        }
        voxelSizeChanged();
        content.layout(true, true);
        computeHistogram();
    }

    /**
     * A short editor area (below {@link ShortAreaSash#SHORT} px, e.g. 321 px at a 1366 x 768 screen): the three slice
     * views in one row, each the full height, and the display controls in a "Display" tab beside Segmentation and
     * Interfaces; the 2 x 2 grid with the display controls in its corner when there is room.
     */
    private void arrange() {
        int h = getClientArea().height;
        if (h <= 0 || viewer == null || viewer.isDisposed()) {
            return;
        }
        boolean oneRow = h < ShortAreaSash.SHORT;
        if (oneRow == viewer.oneRow()) {
            return;
        }
        if (oneRow) {
            display.setParent(tabs);
            displayTab = new TabItem(tabs, SWT.NONE);
            displayTab.setText("Display");
            displayTab.setToolTipText("window, colours and voxel size (below the slice views when the editor is taller)");
            displayTab.setControl(display);
        } else {
            displayTab.setControl(null);
            displayTab.dispose();
            displayTab = null;
            display.setParent(viewer.corner());
            display.setVisible(true);
        }
        viewer.setOneRow(oneRow);
        // one row: half the width for the views (three 190 px views), the rest keeps the segmentation's spinners whole
        sash.setWeights(oneRow ? new int[] { 50, 50 } : new int[] { 55, 45 });
        content.layout(true, true);
    }

    private static WindowLevel initialWindow(DataType t) {
        return t.hasValueBins() ? new WindowLevel(0, t.maxValue()) : new WindowLevel(0, 1);
    }

    /** "16 × 728 × 728 (z × y × x) voxels, uint8, little-endian, TIFF stack of 16 files". */
    static String describe(Volume v) {
        return String.format(Locale.ROOT, "%d × %d × %d (z × y × x) voxels, %s, %s-endian, %s", v.sizeZ(), v.sizeY(),
                v.sizeX(), v.dataType().id(), v.byteOrder() == java.nio.ByteOrder.BIG_ENDIAN ? "big" : "little",
                v.description());
    }

    private void computeHistogram() {
        Volume v = volume;
        Job j = Job.create("Histogram of " + measurement.getName(), (IProgressMonitor monitor) -> {
            try {
                SampledHistogram h = SampledHistogram.compute(v, HISTOGRAM_SLICES, monitor);
                post(() -> display.setHistogram(h), null);
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (IOException e) {
                post(() -> error("Histogram failed: " + e.getMessage(), e), null);
            }
            return Status.OK_STATUS;
        });
        j.setSystem(true);
        j.schedule();
    }

    /** The voxel size: the model's when set ({@link VoxelSize#of}), else the file's. */
    public Optional<VoxelSize> voxelSize() {
        if (display != null && !display.isDisposed()) {
            display.applyTypedVoxelSize(); // a value typed without Enter counts before any analysis
        }
        Optional<VoxelSize> model = VoxelSize.of(measurement);
        if (model.isPresent()) {
            return model;
        }
        return volume == null ? Optional.empty() : volume.voxelSize();
    }

    /** Stores a cubic voxel size (µm; 0 = unknown) in the model as one undoable command. */
    public void setVoxelSize(double um) {
        setVoxelSize(um > 0 ? Optional.of(VoxelSize.isotropic(um)) : Optional.empty());
    }

    /**
     * Stores the voxel edges in the model as one undoable command: all four attributes (voxelSizeUm = x,
     * and the per-axis ones), or all zero when {@code size} is empty.
     */
    public void setVoxelSize(Optional<VoxelSize> size) {
        CompoundCommand c = new CompoundCommand("Set voxel size");
        double x = size.map(VoxelSize::x).orElse(0.0);
        c.append(SetCommand.create(domain, measurement, InterphasePackage.Literals.TOMOGRAPHY_VOLUME__VOXEL_SIZE_UM, x));
        c.append(SetCommand.create(domain, measurement, InterphasePackage.Literals.TOMOGRAPHY_VOLUME__VOXEL_SIZE_XUM, x));
        c.append(SetCommand.create(domain, measurement, InterphasePackage.Literals.TOMOGRAPHY_VOLUME__VOXEL_SIZE_YUM,
                size.map(VoxelSize::y).orElse(0.0)));
        c.append(SetCommand.create(domain, measurement, InterphasePackage.Literals.TOMOGRAPHY_VOLUME__VOXEL_SIZE_ZUM,
                size.map(VoxelSize::z).orElse(0.0)));
        domain.getCommandStack().execute(c);
        voxelSizeChanged();
    }

    private void voxelSizeChanged() {
        if (viewer == null || viewer.isDisposed()) {
            return;
        }
        Optional<VoxelSize> size = voxelSize();
        viewer.setVoxelSize(size);
        display.showVoxelSize(size);
    }

    /** Adds the run's result to the measurement through the editing domain. */
    public AnalysisResult save(SegmentationRun run) {
        AnalysisResult r = ResultWriter.result(measurement, run);
        domain.getCommandStack().execute(ResultWriter.addCommand(domain, measurement, r));
        message.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
        message.setText("Saved to the study: " + r.getName() + " (undo in the Cell editor; save the study to keep it)");
        layout(true, true);
        return r;
    }

    /** Adds an interface measurement's result to the measurement through the editing domain. */
    public AnalysisResult saveInterface(InterfaceResultWriter.Input in) {
        AnalysisResult r = InterfaceResultWriter.result(measurement, in);
        domain.getCommandStack().execute(ResultWriter.addCommand(domain, measurement, r));
        message.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
        message.setText("Saved to the study: " + r.getName() + " (undo in the Cell editor; save the study to keep it)");
        layout(true, true);
        return r;
    }

    /** Writes the slice of the view along {@code axis}, as displayed (window, colours, overlay), as PNG. */
    public void exportSlice(Axis axis, Path file) {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { viewer.renderedSlice(axis) };
        loader.save(file.toString(), SWT.IMAGE_PNG);
    }

    /** Writes the voxel values of the slice along {@code axis} at the crosshair as a 16-bit TIFF. */
    public TiffExport.Scaling exportSliceTiff(Axis axis, Path file) throws IOException {
        return TiffExport.writeSlice16(volume, axis, viewer.position()[axis.ordinal()], file);
    }

    /**
     * Shows a user's input mistake or an analysis outcome under the editor, in red, without logging it (the Error
     * Log is for failures of the program or the files); an empty text clears the message.
     */
    void problem(String text) {
        if (isDisposed()) {
            return;
        }
        message.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        message.setText(text == null ? "" : text);
        layout(true, true);
    }

    /** Shows a failure in the editor and logs it with its cause. */
    void error(String text, Throwable cause) {
        if (isDisposed()) {
            return;
        }
        message.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        message.setText(text);
        layout(true, true);
        Platform.getLog(TomoEditorBody.class).log(Status.error(text, cause));
    }

    private void disposed() {
        measurement.eAdapters().remove(modelListener);
        closeQuietly(volume);
    }

    private void closeQuietly(Volume v) {
        if (v == null) {
            return;
        }
        try {
            v.close();
        } catch (IOException e) {
            Platform.getLog(TomoEditorBody.class).log(Status.error("Closing the volume failed", e));
        }
    }

    /** The volume, once opened. */
    public Optional<Volume> volume() {
        return Optional.ofNullable(volume);
    }

    /** The slice views, once the volume is open. */
    public OrthoViewer viewer() {
        return viewer;
    }

    /** The tabs beside the slice views (Segmentation, Interfaces, and Display in a short editor area). */
    public TabFolder tabs() {
        return tabs;
    }

    /** The display controls, once the volume is open. */
    public DisplayPanel displayPanel() {
        return display;
    }

    /** The segmentation panel, once the volume is open. */
    public SegmentationPanel segmentationPanel() {
        return segmentation;
    }

    /** The interface panel, once the volume is open. */
    public InterfacePanel interfacePanel() {
        return interfaces;
    }

    /** The dimensions line. */
    public Label infoLabel() {
        return info;
    }

    /** The pixel read-out. */
    public Label statusLabel() {
        return status;
    }

    /** Messages (errors in red). */
    public Label messageLabel() {
        return message;
    }
}
