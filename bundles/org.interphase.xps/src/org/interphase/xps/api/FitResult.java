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
 * @param covariance   covariance of the free parameters (NaN rows for parameters on a bound)
 */
public record FitResult(PeakModel model, FitOptions options, List<ParameterEstimate> parameters,
        List<ComponentResult> components, double[] x, double[] y, double[] weights, double[] background,
        double[] envelope, List<double[]> curves, double chi2, int dof, int iterations, boolean converged,
        List<String> freeNames, double[][] covariance) {

    public FitResult {
        parameters = List.copyOf(parameters);
        components = List.copyOf(components);
        curves = List.copyOf(curves);
        freeNames = List.copyOf(freeNames);
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
