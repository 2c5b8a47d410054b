package org.interphase.tomo.ui.internal.render;

import org.eclipse.swt.graphics.RGB;

/**
 * Overlay colours of segmented phases (Okabe-Ito, colour-blind safe): phase 0 = voids (at or below the
 * lowest threshold) vermillion, then sky blue, yellow, bluish green.
 */
public final class PhaseColours {

    private static final RGB[] COLOURS = { new RGB(230, 60, 0), new RGB(86, 180, 233), new RGB(240, 228, 66),
            new RGB(0, 158, 115), new RGB(204, 121, 167) };

    /** Opacity of the overlay, 0..255. */
    public static final int ALPHA = 90;

    private PhaseColours() {
    }

    /** Colour of {@code phase}. */
    public static RGB of(int phase) {
        return COLOURS[Math.floorMod(phase, COLOURS.length)];
    }

    /** Name used in legends: "void (≤ t)" for phase 0, otherwise "phase p (&gt; t)". */
    public static String label(int phase, double[] thresholds) {
        if (phase == 0) {
            return "void (≤ " + Numbers.format(thresholds[0]) + ")";
        }
        return "phase " + phase + " (> " + Numbers.format(thresholds[phase - 1]) + ")";
    }
}
