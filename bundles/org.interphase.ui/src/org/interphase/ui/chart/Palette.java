package org.interphase.ui.chart;

import org.eclipse.swt.graphics.RGB;

/**
 * Series colours: the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies
 * (Okabe &amp; Ito 2008, "Color Universal Design").
 */
public final class Palette {

    private static final RGB[] COLOURS = { new RGB(0, 114, 178), new RGB(213, 94, 0), new RGB(0, 158, 115),
            new RGB(204, 121, 167), new RGB(230, 159, 0), new RGB(86, 180, 233), new RGB(240, 228, 66),
            new RGB(0, 0, 0) };

    private Palette() {
    }

    /** The i-th colour, cycling. */
    public static RGB colour(int i) {
        return COLOURS[Math.floorMod(i, COLOURS.length)];
    }

    /** Number of distinct colours before the palette repeats. */
    public static int size() {
        return COLOURS.length;
    }
}
