package org.interphase.sims.ui.internal;

/** Which estimate of an interface the editor reports. */
public enum EdgeMethod {
    /** ISO 14606 style: linear interpolation between neighbouring points. */
    INTERPOLATION("interpolation"),
    /** Least-squares error-function step (Hofmann's MRI picture). */
    ERF_FIT("erf fit");

    private final String label;

    EdgeMethod(String label) {
        this.label = label;
    }

    /** Name shown in the editor. */
    public String label() {
        return label;
    }
}
