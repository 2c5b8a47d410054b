package org.interphase.report.api;

import static org.interphase.report.api.Html.esc;
import static org.interphase.report.api.Html.num;

import java.util.List;
import java.util.Locale;

import org.interphase.model.Cell;
import org.interphase.model.Interface;
import org.interphase.model.Layer;
import org.interphase.model.MaterialClass;

/**
 * The layer stack as SVG: bottom layer at the bottom, heights proportional to thickness with a floor that keeps
 * every label readable, layer names with thickness on the right, interfaces as orange lines with their full
 * names on the left (the drawing is as wide as its longest label, so nothing is cut).
 */
final class ReportStack {

    private static final int MIN_LAYER = 26;
    private static final int HEIGHT = 300;
    private static final int BAR = 120;
    private static final int FONT = 12;

    private ReportStack() {
    }

    /** The stack of {@code cell}; empty text when it has no layers. */
    static String svg(Cell cell) {
        List<Layer> layers = cell.getLayers();
        if (layers.isEmpty()) {
            return "";
        }
        double total = layers.stream().mapToDouble(l -> Math.max(0, l.getThicknessUm())).sum();
        double[] heights = new double[layers.size()];
        double sum = 0;
        for (int k = 0; k < layers.size(); k++) {
            double share = total > 0 ? Math.max(0, layers.get(k).getThicknessUm()) / total : 1.0 / layers.size();
            heights[k] = Math.max(MIN_LAYER, share * HEIGHT);
            sum += heights[k];
        }
        double left = 12;
        for (Interface i : cell.getInterfaces()) {
            left = Math.max(left, ReportCharts.textWidth(i.getName(), FONT) + 22);
        }
        double labels = 0;
        for (Layer l : layers) {
            labels = Math.max(labels, ReportCharts.textWidth(label(l), FONT));
        }
        int width = (int) Math.ceil(left + BAR + 12 + labels + 8);
        int height = (int) Math.ceil(sum + 20);
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
                + "height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" class=\"stack-drawing\"><title>Layer stack</title>\n",
                width, height, width, height));
        double y = sum + 10;
        StringBuilder lines = new StringBuilder();
        for (int k = 0; k < layers.size(); k++) {
            Layer l = layers.get(k);
            y -= heights[k];
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\" stroke=\"#555\"/>"
                    + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\">%s</text>\n", left, y, BAR, heights[k], fill(l),
                    left + BAR + 12, y + heights[k] / 2 + 4, FONT, esc(label(l))));
            for (Interface i : cell.getInterfaces()) {
                if (i.getLower() == l) {
                    lines.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#e07000\" "
                            + "stroke-width=\"3\"/><text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" fill=\"#a04800\" text-anchor=\"end\">%s</text>\n",
                            left - 8, left + BAR + 6, y, y, left - 12, y + 4, FONT, esc(i.getName())));
                }
            }
        }
        return s.append(lines).append("</svg>\n").toString();
    }

    /** "Li6PS5Cl separator — 500 µm". */
    static String label(Layer l) {
        return l.getName() + (l.getThicknessUm() > 0 ? " — " + num(l.getThicknessUm()) + " µm" : "");
    }

    private static String fill(Layer l) {
        MaterialClass c = l.getMaterial() == null ? MaterialClass.OTHER : l.getMaterial().getMaterialClass();
        return switch (c) {
            case METAL, ALLOY -> "#bec3c8";
            case SULFIDE -> "#f5de78";
            case OXIDE -> "#a0c8eb";
            case HALIDE -> "#afe1af";
            case POLYMER -> "#e6bee6";
            case LAYERED_OXIDE -> "#8d96a8";
            default -> "#d7d7d7";
        };
    }
}
