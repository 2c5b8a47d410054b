package org.interphase.eis.api;

/**
 * Settings of the Tikhonov DRT.
 *
 * @param lambdaMethod    how lambda is chosen ({@link LambdaMethod#MANUAL} uses {@code lambda})
 * @param lambda          the regularisation parameter for MANUAL (dimensionless: the data misfit is
 *                        |Z|-weighted or normalised by the rms |Z|, gamma by the rms |Z|)
 * @param derivativeOrder order of the derivative penalised (1 or 2, DRTtools' choices)
 * @param fwhmCoefficient DRTtools' FWHM coefficient of the Gaussian RBFs (0.5: FWHM = 2 grid steps)
 * @param extendDecades   how far the tau grid extends beyond 1/omega_max .. 1/omega_min, in decades
 * @param inductance      fit a series inductance L &ge; 0
 * @param capacitance     fit a series capacitance (blocking electrodes)
 * @param weighting       {@link Weighting#MODULUS} (relative residuals, for spectra spanning decades of |Z|)
 *                        or {@link Weighting#UNIT} (DRTtools' default)
 * @param peakThreshold   peaks whose area is below this fraction of the local |Z| are not listed
 */
public record DrtOptions(LambdaMethod lambdaMethod, double lambda, int derivativeOrder, double fwhmCoefficient,
        double extendDecades, boolean inductance, boolean capacitance, Weighting weighting, double peakThreshold) {

    /** How the regularisation parameter is chosen. */
    public enum LambdaMethod {
        /**
         * Generalised cross-validation (Golub, Heath and Wahba, Technometrics 21 (1979) 215), applied to the DRT
         * by Saccoccio et al., Electrochim. Acta 147 (2014) 470: minimise n ||r||^2 / (n - tr H)^2 of the
         * unconstrained ridge problem over lambda = 1e-10 .. 1.
         */
        GCV,
        /**
         * The discrepancy principle (Morozov 1966) against the attainable misfit: the largest lambda whose
         * residual norm is at most twice the smallest over lambda = 1e-10 .. 1 (the default).
         */
        DISCREPANCY,
        /** The corner (largest curvature) of the L-curve (Hansen, SIAM Review 34 (1992) 561). */
        L_CURVE,
        /** The user's lambda. */
        MANUAL
    }

    public DrtOptions {
        if (derivativeOrder != 1 && derivativeOrder != 2) {
            throw new IllegalArgumentException("derivative order must be 1 or 2");
        }
        if (lambdaMethod == LambdaMethod.MANUAL && !(lambda > 0)) {
            throw new IllegalArgumentException("MANUAL needs lambda > 0");
        }
        if (weighting == Weighting.PROPORTIONAL) {
            throw new IllegalArgumentException("DRT supports UNIT or MODULUS weighting");
        }
        if (!(fwhmCoefficient > 0) || extendDecades < 0) {
            throw new IllegalArgumentException("fwhmCoefficient must be > 0 and extendDecades >= 0");
        }
    }

    /**
     * Discrepancy-principle lambda, second derivative, FWHM coefficient 0.5, 0.5 decade extension, series L and
     * series C, modulus weighting (with the penalty relative to the local |Z|, see {@code DrtSolver}). The series
     * C (1/C &ge; 0, so it vanishes when the data do not need it) takes a blocking electrode's or a diffusion
     * tail's low-frequency capacitive rise, which gamma could only mimic by a comb of peaks up to the grid edge.
     */
    public static DrtOptions defaults() {
        return new DrtOptions(LambdaMethod.DISCREPANCY, Double.NaN, 2, 0.5, 0.5, true, true, Weighting.MODULUS, 0.01);
    }

    /** Manual lambda. */
    public DrtOptions withLambda(double value) {
        return new DrtOptions(LambdaMethod.MANUAL, value, derivativeOrder, fwhmCoefficient, extendDecades, inductance,
                capacitance, weighting, peakThreshold);
    }

    public DrtOptions withLambdaMethod(LambdaMethod m) {
        return new DrtOptions(m, lambda, derivativeOrder, fwhmCoefficient, extendDecades, inductance, capacitance,
                weighting, peakThreshold);
    }

    public DrtOptions withSeries(boolean l, boolean c) {
        return new DrtOptions(lambdaMethod, lambda, derivativeOrder, fwhmCoefficient, extendDecades, l, c, weighting,
                peakThreshold);
    }

    public DrtOptions withDerivativeOrder(int order) {
        return new DrtOptions(lambdaMethod, lambda, order, fwhmCoefficient, extendDecades, inductance, capacitance,
                weighting, peakThreshold);
    }

    public DrtOptions withWeighting(Weighting w) {
        return new DrtOptions(lambdaMethod, lambda, derivativeOrder, fwhmCoefficient, extendDecades, inductance,
                capacitance, w, peakThreshold);
    }
}
