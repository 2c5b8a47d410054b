package org.interphase.tomo.ui.internal.iface;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.interphase.model.Cell;
import org.interphase.model.Layer;
import org.interphase.model.TomographyVolume;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.InterfaceQuantities;
import org.interphase.tomo.api.LayerStack;
import org.interphase.tomo.api.Progress;
import org.interphase.tomo.api.VoxelSize;
import org.interphase.tomo.ui.internal.render.Numbers;
import org.interphase.tomo.ui.internal.seg.SegmentationRun;
import org.interphase.tomo.ui.internal.view.OrthoViewer;

/**
 * Interfaces of the cell's layer stack placed on the z axis of the volume: the user sets where the first
 * layer starts (µm above slice 0) and the slab half-width; the panel lists the planes, moves the crosshair
 * to the chosen one, measures contact, void fraction and voids there with the last segmentation's
 * threshold and region (a cancellable job), and saves the result to the study.
 */
public final class InterfacePanel extends Composite {

    private final TomographyVolume measurement;
    private final OrthoViewer viewer;
    private final Supplier<Optional<VoxelSize>> voxelSize;
    private final Supplier<Optional<SegmentationRun>> lastRun;
    private final Consumer<String> error;
    private final Label stack;
    private final Text offset;
    private final Text halfWidth;
    private final Combo planes;
    private final Button analyse;
    private final Button save;
    private final Label results;
    private List<LayerStack.Plane> placed = List.of();
    private InterfaceResultWriter.Input last;
    private volatile Job job;

    public InterfacePanel(Composite parent, TomographyVolume measurement, OrthoViewer viewer,
            Supplier<Optional<VoxelSize>> voxelSize, Supplier<Optional<SegmentationRun>> lastRun, Consumer<String> error) {
        super(parent, SWT.NONE);
        this.measurement = measurement;
        this.viewer = viewer;
        this.voxelSize = voxelSize;
        this.lastRun = lastRun;
        this.error = error;
        setLayout(new GridLayout(2, false));
        stack = new Label(this, SWT.WRAP);
        GridData sd = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        sd.widthHint = 200;
        stack.setLayoutData(sd);
        offset = field("First layer starts at (µm)", "distance of the lower face of the cell's first layer from slice z = 0", "0");
        halfWidth = field("Slab ± (µm)", "void fraction and voids are counted this far on either side of the plane", "5");
        Button place = new Button(this, SWT.PUSH);
        place.setText("Place interfaces");
        place.addListener(SWT.Selection, e -> place());
        planes = new Combo(this, SWT.READ_ONLY);
        GridData pd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        pd.widthHint = 150;
        planes.setLayoutData(pd);
        planes.addListener(SWT.Selection, e -> goToPlane());
        analyse = new Button(this, SWT.PUSH);
        analyse.setText("Measure interface");
        analyse.addListener(SWT.Selection, e -> start());
        save = new Button(this, SWT.PUSH);
        save.setText("Save interface results to study");
        save.setEnabled(false);
        results = new Label(this, SWT.WRAP);
        GridData rd = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        rd.widthHint = 200;
        results.setLayoutData(rd);
        results.setText("Segment the volume first, then place and measure the interfaces.\n\n");
        describeStack();
        addListener(SWT.Dispose, e -> {
            Job j = job;
            if (j != null) {
                j.cancel();
            }
        });
    }

    private Text field(String label, String tip, String value) {
        new Label(this, SWT.NONE).setText(label);
        Text t = new Text(this, SWT.BORDER);
        t.setText(value);
        t.setToolTipText(tip);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return t;
    }

    private Optional<Cell> cell() {
        return measurement.eContainer() instanceof Cell c ? Optional.of(c) : Optional.empty();
    }

    private void describeStack() {
        StringBuilder b = new StringBuilder("Layer stack (anode side first): ");
        List<Layer> layers = cell().map(Cell::getLayers).orElse(org.eclipse.emf.common.util.ECollections.emptyEList());
        if (layers.isEmpty()) {
            b.append("the measurement's cell has no layers");
        }
        for (int i = 0; i < layers.size(); i++) {
            b.append(i == 0 ? "" : " / ").append(layers.get(i).getName()).append(' ')
                    .append(Numbers.format(layers.get(i).getThicknessUm())).append(" µm");
        }
        stack.setText(b.toString());
    }

    /** Places the interface planes from the cell's layers and the voxel edge along z. */
    public void place() {
        describeStack();
        try {
            double off = Double.parseDouble(offset.getText().trim().replace(',', '.'));
            VoxelSize v = voxelSize.get().orElseThrow(
                    () -> new IllegalArgumentException("set the voxel size first: interfaces are placed in µm"));
            Cell c = cell().orElseThrow(() -> new IllegalArgumentException("the measurement belongs to no cell"));
            placed = LayerStack.planes(c, off, v.z(), viewer.volume().sizeZ());
        } catch (NumberFormatException e) {
            error.accept("The offset must be a number of µm, not '" + offset.getText().trim() + "'");
            return;
        } catch (IllegalArgumentException e) {
            error.accept("Cannot place the interfaces: " + e.getMessage());
            return;
        }
        error.accept(""); // placed: the last complaint no longer applies
        planes.removeAll();
        for (LayerStack.Plane p : placed) {
            planes.add(String.format(Locale.ROOT, "%s at %s µm: z = %d%s", p.name(), Numbers.format(p.positionUm()),
                    p.index(), p.inside() ? "" : " (outside)"));
        }
        int first = 0;
        while (first < placed.size() - 1 && !placed.get(first).inside()) {
            first++;
        }
        planes.select(first);
        goToPlane();
    }

    private void goToPlane() {
        selected().filter(LayerStack.Plane::inside).ifPresent(p -> {
            int[] pos = viewer.position();
            viewer.setPosition(p.index(), pos[1], pos[2]);
        });
    }

    private Optional<LayerStack.Plane> selected() {
        int i = planes.getSelectionIndex();
        return i < 0 || i >= placed.size() ? Optional.empty() : Optional.of(placed.get(i));
    }

    /** Measures the selected plane in a job. */
    public void start() {
        Optional<SegmentationRun> run = lastRun.get();
        Optional<LayerStack.Plane> plane = selected();
        if (run.isEmpty() || plane.isEmpty() || !plane.get().inside()) {
            error.accept(run.isEmpty() ? "Segment the volume first: the interface uses its threshold and region."
                    : "Place the interfaces and choose one inside the volume.");
            return;
        }
        double half;
        double off;
        try {
            half = Double.parseDouble(halfWidth.getText().trim().replace(',', '.'));
            off = Double.parseDouble(offset.getText().trim().replace(',', '.'));
            if (!(half >= 0) || !Double.isFinite(off)) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            error.accept("The offset must be a number of µm and the slab half-width a non-negative one");
            return;
        }
        Optional<VoxelSize> v = voxelSize.get();
        int halfSlices = (int) Math.round(half / v.map(VoxelSize::z).orElse(1.0));
        SegmentationRun r = run.get();
        LayerStack.Plane p = plane.get();
        analyse.setEnabled(false);
        Job j = Job.create("Measuring interface " + p.name(), (IProgressMonitor monitor) -> {
            monitor.beginTask("Interface " + p.name(), 2 * viewer.volume().sizeZ());
            Progress progress = (done, total) -> {
                monitor.worked(1);
                return !monitor.isCanceled();
            };
            try {
                InterfaceQuantities q = InterfaceQuantities.measure(viewer.volume(), Axis.Z, p.index(), halfSlices,
                        r.thresholds()[0], r.roi(), progress);
                post(() -> finished(new InterfaceResultWriter.Input(p, off, half, r.thresholds()[0], r.roi(), v, q)));
                return Status.OK_STATUS;
            } catch (CancellationException e) {
                post(() -> stopped("Interface measurement cancelled."));
                return Status.CANCEL_STATUS;
            } catch (IOException | RuntimeException e) {
                post(() -> stopped("Interface measurement failed: " + e.getMessage()));
                return Status.error("Interface measurement failed: " + e.getMessage(), e);
            } finally {
                monitor.done();
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

    private void stopped(String message) {
        job = null;
        analyse.setEnabled(true);
        error.accept(message);
    }

    private void finished(InterfaceResultWriter.Input in) {
        job = null;
        last = in;
        error.accept("");
        analyse.setEnabled(true);
        save.setEnabled(true);
        InterfaceQuantities q = in.quantities();
        results.setText(String.format(Locale.ROOT,
                "%s at z = %d: contact fraction %s (%d of %d voxels)%nz %d..%d: void fraction %s, %d voids, largest %d voxels",
                in.plane().name(), in.plane().index(), Numbers.fraction(q.contact().fraction()), q.contact().contactVoxels(),
                q.contact().planeVoxels(), q.slabFrom(), q.slabTo(), Numbers.fraction(q.voidFraction()), q.voids().count(),
                q.voids().largest()));
        getParent().layout(true, true);
    }

    /** Sets the save action; it receives the last measurement. */
    public void onSave(Consumer<InterfaceResultWriter.Input> action) {
        save.addListener(SWT.Selection, e -> {
            if (last != null) {
                action.accept(last);
            }
        });
    }

    /** The last measurement, if any. */
    public Optional<InterfaceResultWriter.Input> lastInput() {
        return Optional.ofNullable(last);
    }

    /** Whether a measurement job runs. */
    public boolean running() {
        return job != null;
    }

    /** Widgets for tests. */
    public Text offsetText() {
        return offset;
    }

    public Text halfWidthText() {
        return halfWidth;
    }

    public Combo planeCombo() {
        return planes;
    }

    public Label resultsLabel() {
        return results;
    }
}
