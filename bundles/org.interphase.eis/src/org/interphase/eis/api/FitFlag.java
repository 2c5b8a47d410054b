package org.interphase.eis.api;

/** Warnings a fit raises instead of failing silently; on a parameter or on the whole result. */
public enum FitFlag {
    /** The parameter (or, on the result, every free parameter) is still at its start value. */
    DID_NOT_MOVE,
    /** The parameter ended on a bound (its uncertainty is not estimated). */
    AT_BOUND,
    /** The data do not determine the parameter: singular curvature or relative standard error above 100 %. */
    NON_IDENTIFIABLE,
    /** The parameter was fixed by the user. */
    FIXED,
    /** The fit from the user's start ended in a worse minimum than a fit from another start (reported). */
    BETTER_MINIMUM_FROM_OTHER_START,
    /** The optimizer stopped at its iteration limit. */
    NOT_CONVERGED,
    /** The parameter is linked to another one (takes its value and uncertainty). */
    LINKED,
    /** The fit was cancelled by its monitor; the values are where it stopped, not an optimum. */
    CANCELLED,
    /**
     * Interchangeable blocks (e.g. {@code p(R,CPE)} in series) were relabelled into the series' canonical
     * order, smallest relaxation time first ({@link SeriesResult#ordering()}); not a warning.
     */
    REORDERED
}
