package org.interphase.xps.api;

/** What a peak's amount parameter means. */
public enum AmountKind {
    /** Integrated area (for a doublet: both lines together), intensity x eV. */
    AREA,
    /** Peak height (for a doublet: of the main line), intensity units. */
    HEIGHT
}
