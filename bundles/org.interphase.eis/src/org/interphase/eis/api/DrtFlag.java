package org.interphase.eis.api;

/** Warnings of a DRT computation. */
public enum DrtFlag {
    /**
     * The data are more inductive (or contain negative-resistance arcs) than a non-negative DRT with a series
     * L can represent: some point's Z'' lies above the fit by more than 5 % of |Z|. Inductive loops and
     * negative DRT features are out of scope of this DRT; use a circuit with the matching elements.
     */
    INDUCTIVE_OR_NEGATIVE_FEATURES,
    /** The largest relative residual exceeds 5 %: the DRT does not describe the spectrum. */
    POOR_FIT,
    /** The automatic lambda is at an end of the searched range (1e-10 .. 1); typical of noise-free data. */
    LAMBDA_AT_RANGE_END,
    /** A listed peak lies at an end of the tau grid ({@link DrtPeak#atGridEdge()}). */
    PEAK_AT_GRID_EDGE
}
