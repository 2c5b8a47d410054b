package org.interphase.sims.ui.internal.compare;

import java.util.List;

import org.interphase.sims.api.Alignment;

/**
 * What the compare tab shows.
 *
 * @param signals   the signals to overlay (mean, difference and ratio use the first)
 * @param alignment the common x axis
 * @param mode      overlay, replicate mean +/- SD, difference or ratio of the first two profiles
 * @param trendUnit unit of the thickness trend ("nm" or "s")
 */
public record CompareSettings(List<String> signals, Alignment alignment, Mode mode, String trendUnit) {

    /** What is drawn. */
    public enum Mode {
        /** Every signal of every profile. */
        OVERLAY("Overlay"),
        /** Mean +/- sample SD of the profiles (first signal) on a common grid. */
        MEAN_SD("Mean \u00b1 SD"),
        /** First profile minus second (first signal). */
        DIFFERENCE("Difference (1st \u2212 2nd)"),
        /** First profile divided by second (first signal). */
        RATIO("Ratio (1st / 2nd)");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        /** Name shown in the combo. */
        public String label() {
            return label;
        }
    }

    public CompareSettings {
        signals = List.copyOf(signals);
    }
}
