package org.interphase.app.editor;

import java.util.ArrayList;
import java.util.List;
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
    private final List<DrawnText> drawn = new ArrayList<>();

    /** A text the last paint drew, with its box in the schematic's coordinates. */
    public record DrawnText(String text, Rectangle box) {
    }

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

    /** The texts the last paint drew (title, layer and interface labels, scale bar), for tests. */
    public List<DrawnText> texts() {
        return List.copyOf(drawn);
    }

    private void text(GC gc, String text, int x, int y) {
        gc.drawText(text, x, y, true);
        if (!text.isEmpty()) {
            Point size = gc.textExtent(text);
            drawn.add(new DrawnText(text, new Rectangle(x, y, size.x, size.y)));
        }
    }

    private void paint(GC gc) {
        paintCount++;
        drawn.clear();
        Rectangle area = getClientArea();
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        if (cell == null || cell.getLayers().isEmpty()) {
            text(gc, "Select a cell to see its layer stack.", MARGIN, MARGIN);
            geometry = null;
            return;
        }
        int titleHeight = gc.getFontMetrics().getHeight() + 8;
        gc.setFont(getFont());
        text(gc, title(gc, area.width - MARGIN - 2), MARGIN, MARGIN / 2);
        int top = MARGIN + titleHeight;
        int height = Math.max(0, area.height - top - MARGIN);
        geometry = StackGeometry.of(cell, height);
        int x0 = MARGIN + SCALE_WIDTH;
        int lineHeight = gc.getFontMetrics().getHeight();
        int labels = 0;
        for (Interface i : cell.getInterfaces()) {
            labels = Math.max(labels, Math.max(gc.textExtent(i.getName()).x, gc.textExtent(speciesOf(i)).x));
        }
        List<String[]> layerTexts = new ArrayList<>();
        for (StackGeometry.Band b : geometry.bands()) {
            String thickness = format(b.layer().getThicknessUm()) + " µm" + (b.enlarged() ? " (enlarged)" : "");
            layerTexts.add(new String[] { b.layer().getName() + "  " + thickness, b.layer().getName(), thickness });
        }
        // the label column must also hold the layer labels that do not fit their bands (a narrower stack moves more)
        stackWidth = MAX_STACK_WIDTH;
        for (int pass = 0; pass < 3; pass++) {
            int column = labels;
            for (int k = 0; k < layerTexts.size(); k++) {
                if (StackLabels.inside(layerTexts.get(k), geometry.bands().get(k).height(), stackWidth, lineHeight,
                        t -> gc.textExtent(t).x).isEmpty()) {
                    column = Math.max(column, StackLabels.columnWidth(layerTexts.get(k), t -> gc.textExtent(t).x));
                }
            }
            stackWidth = Math.max(MIN_STACK_WIDTH, Math.min(MAX_STACK_WIDTH, area.width - x0 - column - 24));
        }
        for (StackGeometry.Band b : geometry.bands()) {
            drawBand(gc, b, x0, top);
        }
        List<String[]> interfaceTexts = new ArrayList<>();
        for (StackGeometry.Line l : geometry.lines()) {
            drawInterface(gc, l, x0, top);
            interfaceTexts.add(new String[] { l.iface().getName(), speciesOf(l.iface()) });
        }
        int titleBottom = MARGIN / 2 + lineHeight + 2;
        List<StackLabels.Placed> placed = StackLabels.place(geometry, layerTexts, interfaceTexts, t -> gc.textExtent(t).x,
                lineHeight, x0, top, stackWidth, area.width - 2, titleBottom, area.height - 2);
        for (StackLabels.Placed p : placed) {
            drawLabel(gc, p, x0);
        }
        drawScaleBar(gc, top, height);
    }

    /** "Cell — layer stack to scale", or the cell's name alone (shortened with "…" only if needed) when narrower. */
    private String title(GC gc, int room) {
        String full = cell.getName() + " — layer stack to scale";
        if (gc.textExtent(full).x <= room) {
            return full;
        }
        String name = cell.getName();
        for (int n = name.length(); n > 1 && gc.textExtent(name).x > room; n--) {
            name = cell.getName().substring(0, n - 1) + "…";
        }
        return name;
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
    }

    private void drawInterface(GC gc, StackGeometry.Line l, int x0, int top) {
        Interface iface = l.iface();
        Color colour = new Color(interfaceColour(iface));
        try {
            gc.setForeground(colour);
            gc.setLineWidth(isSelected(iface) ? 5 : 3);
            int y = top + l.y();
            gc.drawLine(x0 - 6, y, x0 + stackWidth + 6, y);
            gc.setLineWidth(1);
        } finally {
            colour.dispose();
        }
    }

    /** A label placed by {@link StackLabels}: interface labels in their line's colour, a leader when moved. */
    private void drawLabel(GC gc, StackLabels.Placed p, int x0) {
        Interface iface = p.line() < 0 ? null : geometry.lines().get(p.line()).iface();
        Color colour = iface == null ? null : new Color(interfaceColour(iface));
        try {
            gc.setForeground(colour != null ? colour : getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            if (p.moved()) {
                int y = Math.max(p.y(), Math.min(p.y() + p.height(), p.anchorY()));
                gc.drawLine(x0 + stackWidth + 7, p.anchorY(), p.x() - 2, y);
            }
            int lineHeight = p.height() / p.lines().size();
            for (int k = 0; k < p.lines().size(); k++) {
                text(gc, p.lines().get(k), p.x(), p.y() + k * lineHeight + (iface != null && k > 0 ? 1 : 0));
            }
        } finally {
            if (colour != null) {
                colour.dispose();
            }
        }
    }

    private boolean isSelected(Interface iface) {
        return iface == highlighted || highlighted instanceof Interphase ip && ip.eContainer() == iface;
    }

    private RGB interfaceColour(Interface iface) {
        return isSelected(iface) ? new RGB(220, 40, 40) : new RGB(240, 130, 20);
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
        text(gc, format(bar) + " µm", MARGIN - 8, yBottom - pixels - gc.getFontMetrics().getHeight() - 2);
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
