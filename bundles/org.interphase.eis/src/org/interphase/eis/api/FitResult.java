package org.interphase.eis.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The result of a CNLS fit. Statistics use n = 2N real data values and k free (estimated) parameters.
 *
 * @param circuit              the circuit text
 * @param weighting            the weighting used
 * @param parameters           every parameter, in circuit order
 * @param chiSquare            weighted sum of squared residuals at the optimum
 * @param reducedChiSquare     chiSquare / (n - k)
 * @param pseudoChiSquare      Boukamp's sum |Z_fit - Z|^2 / |Z|^2 (independent of the weighting)
 * @param aic                  Akaike information criterion n ln(chi2/n) + 2k
 * @param bic                  Bayesian information criterion n ln(chi2/n) + k ln n
 * @param points               number of frequencies N
 * @param degreesOfFreedom     n - k
 * @param evaluations          model evaluations over all starts (each = all frequencies)
 * @param jacobianEvaluations  analytic Jacobian evaluations over all starts
 * @param iterations           LM iterations over all starts
 * @param starts               starts tried
 * @param bestStart            index of the start that gave the result (0 = the user's guess)
 * @param primaryChiSquare     chiSquare reached from the user's guess alone
 * @param covariance           covariance of the estimated parameters (rows/columns in circuit order, NaN
 *                             for fixed/at-bound parameters)
 * @param correlation          correlation matrix, same layout
 * @param flags                result-level warnings
 * @param converged            whether the optimizer met a convergence test
 * @param message              how the optimizer stopped
 * @param wallTimeNanos        wall time of the whole fit
 */
public record FitResult(String circuit, Weighting weighting, List<FittedParameter> parameters, double chiSquare,
        double reducedChiSquare, double pseudoChiSquare, double aic, double bic, int points, int degreesOfFreedom,
        int evaluations, int jacobianEvaluations, int iterations, int starts, int bestStart, double primaryChiSquare,
        double[][] covariance, double[][] correlation, Set<FitFlag> flags, boolean converged, String message,
        long wallTimeNanos) {

    public FitResult {
        parameters = List.copyOf(parameters);
        covariance = deepCopy(covariance);
        correlation = deepCopy(correlation);
        flags = Set.copyOf(flags);
    }

    @Override
    public double[][] covariance() {
        return deepCopy(covariance);
    }

    @Override
    public double[][] correlation() {
        return deepCopy(correlation);
    }

    /** The flags that warn about the fit (all but {@link FitFlag#REORDERED}, which only records relabelling). */
    public Set<FitFlag> warnings() {
        return flags.stream().filter(f -> f != FitFlag.REORDERED).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The fitted values in circuit order. */
    public double[] values() {
        return parameters.stream().mapToDouble(FittedParameter::value).toArray();
    }

    /** A parameter by name. */
    public Optional<FittedParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Whether the result carries {@code flag}. */
    public boolean has(FitFlag flag) {
        return flags.contains(flag);
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
