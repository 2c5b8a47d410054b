package org.interphase.sims.api;

/**
 * A least-squares fit of one interface edge, {@code y = baseline + amplitude F(+/-(x - centre) / s)}.
 * Uncertainties are standard errors from the covariance (J^T W J)^-1, multiplied by sqrt(max(1, reduced
 * chi-square)) so that a model that does not describe the data is never reported as more precise than it is.
 *
 * @param model            the step shape
 * @param direction        rising or falling
 * @param centre           the 50 % position
 * @param centreError      its standard error
 * @param width            the 16-84 % width, {@code model.widthPerScale() * s}
 * @param widthError       its standard error
 * @param baseline         b
 * @param amplitude        A
 * @param reducedChiSquare chi-square per degree of freedom (weighted with 1/variance when variances are known)
 * @param points           points in the fit window
 * @param from             first x of the fit window
 * @param to               last x of the fit window
 */
public record EdgeFit(EdgeModel model, EdgeDirection direction, double centre, double centreError, double width,
        double widthError, double baseline, double amplitude, double reducedChiSquare, int points, double from,
        double to) {
}
