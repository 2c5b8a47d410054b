package org.interphase.xps.api;

/**
 * A fitted parameter.
 *
 * @param name    {@code peak.parameter}, e.g. {@code Li2S.position}, or {@code background.scale}
 * @param value   fitted value
 * @param error   standard error from the covariance matrix (propagated for linked parameters; 0 for fixed
 *                ones; NaN when undetermined or on a bound)
 * @param status  FREE, FIXED or LINKED
 * @param atBound whether a free parameter ended on a bound
 */
public record ParameterEstimate(String name, double value, double error, Status status, boolean atBound) {

    /** How the parameter was treated. */
    public enum Status {
        FREE, FIXED, LINKED
    }
}
