package org.interphase.xps.api;

/**
 * Fit settings.
 *
 * @param weighting     how residuals are weighted
 * @param cpsFactor     counts = intensity / cpsFactor (1 for raw counts; {@link XpsRegionData#cpsFactor()}
 *                      when fitting CPS); used for Poisson weights and Monte Carlo re-noising
 * @param maxIterations Jacobian evaluations at most
 * @param tolerance     relative change of chi2 or of every parameter that ends the fit
 * @param scaling       whether the covariance (and so every standard error) is scaled by the reduced chi2
 */
public record FitOptions(Weighting weighting, double cpsFactor, int maxIterations, double tolerance,
        ErrorScaling scaling) {

    /**
     * Scaling of the covariance by the reduced chi2. With weights 1 / variance the covariance (J^T W J)^-1 is
     * right only when the model describes the data to within their noise (chi2_r = 1). A reduced chi2 above 1
     * (model imperfect, extra noise) makes those errors too small by sqrt(chi2_r); lmfit scales the covariance by
     * chi2_r by default ({@code scale_covar=True}; M. Newville et al., LMFIT, doi:10.5281/zenodo.11813), as do
     * most least-squares codes (W. H. Press et al., Numerical Recipes, 3rd ed., 15.6).
     */
    public enum ErrorScaling {
        /** Poisson weights: scale by chi2_r when it exceeds 1 (the default); unit weights: always scale. */
        WHEN_ABOVE_ONE,
        /** Never scale: errors from the Poisson variances alone. */
        UNSCALED
    }

    /** Residual weights. */
    public enum Weighting {
        /** Unit weights; covariance always scaled by the reduced chi2. */
        NONE,
        /** 1 / variance with Poisson variance from the data counts (at least 1 count). */
        POISSON,
        /** Poisson variance from the fitted envelope (one re-weighted refit after a POISSON fit). */
        POISSON_MODEL
    }

    public FitOptions {
        if (!(cpsFactor > 0) || maxIterations < 1 || !(tolerance > 0) || scaling == null) {
            throw new IllegalArgumentException("bad fit options");
        }
    }

    /** Options that scale the covariance by chi2_r when it exceeds 1 ({@link ErrorScaling#WHEN_ABOVE_ONE}). */
    public FitOptions(Weighting weighting, double cpsFactor, int maxIterations, double tolerance) {
        this(weighting, cpsFactor, maxIterations, tolerance, ErrorScaling.WHEN_ABOVE_ONE);
    }

    /**
     * The factor the covariance is multiplied by for a fit with that reduced chi2: chi2_r for unit weights (their
     * scale is unknown); for Poisson weights chi2_r when above 1 and {@link ErrorScaling#WHEN_ABOVE_ONE}, else 1.
     */
    public double covarianceScale(double reducedChi2) {
        if (!(reducedChi2 > 0) || !Double.isFinite(reducedChi2)) {
            return 1;
        }
        if (weighting == Weighting.NONE) {
            return reducedChi2;
        }
        return scaling == ErrorScaling.WHEN_ABOVE_ONE && reducedChi2 > 1 ? reducedChi2 : 1;
    }

    /** The same options with another error scaling. */
    public FitOptions withScaling(ErrorScaling s) {
        return new FitOptions(weighting, cpsFactor, maxIterations, tolerance, s);
    }

    /** Poisson weights, given the factor from counts to the fitted intensity. */
    public static FitOptions poisson(double cpsFactor) {
        return new FitOptions(Weighting.POISSON, cpsFactor, 200, 1e-10);
    }

    /** The same options with other weighting. */
    public FitOptions withWeighting(Weighting w) {
        return new FitOptions(w, cpsFactor, maxIterations, tolerance, scaling);
    }
}
