package org.interphase.tomo.ui.internal.view;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.ui.internal.render.ColourMap;
import org.interphase.tomo.ui.internal.render.Numbers;
import org.interphase.tomo.ui.internal.render.SliceRenderer;
import org.interphase.tomo.ui.internal.render.WindowLevel;

/**
 * Three orthogonal slice views (XY, XZ, YZ) of one volume in a 2 x 2 grid with linked crosshairs: the
 * position (z, y, x) is shared, a click in one view moves the slices of the other two. The fourth cell,
 * {@link #corner()}, is left to the caller. In a short editor area the views stand in one row instead
 * ({@link #setOneRow}), the corner hidden. Slices are read by a {@link SliceLoader} off the UI thread.
 */
public final class OrthoViewer extends Composite implements SliceView.Listener, SliceLoader.Sink {

    private final Volume volume;
    private final Map<Axis, SlicePanel> panels = new EnumMap<>(Axis.class);
    private final Map<Axis, float[]> segValues = new EnumMap<>(Axis.class);
    private final SliceLoader loader;
    private final Composite corner;
    private final int[] position; // z, y, x
    private WindowLevel window;
    private ColourMap colourMap = ColourMap.GREY;
    private double[] thresholds;
    private boolean[] shownPhases = new boolean[0];
    private Consumer<String> status = s -> {
    };
    private int deliveries;
    private final java.util.List<Consumer<int[]>> positionListeners = new java.util.ArrayList<>();
    private final java.util.List<Consumer<WindowLevel>> windowListeners = new java.util.ArrayList<>();

    public OrthoViewer(Composite parent, Volume volume, WindowLevel initial) {
        super(parent, SWT.NONE);
        this.volume = volume;
        this.window = initial;
        GridLayout layout = new GridLayout(2, true);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        setLayout(layout);
        position = new int[] { volume.sizeZ() / 2, volume.sizeY() / 2, volume.sizeX() / 2 };
        loader = new SliceLoader(getDisplay(), volume, this);
        add(Axis.Z, volume.sizeX(), volume.sizeY());
        add(Axis.X, volume.sizeY(), volume.sizeZ());
        add(Axis.Y, volume.sizeX(), volume.sizeZ());
        corner = new Composite(this, SWT.NONE);
        corner.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        addListener(SWT.Dispose, e -> loader.dispose());
        syncCrosshairs();
        for (Axis a : Axis.values()) {
            loader.request(a, indexOf(a));
        }
    }

    private void add(Axis axis, int cols, int rows) {
        SlicePanel p = new SlicePanel(this, axis, cols, rows, volume.size(axis), this, i -> setIndex(axis, i));
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        gd.widthHint = 200;
        gd.heightHint = 200;
        p.setLayoutData(gd);
        p.setIndex(indexOf(axis));
        panels.put(axis, p);
    }

    /**
     * Lays the three views out side by side, each the viewer's full height (a short editor area: in the 2 x 2 grid each
     * got a quarter of it), with the corner hidden; or back in the grid with the corner. Returns whether it changed.
     */
    public boolean setOneRow(boolean oneRow) {
        GridLayout layout = (GridLayout) getLayout();
        if (oneRow == oneRow()) {
            return false;
        }
        layout.numColumns = oneRow ? 3 : 2;
        ((GridData) corner.getLayoutData()).exclude = oneRow;
        corner.setVisible(!oneRow);
        layout(true, true);
        return true;
    }

    /** Whether the views stand in one row ({@link #setOneRow}). */
    public boolean oneRow() {
        return ((GridLayout) getLayout()).numColumns == 3;
    }

    /** The free grid cell (bottom right). */
    public Composite corner() {
        return corner;
    }

    /** The volume shown. */
    public Volume volume() {
        return volume;
    }

    /** The view of slices along {@code axis} (Z: XY, Y: XZ, X: YZ). */
    public SliceView view(Axis axis) {
        return panels.get(axis).view();
    }

    /** The slider of the view along {@code axis}. */
    public SlicePanel panel(Axis axis) {
        return panels.get(axis);
    }

    /** Crosshair position {z, y, x} (a copy). */
    public int[] position() {
        return position.clone();
    }

    /** Slices delivered so far (tests wait on it). */
    public int deliveries() {
        return deliveries;
    }

    /** Whether slice reads are pending. */
    public boolean loading() {
        return loader.busy();
    }

    /** Receives the pixel read-out and error messages. */
    public void setStatusListener(Consumer<String> listener) {
        status = listener;
    }

    /** Moves the crosshair to (z, y, x), clamped to the volume; slices that change are read. */
    public void setPosition(int z, int y, int x) {
        int[] next = { clamp(z, volume.sizeZ()), clamp(y, volume.sizeY()), clamp(x, volume.sizeX()) };
        for (Axis a : Axis.values()) {
            int before = indexOf(a);
            position[a.ordinal()] = next[a.ordinal()];
            if (indexOf(a) != before) {
                panels.get(a).setIndex(indexOf(a));
                loader.request(a, indexOf(a));
            }
        }
        syncCrosshairs();
        int[] now = position.clone();
        positionListeners.forEach(l -> l.accept(now));
    }

    /** Shows slice {@code index} along {@code axis}. */
    public void setIndex(Axis axis, int index) {
        int[] p = position.clone();
        p[axis.ordinal()] = index;
        setPosition(p[0], p[1], p[2]);
    }

    private int indexOf(Axis a) {
        return position[a.ordinal()];
    }

    private void syncCrosshairs() {
        int z = position[0];
        int y = position[1];
        int x = position[2];
        view(Axis.Z).setCrosshair(x, y);
        view(Axis.Y).setCrosshair(x, z);
        view(Axis.X).setCrosshair(y, z);
    }

    /** Sets the display window and re-renders; window listeners are told. */
    public void setWindow(WindowLevel w) {
        window = w;
        rerender();
        windowListeners.forEach(l -> l.accept(w));
    }

    /** Tells {@code l} every new crosshair position (z, y, x) (after {@link #setPosition} and clicks). */
    public void addPositionListener(Consumer<int[]> l) {
        positionListeners.add(l);
    }

    /** Tells {@code l} every new display window. */
    public void addWindowListener(Consumer<WindowLevel> l) {
        windowListeners.add(l);
    }

    /** The display window. */
    public WindowLevel window() {
        return window;
    }

    /** Sets the colour map and re-renders. */
    public void setColourMap(ColourMap map) {
        colourMap = map;
        rerender();
    }

    /**
     * Scale bars in µm when known: each view's bar uses the voxel edge along its columns (x for the XY and
     * XZ views, y for the YZ view).
     */
    public void setVoxelSize(java.util.Optional<org.interphase.tomo.api.VoxelSize> size) {
        panels.forEach((axis, p) -> p.view().setVoxelSize(size
                .map(v -> OptionalDouble.of(v.along(axis == Axis.X ? Axis.Y : Axis.X))).orElse(OptionalDouble.empty())));
    }

    /**
     * Overlays the phases of {@code thresholds} computed on {@code source} (the volume or a filtered copy of
     * it); {@code shown[p]} selects the phases coloured. Null thresholds remove the overlay.
     */
    public void setOverlay(Volume source, double[] t, boolean[] shown) {
        thresholds = t == null ? null : t.clone();
        shownPhases = shown == null ? new boolean[0] : shown.clone();
        Volume src = t == null ? null : source;
        loader.setSegmentationSource(src);
        segValues.clear();
        if (src != null && src != volume) {
            for (Axis a : Axis.values()) {
                loader.request(a, indexOf(a)); // the overlay needs the filtered slices
            }
        } else {
            rerender();
        }
    }

    /** Thresholds of the overlay, or null. */
    public double[] overlayThresholds() {
        return thresholds == null ? null : thresholds.clone();
    }

    @Override
    public void delivered(Axis axis, int index, float[] values, float[] seg) {
        if (isDisposed() || index != indexOf(axis)) {
            return; // a newer slice is on its way
        }
        deliveries++;
        if (seg != null) {
            segValues.put(axis, seg);
        } else {
            segValues.remove(axis);
        }
        render(axis, index, values);
    }

    @Override
    public void failed(Axis axis, int index, IOException error) {
        status.accept("Cannot read " + axis.id() + " slice " + index + ": " + error.getMessage());
    }

    private void rerender() {
        for (Axis a : Axis.values()) {
            SliceView v = view(a);
            if (v.values() != null) {
                render(a, v.index(), v.values());
            }
        }
    }

    private void render(Axis axis, int index, float[] values) {
        SliceView v = view(axis);
        int cols = v.sliceSize().x;
        int rows = v.sliceSize().y;
        ImageData base = SliceRenderer.grey(values, cols, rows, window, colourMap);
        ImageData over = null;
        if (thresholds != null) {
            float[] src = segValues.getOrDefault(axis, values);
            over = SliceRenderer.overlay(src, cols, rows, thresholds, shownPhases);
        }
        v.show(index, values, base, over);
    }

    /** The rendered slice along {@code axis} at native resolution, overlay blended in (for export). */
    public ImageData renderedSlice(Axis axis) {
        SliceView v = view(axis);
        if (v.values() == null) {
            throw new IllegalStateException("no " + v.title() + " slice loaded yet");
        }
        int cols = v.sliceSize().x;
        int rows = v.sliceSize().y;
        ImageData base = SliceRenderer.grey(v.values(), cols, rows, window, colourMap);
        ImageData over = thresholds == null ? null
                : SliceRenderer.overlay(segValues.getOrDefault(axis, v.values()), cols, rows, thresholds, shownPhases);
        return SliceRenderer.composite(base, over);
    }

    @Override
    public void crosshairMoved(SliceView v, int col, int row) {
        switch (v.axis()) {
            case Z -> setPosition(position[0], row, col);
            case Y -> setPosition(row, position[1], col);
            case X -> setPosition(row, col, position[2]);
        }
    }

    @Override
    public void scrolled(SliceView v, int delta) {
        setIndex(v.axis(), indexOf(v.axis()) + delta);
    }

    @Override
    public void hover(SliceView v, int col, int row) {
        if (col < 0 || v.values() == null) {
            status.accept("");
            return;
        }
        int z;
        int y;
        int x;
        switch (v.axis()) {
            case Z -> {
                z = v.index();
                y = row;
                x = col;
            }
            case Y -> {
                z = row;
                y = v.index();
                x = col;
            }
            default -> {
                z = row;
                y = col;
                x = v.index();
            }
        }
        float value = v.values()[row * v.sliceSize().x + col];
        String text = String.format(Locale.ROOT, "%s  x = %d, y = %d, z = %d   value = %s", v.title(), x, y, z,
                Numbers.format(value));
        if (thresholds != null) {
            float[] seg = segValues.getOrDefault(v.axis(), v.values());
            text += "   phase " + SliceRenderer.phase(seg[row * v.sliceSize().x + col], thresholds);
        }
        status.accept(text);
    }

    private static int clamp(int v, int n) {
        return Math.max(0, Math.min(n - 1, v));
    }
}
