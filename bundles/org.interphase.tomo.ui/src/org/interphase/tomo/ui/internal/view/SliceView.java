package org.interphase.tomo.ui.internal.view;

import java.util.Locale;
import java.util.OptionalDouble;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.ui.internal.render.Numbers;

/**
 * One slice on a canvas: nearest-neighbour zoom and pan, a crosshair, a phase overlay and a scale bar.
 * Mouse: left click or drag moves the crosshair, wheel scrolls slices (Ctrl + wheel zooms about the
 * cursor), right or middle drag pans, double-click fits the slice to the canvas.
 */
public final class SliceView extends Canvas {

    /** What the view reports to its owner. */
    public interface Listener {
        /** The user put the crosshair at slice column {@code col}, row {@code row}. */
        void crosshairMoved(SliceView view, int col, int row);

        /** The user turned the wheel by {@code delta} slices. */
        void scrolled(SliceView view, int delta);

        /** The pointer is over voxel (col, row), or left the slice (col = -1). */
        void hover(SliceView view, int col, int row);
    }

    private final Axis axis;
    private final int cols;
    private final int rows;
    private final int depth;
    private final double aspect; // screen rows per screen column of one voxel (z stretch of thin stacks)
    private final Listener listener;
    private Image image;
    private Image overlay;
    private org.interphase.tomo.api.Roi roi;
    private int[] roiEdge;
    private float[] values;
    private int index = -1;
    private int crossCol;
    private int crossRow;
    private double zoom = -1; // screen pixels per voxel; < 0: fit on next paint
    private double originX;
    private double originY;
    private OptionalDouble voxelSizeUm = OptionalDouble.empty();
    private int panX = Integer.MIN_VALUE;
    private int panY;
    private int paints;

    /**
     * @param cols  slice columns
     * @param rows  slice rows
     * @param depth number of slices along {@code axis}
     */
    public SliceView(Composite parent, Axis axis, int cols, int rows, int depth, Listener listener) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.axis = axis;
        this.depth = depth;
        this.aspect = stretch(axis, cols, rows);
        this.cols = cols;
        this.rows = rows;
        this.listener = listener;
        crossCol = cols / 2;
        crossRow = rows / 2;
        addListener(SWT.Paint, this::paint);
        addListener(SWT.Resize, e -> {
            zoom = -1;
            redraw();
        });
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseUp, e -> panX = Integer.MIN_VALUE);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseExit, e -> listener.hover(this, -1, -1));
        addListener(SWT.MouseVerticalWheel, this::wheel);
        addListener(SWT.MouseDoubleClick, e -> fit());
        addListener(SWT.Dispose, e -> disposeImages());
    }

    /**
     * Vertical stretch of XZ and YZ views of thin stacks: z rows are drawn taller so that the slice is at
     * least a quarter as high as wide (a 16-slice stack of 728 x 728 images would otherwise be a 4-pixel
     * strip); whole factors only, shown in the view's title. XY views are never stretched.
     */
    static double stretch(Axis axis, int cols, int rows) {
        if (axis == Axis.Z) {
            return 1;
        }
        return Math.max(1, Math.floor(cols / (4.0 * rows)));
    }

    /** Vertical stretch factor of this view (1 = true aspect). */
    public double stretch() {
        return aspect;
    }

    /** The axis the shown slices are taken along (Z: XY view, Y: XZ view, X: YZ view). */
    public Axis axis() {
        return axis;
    }

    /** Title of the view, e.g. "XY". */
    public String title() {
        return switch (axis) {
            case Z -> "XY";
            case Y -> "XZ";
            case X -> "YZ";
        };
    }

    /** Index of the slice shown, -1 before the first arrives. */
    public int index() {
        return index;
    }

    /** The voxel values of the shown slice (not copied), or null before the first arrives. */
    public float[] values() {
        return values;
    }

    /** Slice columns and rows. */
    public Point sliceSize() {
        return new Point(cols, rows);
    }

    /** Crosshair position {col, row} in slice coordinates. */
    public int[] crosshair() {
        return new int[] { crossCol, crossRow };
    }

    /** Number of paints that drew a slice image (tests wait on it). */
    public int paintCount() {
        return paints;
    }

    /** Current zoom, screen pixels per voxel. */
    public double zoom() {
        return zoom;
    }

    /** Shows a rendered slice; the view takes ownership of the images. */
    public void show(int sliceIndex, float[] sliceValues, ImageData base, ImageData phases) {
        disposeImages();
        this.index = sliceIndex;
        this.values = sliceValues;
        this.image = new Image(getDisplay(), base);
        this.overlay = phases == null ? null : new Image(getDisplay(), phases);
        redraw();
    }

    /** Moves the crosshair without notifying the listener. */
    public void setCrosshair(int col, int row) {
        crossCol = clamp(col, cols);
        crossRow = clamp(row, rows);
        redraw();
    }

    /** Draws the outline of {@code roi} (an XY footprint; for the XY view) on the slice; null removes it. */
    public void setRoi(org.interphase.tomo.api.Roi roi) {
        this.roi = roi;
        this.roiEdge = null;
        if (roi instanceof org.interphase.tomo.api.Roi.Mask m && m.sizeX() == cols && m.sizeY() == rows) {
            roiEdge = RoiOutline.edge(m.inside(), cols, rows);
        }
        redraw();
    }

    /** The region drawn, or null. */
    public org.interphase.tomo.api.Roi roi() {
        return roi;
    }

    /** Sets the voxel edge length used by the scale bar (empty hides the bar). */
    public void setVoxelSize(OptionalDouble um) {
        voxelSizeUm = um;
        redraw();
    }

    /** Zooms so that the whole slice fits the canvas, centred. */
    public void fit() {
        Rectangle area = getClientArea();
        if (area.width <= 0 || area.height <= 0) {
            zoom = -1;
            return;
        }
        zoom = Math.min((double) area.width / cols, (double) area.height / (rows * aspect));
        originX = (area.width - zoom * cols) / 2;
        originY = (area.height - zoom * aspect * rows) / 2;
        redraw();
    }

    /** Multiplies the zoom by {@code factor}, keeping screen point (sx, sy) on the same voxel. */
    public void zoomBy(double factor, int sx, int sy) {
        if (zoom < 0) {
            fit();
        }
        double next = Math.max(0.05, Math.min(64, zoom * factor));
        originX = sx - (sx - originX) * next / zoom;
        originY = sy - (sy - originY) * next / zoom;
        zoom = next;
        redraw();
    }

    /** Slice coordinates {col, row} of screen point (sx, sy) (may lie outside the slice). */
    public int[] toSlice(int sx, int sy) {
        if (zoom < 0) {
            fit();
        }
        return new int[] { (int) Math.floor((sx - originX) / zoom), (int) Math.floor((sy - originY) / (zoom * aspect)) };
    }

    /** Screen point of the centre of voxel (col, row). */
    public Point toScreen(int col, int row) {
        if (zoom < 0) {
            fit();
        }
        return new Point((int) Math.round(originX + (col + 0.5) * zoom), (int) Math.round(originY + (row + 0.5) * zoom * aspect));
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.fillRectangle(area);
        if (zoom < 0) {
            fit();
        }
        if (image != null && zoom > 0) {
            gc.setInterpolation(SWT.NONE);
            int w = (int) Math.round(cols * zoom);
            int h = (int) Math.round(rows * zoom * aspect);
            int x = (int) Math.round(originX);
            int y = (int) Math.round(originY);
            gc.drawImage(image, 0, 0, cols, rows, x, y, w, h);
            if (overlay != null) {
                gc.drawImage(overlay, 0, 0, cols, rows, x, y, w, h);
            }
            paints++;
            RoiOutline.draw(gc, roi, roiEdge, originX, originY, zoom, aspect);
            drawCrosshair(gc, area);
        }
        drawLabels(gc, area);
    }

    private void drawCrosshair(GC gc, Rectangle area) {
        Point c = toScreen(crossCol, crossRow);
        Color colour = new Color(255, 200, 0);
        gc.setForeground(colour);
        gc.setLineStyle(SWT.LINE_DASH);
        gc.setLineWidth(1);
        gc.drawLine(0, c.y, area.width, c.y);
        gc.drawLine(c.x, 0, c.x, area.height);
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    private void drawLabels(GC gc, Rectangle area) {
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        String text = index < 0 ? title() + "  loading…"
                : String.format(Locale.ROOT, "%s   %s = %d / %d", title(), axis.id(), index, depth - 1);
        String stretch = aspect != 1 ? String.format(Locale.ROOT, "(z drawn ×%d)", (int) aspect) : "";
        if (stretch.isEmpty() || gc.textExtent(text + "   " + stretch).x <= area.width - 12) {
            gc.drawText(stretch.isEmpty() ? text : text + "   " + stretch, 6, 4, true);
        } else { // a narrow view (one row of three at 1366 x 768): the stretch on a second line rather than cut
            gc.drawText(text, 6, 4, true);
            gc.drawText(stretch, 6, 4 + gc.getFontMetrics().getHeight(), true);
        }
        if (voxelSizeUm.isEmpty() || zoom <= 0 || area.width < 60) {
            return;
        }
        double um = voxelSizeUm.getAsDouble();
        double length = Numbers.nice(area.width / 5.0 / zoom * um);
        int px = (int) Math.round(length / um * zoom);
        if (px < 4) {
            return;
        }
        String label = Numbers.format(length) + " µm";
        Point ext = gc.textExtent(label);
        int x = 10;
        int y = area.height - 10;
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(x, y - 4, px, 4);
        gc.drawText(label, x, y - 6 - ext.y, true);
    }

    private void mouseDown(Event e) {
        if (e.button == 1 && e.count == 1) {
            moveCrosshair(e.x, e.y);
        } else if (e.button == 2 || e.button == 3) {
            panX = e.x;
            panY = e.y;
        }
    }

    private void mouseMove(Event e) {
        if (panX != Integer.MIN_VALUE) {
            originX += e.x - panX;
            originY += e.y - panY;
            panX = e.x;
            panY = e.y;
            redraw();
        } else if ((e.stateMask & SWT.BUTTON1) != 0) {
            moveCrosshair(e.x, e.y);
        }
        int[] v = toSlice(e.x, e.y);
        boolean inside = v[0] >= 0 && v[0] < cols && v[1] >= 0 && v[1] < rows;
        listener.hover(this, inside ? v[0] : -1, inside ? v[1] : -1);
    }

    /** Puts the crosshair under screen point (sx, sy) and tells the listener (as a click would). */
    public void moveCrosshair(int sx, int sy) {
        int[] v = toSlice(sx, sy);
        setCrosshair(v[0], v[1]);
        listener.crosshairMoved(this, crossCol, crossRow);
    }

    private void wheel(Event e) {
        if ((e.stateMask & SWT.CTRL) != 0) {
            zoomBy(e.count > 0 ? 1.25 : 0.8, e.x, e.y);
        } else if (e.count != 0) {
            listener.scrolled(this, e.count > 0 ? 1 : -1);
        }
        e.doit = false;
    }

    private static int clamp(int v, int n) {
        return Math.max(0, Math.min(n - 1, v));
    }

    private void disposeImages() {
        if (image != null) {
            image.dispose();
            image = null;
        }
        if (overlay != null) {
            overlay.dispose();
            overlay = null;
        }
    }
}
