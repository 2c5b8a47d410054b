package org.interphase.app.editor;

import java.util.ArrayList;
import java.util.List;

import org.interphase.model.Cell;
import org.interphase.model.Interface;
import org.interphase.model.Layer;

/**
 * Where each layer of a cell goes in the stack schematic: bands whose heights are proportional to layer
 * thickness (anode at the bottom), and the interface lines between them. Free of SWT so it can be tested
 * on its own.
 */
public final class StackGeometry {

    /** Thinnest band drawn, in pixels, so nanometre interlayers stay visible (marked as enlarged). */
    public static final int MIN_BAND = 3;

    /** One layer's band: top and bottom in pixels from the top of the drawing area. */
    public record Band(Layer layer, int top, int bottom, boolean enlarged) {
        /** Height in pixels. */
        public int height() {
            return bottom - top;
        }
    }

    /** One interface at pixel row {@code y}. */
    public record Line(Interface iface, int y) {
    }

    private final List<Band> bands;
    private final List<Line> lines;
    private final double micrometresPerPixel;
    private final double totalMicrometres;

    private StackGeometry(List<Band> bands, List<Line> lines, double umPerPixel, double totalUm) {
        this.bands = bands;
        this.lines = lines;
        this.micrometresPerPixel = umPerPixel;
        this.totalMicrometres = totalUm;
    }

    /** Lays out {@code cell} in a drawing area {@code height} pixels tall. */
    public static StackGeometry of(Cell cell, int height) {
        List<Layer> layers = cell.getLayers();
        double total = 0;
        for (Layer l : layers) {
            total += Math.max(0, l.getThicknessUm());
        }
        List<Band> bands = new ArrayList<>();
        if (layers.isEmpty() || height <= 0) {
            return new StackGeometry(bands, List.of(), 0, total);
        }
        double scale = total > 0 ? height / total : 0;
        double bottom = height;
        for (Layer l : layers) {
            double h = total > 0 ? Math.max(0, l.getThicknessUm()) * scale : (double) height / layers.size();
            boolean enlarged = h < MIN_BAND;
            h = Math.max(h, MIN_BAND);
            int b = (int) Math.round(bottom);
            int t = (int) Math.round(bottom - h);
            bands.add(new Band(l, t, b, enlarged));
            bottom -= h;
        }
        List<Line> lines = new ArrayList<>();
        for (Interface i : cell.getInterfaces()) {
            for (Band b : bands) {
                if (b.layer() == i.getLower()) {
                    lines.add(new Line(i, b.top()));
                }
            }
        }
        return new StackGeometry(List.copyOf(bands), List.copyOf(lines), scale > 0 ? 1 / scale : 0, total);
    }

    public List<Band> bands() {
        return bands;
    }

    public List<Line> lines() {
        return lines;
    }

    /** Micrometres per pixel (0 when the stack has no thickness). */
    public double micrometresPerPixel() {
        return micrometresPerPixel;
    }

    /** Sum of layer thicknesses in micrometres. */
    public double totalMicrometres() {
        return totalMicrometres;
    }

    /** A round scale-bar length (1, 2 or 5 × 10^n µm) close to a quarter of the stack. */
    public double scaleBarMicrometres() {
        if (totalMicrometres <= 0) {
            return 0;
        }
        double target = totalMicrometres / 4;
        double p = Math.pow(10, Math.floor(Math.log10(target)));
        for (double m : new double[] { 5, 2, 1 }) {
            if (m * p <= target) {
                return m * p;
            }
        }
        return p;
    }
}
