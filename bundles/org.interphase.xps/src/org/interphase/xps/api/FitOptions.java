package org.interphase.xps.api;

/**
 * Fit settings.
 *
 * @param weighting     how residuals are weighted
 * @param cpsFactor     counts = intensity / cpsFactor (1 for raw counts; {@link XpsRegionData#cpsFactor()}
 *                      when fitting CPS); used for Poisson weights and Monte Carlo re-noising
 * @param maxIterations Jacobian evaluations at most
 * @param tolerance     relative change of chi2 or of every parameter that ends the fit
 */
public record FitOptions(Weighting weighting, double cpsFactor, int maxIterations, double tolerance) {

    /** Residual weights. */
    public enum Weighting {
        /** Unit weights; covariance scaled by the reduced chi2. */
        NONE,
        /** 1 / variance with Poisson variance from the data counts (at least 1 count). */
        POISSON,
        /** Poisson variance from the fitted envelope (one re-weighted refit after a POISSON fit). */
        POISSON_MODEL
    }

    public FitOptions {
        if (!(cpsFactor > 0) || maxIterations < 1 || !(tolerance > 0)) {
            throw new IllegalArgumentException("bad fit options");
        }
    }

    /** Poisson weights, given the factor from counts to the fitted intensity. */
    public static FitOptions poisson(double cpsFactor) {
        return new FitOptions(Weighting.POISSON, cpsFactor, 200, 1e-10);
    }

    /** The same options with other weighting. */
    public FitOptions withWeighting(Weighting w) {
        return new FitOptions(w, cpsFactor, maxIterations, tolerance);
    }
}
