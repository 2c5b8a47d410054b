package org.interphase.sims.ui.internal.compare;

import java.util.Arrays;

/**
 * A 1-pixel line rasteriser into an RGB buffer with a coverage mask, for thousands of overlaid lines where
 * stroking each one through the graphics library costs far too much. Segments are clipped to the buffer by
 * Liang-Barsky (Y.-D. Liang and B. A. Barsky, "A new concept and method for line clipping", ACM Trans.
 * Graph. 3 (1984) 1) and drawn by Bresenham's algorithm (J. E. Bresenham, IBM Syst. J. 4 (1965) 25).
 */
public final class LineRaster {

    private final int width;
    private final int height;
    private final int[] rgb;
    private final byte[] mask;

    public LineRaster(int width, int height) {
        this.width = width;
        this.height = height;
        this.rgb = new int[width * height];
        this.mask = new byte[width * height];
    }

    /** Width in pixels. */
    public int width() {
        return width;
    }

    /** Height in pixels. */
    public int height() {
        return height;
    }

    /** 0xRRGGBB per pixel, row by row. */
    public int[] rgb() {
        return rgb;
    }

    /** -1 (0xFF) where something was drawn, 0 elsewhere, row by row (an SWT alpha mask). */
    public byte[] mask() {
        return mask;
    }

    /** Clears to nothing drawn. */
    public void clear() {
        Arrays.fill(mask, (byte) 0);
    }

    /** Draws the segment (x0, y0)-(x1, y1) in {@code colour}; coordinates may lie outside the buffer. */
    public void segment(double x0, double y0, double x1, double y1, int colour) {
        if (x0 >= 0 && x0 < width && x1 >= 0 && x1 < width && y0 >= 0 && y0 < height && y1 >= 0 && y1 < height) {
            bresenham((int) (x0 + 0.5), (int) (y0 + 0.5), (int) (x1 + 0.5), (int) (y1 + 0.5), colour);
            return;
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] t = { 0, 1 };
        if (clip(-dx, x0, t) && clip(dx, width - 1 - x0, t) && clip(-dy, y0, t) && clip(dy, height - 1 - y0, t)) {
            bresenham((int) Math.round(x0 + t[0] * dx), (int) Math.round(y0 + t[0] * dy),
                    (int) Math.round(x0 + t[1] * dx), (int) Math.round(y0 + t[1] * dy), colour);
        }
    }

    /** One Liang-Barsky boundary test p t <= q; narrows [t0, t1]; false when the segment is outside. */
    private static boolean clip(double p, double q, double[] t) {
        if (p == 0) {
            return q >= 0;
        }
        double r = q / p;
        if (p < 0) {
            t[0] = Math.max(t[0], r);
        } else {
            t[1] = Math.min(t[1], r);
        }
        return t[0] <= t[1];
    }

    private void bresenham(int x0, int y0, int x1, int y1, int colour) {
        int dx = Math.abs(x1 - x0);
        int dy = -Math.abs(y1 - y0);
        int sx = x0 < x1 ? 1 : -1;
        int sy = y0 < y1 ? 1 : -1;
        int err = dx + dy;
        int x = x0;
        int y = y0;
        while (true) {
            if (x >= 0 && x < width && y >= 0 && y < height) {
                int k = y * width + x;
                rgb[k] = colour;
                mask[k] = (byte) 0xFF;
            }
            if (x == x1 && y == y1) {
                return;
            }
            int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                x += sx;
            }
            if (e2 <= dx) {
                err += dx;
                y += sy;
            }
        }
    }
}
