package org.interphase.xps.api;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link PeakFitter#fit}: parameters and components with covariance errors, curves on the
 * fitted grid, and goodness of fit. Arrays are not copied: treat them as read-only.
 *
 * @param model        the model with fitted values as start values (for refits and Monte Carlo)
 * @param options      the options used
 * @param parameters   every parameter (free, fixed, linked)
 * @param components   one per peak
 * @param x            binding energies
 * @param y            data
 * @param weights      residual weights used
 * @param background   background curve
 * @param envelope     background + peaks
 * @param curves       one curve per peak (both lines of a doublet together), without background
 * @param chi2         weighted sum of squared residuals
 * @param dof          points - free parameters
 * @param iterations   Jacobian evaluations
 * @param converged    whether the tolerance was met
 * @param freeNames    names of the free parameters, in covariance order
 * @param covariance   covariance of the free parameters (NaN rows for parameters on a bound), scaled
 * @param covarianceScale the factor the covariance was multiplied by ({@link FitOptions#covarianceScale}: the
 *                     reduced chi2 when it exceeded 1 under Poisson weights); errors scale with its square root
 */
public record FitResult(PeakModel model, FitOptions options, List<ParameterEstimate> parameters,
        List<ComponentResult> components, double[] x, double[] y, double[] weights, double[] background,
        double[] envelope, List<double[]> curves, double chi2, int dof, int iterations, boolean converged,
        List<String> freeNames, double[][] covariance, double covarianceScale) {

    public FitResult {
        parameters = List.copyOf(parameters);
        components = List.copyOf(components);
        curves = List.copyOf(curves);
        freeNames = List.copyOf(freeNames);
    }

    /** A result whose covariance was not scaled. */
    public FitResult(PeakModel model, FitOptions options, List<ParameterEstimate> parameters,
            List<ComponentResult> components, double[] x, double[] y, double[] weights, double[] background,
            double[] envelope, List<double[]> curves, double chi2, int dof, int iterations, boolean converged,
            List<String> freeNames, double[][] covariance) {
        this(model, options, parameters, components, x, y, weights, background, envelope, curves, chi2, dof,
                iterations, converged, freeNames, covariance, 1);
    }

    /** The factor standard errors were multiplied by: sqrt({@link #covarianceScale()}). */
    public double errorScale() {
        return Math.sqrt(covarianceScale);
    }

    /** A sentence saying how the errors were scaled. */
    public String errorScaling() {
        if (covarianceScale == 1) {
            return options.weighting() == FitOptions.Weighting.NONE ? "errors from unit weights, scaled by chi2_r = 1"
                    : "errors from the Poisson variances, not scaled (reduced chi2 "
                            + String.format(java.util.Locale.ROOT, "%.3g", reducedChi2()) + ")";
        }
        return String.format(java.util.Locale.ROOT, "errors scaled by sqrt(reduced chi2) = %.3g (covariance x %.3g, as "
                + "lmfit's scale_covar); divide by it for the errors from the %s alone", errorScale(), covarianceScale,
                options.weighting() == FitOptions.Weighting.NONE ? "unit weights" : "Poisson variances");
    }

    /** chi2 / dof (NaN when dof &lt;= 0). */
    public double reducedChi2() {
        return dof > 0 ? chi2 / dof : Double.NaN;
    }

    /** y - envelope. */
    public double[] residuals() {
        double[] r = new double[y.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = y[i] - envelope[i];
        }
        return r;
    }

    /**
     * Whether the background rises above the data ({@link BackgroundCheck}): the weighting's counts factor, the
     * model's end-point averaging width, and the Shirley end-level test for Shirley backgrounds.
     */
    public BackgroundCheck backgroundCheck() {
        BackgroundSpec b = model.background();
        return BackgroundCheck.of(x, y, background, b.halfWidth(x), options.cpsFactor(),
                b.kind() == BackgroundSpec.Kind.SHIRLEY);
    }

    /** The parameter with that name ({@code peak.parameter}; {@code area}/{@code height} alias {@code amount}). */
    public Optional<ParameterEstimate> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The component with that name. */
    public Optional<ComponentResult> component(String name) {
        return components.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
