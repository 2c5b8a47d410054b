package org.interphase.tomo.ui.internal.view;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.interphase.tomo.api.Roi;

/** Draws a region of interest on a slice view: circles and rectangles as shapes, masks as edge voxels. */
final class RoiOutline {

    private RoiOutline() {
    }

    /** Indices of mask voxels that have a 4-neighbour outside the mask (or lie on the slice border). */
    static int[] edge(boolean[] inside, int nx, int ny) {
        int[] tmp = new int[inside.length];
        int n = 0;
        for (int y = 0; y < ny; y++) {
            for (int x = 0; x < nx; x++) {
                int i = y * nx + x;
                if (inside[i] && (x == 0 || y == 0 || x == nx - 1 || y == ny - 1 || !inside[i - 1] || !inside[i + 1]
                        || !inside[i - nx] || !inside[i + nx])) {
                    tmp[n++] = i;
                }
            }
        }
        return java.util.Arrays.copyOf(tmp, n);
    }

    static void draw(GC gc, Roi roi, int[] edge, double originX, double originY, double zoom, double aspect) {
        if (roi == null || roi instanceof Roi.Whole) {
            return;
        }
        gc.setForeground(new Color(0, 230, 255));
        gc.setBackground(new Color(0, 230, 255));
        gc.setLineWidth(2);
        switch (roi) {
            case Roi.Cylinder c -> {
                double r = c.radius() + 0.5;
                gc.drawOval((int) Math.round(originX + (c.centreX() + 0.5 - r) * zoom),
                        (int) Math.round(originY + (c.centreY() + 0.5 - r) * zoom * aspect), (int) Math.round(2 * r * zoom),
                        (int) Math.round(2 * r * zoom * aspect));
            }
            case Roi.Rectangle r -> gc.drawRectangle((int) Math.round(originX + r.x0() * zoom),
                    (int) Math.round(originY + r.y0() * zoom * aspect), (int) Math.round((r.x1() - r.x0()) * zoom),
                    (int) Math.round((r.y1() - r.y0()) * zoom * aspect));
            case Roi.Mask m -> {
                if (edge != null) {
                    int size = Math.max(1, (int) Math.round(zoom));
                    for (int i : edge) {
                        gc.fillRectangle((int) Math.round(originX + (i % m.sizeX()) * zoom),
                                (int) Math.round(originY + (i / m.sizeX()) * zoom * aspect), size, size);
                    }
                }
            }
            default -> {
            }
        }
        gc.setLineWidth(1);
    }
}
