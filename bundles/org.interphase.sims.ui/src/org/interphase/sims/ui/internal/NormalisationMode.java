package org.interphase.sims.ui.internal;

/** How plotted and analysed signals are normalised. */
public enum NormalisationMode {
    /** Counts as exported. */
    RAW("raw counts", "Intensity / counts"),
    /** Divided point by point by the total ion count. */
    TOTAL("total ion", "Intensity / total ion (ratio)"),
    /** Divided point by point by a chosen matrix ion. */
    MATRIX("matrix ion", "Intensity / matrix ion (ratio)"),
    /** Scaled so that the largest value is 1. */
    MAX("max = 1", "Normalised intensity / max (1)"),
    /** Scaled so that the mean over a time window is 1. */
    PLATEAU("plateau = 1", "Normalised intensity / plateau (1)"),
    /** Divided by the primary-ion dose per cycle ({@link org.interphase.sims.api.PrimaryDose}). */
    DOSE("primary-ion dose", "Intensity / (counts/primary ion)");

    private final String label;
    private final String axisTitle;

    NormalisationMode(String label, String axisTitle) {
        this.label = label;
        this.axisTitle = axisTitle;
    }

    /** Name shown in the editor. */
    public String label() {
        return label;
    }

    /** Y-axis title with its unit. */
    public String axisTitle() {
        return axisTitle;
    }
}
