package org.interphase.app.editor;

import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.interphase.model.Cell;
import org.interphase.model.Interface;
import org.interphase.model.Interphase;
import org.interphase.model.Layer;
import org.interphase.model.MaterialClass;

/**
 * The layer stack of a cell drawn to thickness scale, anode at the bottom, with interfaces highlighted
 * and a scale bar in micrometres. The selected layer or interface is emphasised.
 */
public class StackSchematic extends Canvas {

    private static final int MARGIN = 16;
    private static final int SCALE_WIDTH = 70;
    private static final int MAX_STACK_WIDTH = 220;
    private static final int MIN_STACK_WIDTH = 60;

    private int stackWidth = MAX_STACK_WIDTH;

    private Cell cell;
    private Object highlighted;
    private StackGeometry geometry;
    private int paintCount;

    public StackSchematic(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        addPaintListener(e -> paint(e.gc));
    }

    /** Shows {@code cell} (null for none) and emphasises {@code selection} if it is one of its layers or interfaces. */
    public void show(Cell newCell, Object selection) {
        this.cell = newCell;
        this.highlighted = selection;
        redraw();
    }

    /** The cell shown. */
    public Cell cell() {
        return cell;
    }

    /** The layout used by the last paint (for tests and hit testing). */
    public StackGeometry geometry() {
        return geometry;
    }

    /** How often the schematic has painted itself; lets tests see that it redrew. */
    public int paintCount() {
        return paintCount;
    }

    private void paint(GC gc) {
        paintCount++;
        Rectangle area = getClientArea();
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        if (cell == null || cell.getLayers().isEmpty()) {
            gc.drawText("Select a cell to see its layer stack.", MARGIN, MARGIN, true);
            geometry = null;
            return;
        }
        int titleHeight = gc.getFontMetrics().getHeight() + 8;
        gc.setFont(getFont());
        gc.drawText(cell.getName() + " — layer stack to scale", MARGIN, MARGIN / 2, true);
        int top = MARGIN + titleHeight;
        int height = Math.max(0, area.height - top - MARGIN);
        geometry = StackGeometry.of(cell, height);
        int x0 = MARGIN + SCALE_WIDTH;
        int labels = 0;
        for (Interface i : cell.getInterfaces()) {
            labels = Math.max(labels, Math.max(gc.textExtent(i.getName()).x, gc.textExtent(speciesOf(i)).x));
        }
        stackWidth = Math.max(MIN_STACK_WIDTH, Math.min(MAX_STACK_WIDTH, area.width - x0 - labels - 24));
        for (StackGeometry.Band b : geometry.bands()) {
            drawBand(gc, b, x0, top);
        }
        for (StackGeometry.Line l : geometry.lines()) {
            drawInterface(gc, l, x0, top);
        }
        drawScaleBar(gc, top, height);
    }

    private void drawBand(GC gc, StackGeometry.Band b, int x0, int top) {
        Layer layer = b.layer();
        Color fill = new Color(colour(layer));
        try {
            gc.setBackground(fill);
            gc.fillRectangle(x0, top + b.top(), stackWidth, b.height());
        } finally {
            fill.dispose();
        }
        boolean selected = layer == highlighted;
        gc.setForeground(getDisplay().getSystemColor(selected ? SWT.COLOR_LIST_SELECTION : SWT.COLOR_DARK_GRAY));
        gc.setLineWidth(selected ? 3 : 1);
        gc.drawRectangle(x0, top + b.top(), stackWidth, b.height());
        gc.setLineWidth(1);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        String text = layer.getName() + "  " + format(layer.getThicknessUm()) + " µm" + (b.enlarged() ? " (enlarged)" : "");
        Point size = gc.textExtent(text);
        int y = top + (b.top() + b.bottom()) / 2 - size.y / 2;
        if (size.y <= b.height()) {
            gc.drawText(text, x0 + 8, y, true);
        } else {
            gc.drawText(text, x0 + stackWidth + 12, y, true);
        }
    }

    private void drawInterface(GC gc, StackGeometry.Line l, int x0, int top) {
        Interface iface = l.iface();
        boolean selected = iface == highlighted
                || highlighted instanceof Interphase ip && ip.eContainer() == iface;
        Color colour = new Color(selected ? new RGB(220, 40, 40) : new RGB(240, 130, 20));
        try {
            gc.setForeground(colour);
            gc.setLineWidth(selected ? 5 : 3);
            int y = top + l.y();
            gc.drawLine(x0 - 6, y, x0 + stackWidth + 6, y);
            gc.setLineWidth(1);
            int lineHeight = gc.getFontMetrics().getHeight();
            gc.drawText(iface.getName(), x0 + stackWidth + 12, y - lineHeight, true);
            gc.drawText(speciesOf(iface), x0 + stackWidth + 12, y + 1, true);
        } finally {
            colour.dispose();
        }
    }

    private static String speciesOf(Interface iface) {
        String species = iface.getInterphases().stream().map(Interphase::getSpecies).collect(Collectors.joining(", "));
        return species.isEmpty() ? "" : "[" + species + "]";
    }

    private void drawScaleBar(GC gc, int top, int height) {
        double bar = geometry.scaleBarMicrometres();
        if (bar <= 0 || geometry.micrometresPerPixel() <= 0) {
            return;
        }
        int pixels = (int) Math.round(bar / geometry.micrometresPerPixel());
        int x = MARGIN + 20;
        int yBottom = top + height;
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        gc.setLineWidth(2);
        gc.drawLine(x, yBottom, x, yBottom - pixels);
        gc.drawLine(x - 5, yBottom, x + 5, yBottom);
        gc.drawLine(x - 5, yBottom - pixels, x + 5, yBottom - pixels);
        gc.setLineWidth(1);
        gc.drawText(format(bar) + " µm", MARGIN - 8, yBottom - pixels - gc.getFontMetrics().getHeight() - 2, true);
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** Colour by material family: metals grey, sulfides yellow, oxides blue, cathodes dark slate. */
    static RGB colour(Layer layer) {
        MaterialClass type = layer.getMaterial() == null ? MaterialClass.OTHER : layer.getMaterial().getMaterialClass();
        return switch (type) {
            case METAL, ALLOY -> new RGB(190, 195, 200);
            case SULFIDE -> new RGB(245, 222, 120);
            case OXIDE -> new RGB(160, 200, 235);
            case HALIDE -> new RGB(175, 225, 175);
            case POLYMER -> new RGB(230, 190, 230);
            case LAYERED_OXIDE -> new RGB(120, 130, 150);
            case CARBON -> new RGB(80, 80, 80);
            default -> new RGB(215, 215, 215);
        };
    }
}
