package org.interphase.ui.layout;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;

/**
 * Turns a sash that stacks a plot above a table into a side-by-side one when the editor area is short (the
 * product's at a 1366 × 768 screen is about 1150 × 320 px), so the plot keeps the full height and the table its
 * rows; back to stacked when the area grows. Weights are set only when the orientation changes, so a sash the
 * user dragged stays where it is.
 */
public final class ShortAreaSash {

    /** Below this height (px) of the sash's parent an area counts as short. */
    public static final int SHORT = 400;

    private ShortAreaSash() {
    }

    /**
     * Watches {@code sash}: stacked ({@code stacked} orientation, {@code tallWeights}) when its parent is at least
     * {@link #SHORT} px high, the other orientation with {@code shortWeights} when it is shorter.
     */
    public static void install(SashForm sash, int stacked, int[] tallWeights, int[] shortWeights) {
        int other = stacked == SWT.VERTICAL ? SWT.HORIZONTAL : SWT.VERTICAL;
        sash.getParent().addListener(SWT.Resize, e -> {
            int h = sash.getParent().getClientArea().height;
            if (h <= 0) {
                return;
            }
            int wanted = h < SHORT ? other : stacked;
            if (sash.getOrientation() != wanted) {
                sash.setOrientation(wanted);
                sash.setWeights(wanted == stacked ? tallWeights : shortWeights);
                sash.getParent().layout(true, true);
            }
        });
    }

    /** Whether {@code sash} is laid out for a short area (its orientation differs from {@code stacked}). */
    public static boolean isShort(SashForm sash, int stacked) {
        return sash.getOrientation() != stacked;
    }
}
