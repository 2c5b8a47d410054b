package org.interphase.sims.ui.internal;

/** How the signal picker groups signals. */
public enum Grouping {
    /** Ion, sum, ratio, total. */
    KIND("kind"),
    /** Positive, negative. */
    POLARITY("polarity"),
    /** The signal's characteristic element (heaviest element other than C, H, N, O). */
    ELEMENT("element");

    private final String label;

    Grouping(String label) {
        this.label = label;
    }

    /** Name shown in the editor. */
    public String label() {
        return label;
    }
}
