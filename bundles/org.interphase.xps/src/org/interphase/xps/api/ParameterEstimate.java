package org.interphase.xps.api;

/**
 * A fitted parameter.
 *
 * @param name    {@code peak.parameter}, e.g. {@code Li2S.position}, or {@code background.scale}
 * @param value   fitted value
 * @param error   standard error from the covariance matrix (propagated for linked parameters; 0 for fixed
 *                ones; NaN, never 0, when undetermined or on a bound: the curvature at a bound says nothing about
 *                the uncertainty, which is one-sided there)
 * @param status  FREE, FIXED or LINKED
 * @param atBound whether a free parameter ended on (within 1e-6 of the range of) a bound, or a linked one
 *                depends on such a parameter
 * @param min     lower bound of the model (-infinity when none)
 * @param max     upper bound of the model (+infinity when none)
 */
public record ParameterEstimate(String name, double value, double error, Status status, boolean atBound, double min,
        double max) {

    /** An estimate without bounds information. */
    public ParameterEstimate(String name, double value, double error, Status status, boolean atBound) {
        this(name, value, error, status, atBound, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** A one-line flag for a parameter at a bound ({@code null} when it is not). */
    public String flag() {
        if (!atBound) {
            return null;
        }
        if (status == Status.LINKED) {
            return "follows a parameter at its bound: standard error undefined";
        }
        String which = Math.abs(value - min) <= Math.abs(max - value) ? "lower bound " + min : "upper bound " + max;
        return "at its " + which + ": standard error undefined; widen the bound, hold the parameter, or use Monte Carlo";
    }

    /** How the parameter was treated. */
    public enum Status {
        FREE, FIXED, LINKED
    }
}
