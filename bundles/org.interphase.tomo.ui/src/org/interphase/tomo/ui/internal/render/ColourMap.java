package org.interphase.tomo.ui.internal.render;

import org.eclipse.swt.graphics.RGB;

/**
 * Colour maps for slices: 256-entry look-up tables from a display index (0 = window lower edge, 255 =
 * upper edge) to a colour.
 */
public enum ColourMap {
    /** Black to white. */
    GREY("Grey"),
    /** White to black (dense phases dark). */
    INVERTED("Inverted grey"),
    /**
     * Viridis, the perceptually uniform map of S. van der Walt and N. Smith (matplotlib 1.5, 2015; CC0):
     * piecewise-linear between its nine published sRGB stops at 0, 1/8, ..., 1 (within a few 1/255 of the
     * full 256-entry table), monotonic in lightness and readable with colour-vision deficiencies.
     */
    VIRIDIS("Viridis");

    /** Holder: enum constants are built before the enum's own static fields. */
    private static final class Stops {
        static final int[][] VIRIDIS = { { 68, 1, 84 }, { 71, 44, 122 }, { 59, 81, 139 }, { 44, 113, 142 },
            { 33, 144, 141 }, { 39, 173, 129 }, { 92, 200, 99 }, { 170, 220, 50 }, { 253, 231, 37 } };
    }

    private final String label;
    private final RGB[] lut;

    ColourMap(String label) {
        this.label = label;
        this.lut = new RGB[256];
        for (int i = 0; i < 256; i++) {
            lut[i] = colour(i);
        }
    }

    /** Name shown in the editor. */
    public String label() {
        return label;
    }

    /** The 256 colours (a copy). */
    public RGB[] lut() {
        return lut.clone();
    }

    /** Colour of display index {@code i} (0..255). */
    public RGB rgb(int i) {
        return lut[i];
    }

    private RGB colour(int i) {
        return switch (name()) {
            case "GREY" -> new RGB(i, i, i);
            case "INVERTED" -> new RGB(255 - i, 255 - i, 255 - i);
            default -> viridis(i / 255.0);
        };
    }

    private static RGB viridis(double t) {
        double pos = t * (Stops.VIRIDIS.length - 1);
        int k = Math.min((int) pos, Stops.VIRIDIS.length - 2);
        double f = pos - k;
        int[] a = Stops.VIRIDIS[k];
        int[] b = Stops.VIRIDIS[k + 1];
        return new RGB((int) Math.round(a[0] + f * (b[0] - a[0])), (int) Math.round(a[1] + f * (b[1] - a[1])),
                (int) Math.round(a[2] + f * (b[2] - a[2])));
    }

    /** The map whose {@link #label()} is {@code label}, GREY when none. */
    public static ColourMap byLabel(String label) {
        for (ColourMap m : values()) {
            if (m.label.equals(label)) {
                return m;
            }
        }
        return GREY;
    }
}
