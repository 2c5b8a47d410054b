package org.interphase.tomo.ui.internal.render;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

/**
 * Converts float slices to SWT images: an 8-bit indexed image through the window/level and the colour
 * map's palette, a phase overlay with per-pixel alpha, and a 24-bit composite of both for export.
 */
public final class SliceRenderer {

    private SliceRenderer() {
    }

    /** The slice ({@code rows x cols}, row-major) as an 8-bit image with {@code map} as palette. */
    public static ImageData grey(float[] values, int cols, int rows, WindowLevel window, ColourMap map) {
        check(values, cols, rows);
        return new ImageData(cols, rows, 8, new PaletteData(map.lut()), 1, window.indices(values));
    }

    /** Phase of {@code v} for ascending thresholds: the number of thresholds below it (NaN: phase 0). */
    public static int phase(float v, double[] thresholds) {
        int p = 0;
        while (p < thresholds.length && v > thresholds[p]) {
            p++;
        }
        return p;
    }

    /** Phase labels of every voxel. */
    public static byte[] phases(float[] values, double[] thresholds) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) phase(values[i], thresholds);
        }
        return out;
    }

    /**
     * Semi-transparent overlay of the phases: an 8-bit image whose palette holds the phase colours and
     * whose alpha is {@link PhaseColours#ALPHA} for shown phases and 0 for hidden ones.
     *
     * @param shown which phases to colour ({@code shown[p]}); phases past its end are hidden
     */
    public static ImageData overlay(float[] values, int cols, int rows, double[] thresholds, boolean[] shown) {
        check(values, cols, rows);
        RGB[] palette = new RGB[thresholds.length + 1];
        for (int p = 0; p < palette.length; p++) {
            palette[p] = PhaseColours.of(p);
        }
        byte[] phases = phases(values, thresholds);
        ImageData data = new ImageData(cols, rows, 8, new PaletteData(palette), 1, phases);
        byte[] alpha = new byte[phases.length];
        for (int i = 0; i < phases.length; i++) {
            int p = phases[i];
            alpha[i] = (byte) (p < shown.length && shown[p] ? PhaseColours.ALPHA : 0);
        }
        data.alphaData = alpha;
        return data;
    }

    /** A 24-bit RGB image of the slice with the overlay blended in (when {@code overlay} is not null). */
    public static ImageData composite(ImageData base, ImageData overlay) {
        int w = base.width;
        int h = base.height;
        PaletteData rgb = new PaletteData(0xFF0000, 0xFF00, 0xFF);
        ImageData out = new ImageData(w, h, 24, rgb);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                RGB c = base.palette.getRGB(base.getPixel(x, y));
                int r = c.red;
                int g = c.green;
                int b = c.blue;
                if (overlay != null) {
                    int a = overlay.getAlpha(x, y);
                    if (a > 0) {
                        RGB o = overlay.palette.getRGB(overlay.getPixel(x, y));
                        r = (r * (255 - a) + o.red * a) / 255;
                        g = (g * (255 - a) + o.green * a) / 255;
                        b = (b * (255 - a) + o.blue * a) / 255;
                    }
                }
                out.setPixel(x, y, r << 16 | g << 8 | b);
            }
        }
        return out;
    }

    private static void check(float[] values, int cols, int rows) {
        if (cols <= 0 || rows <= 0 || values.length < (long) cols * rows) {
            throw new IllegalArgumentException("slice of " + values.length + " values cannot fill " + cols + " x " + rows);
        }
    }
}
