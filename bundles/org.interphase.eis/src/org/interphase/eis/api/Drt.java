package org.interphase.eis.api;

import org.interphase.eis.internal.drt.CircuitSeeder;
import org.interphase.eis.internal.drt.DrtSolver;

/**
 * Distribution of relaxation times by Tikhonov regularisation with non-negativity, discretised with Gaussian
 * RBFs as in DRTtools (T. H. Wan, M. Saccoccio, C. Chen, F. Ciucci, Electrochim. Acta 184 (2015) 483), with
 * lambda chosen by generalised cross-validation (M. Saccoccio et al., Electrochim. Acta 147 (2014) 470) or the
 * L-curve, or given by the user, and NNLS (Lawson-Hanson) for gamma &ge; 0.
 * <p>
 * Scope: gamma &ge; 0 plus R_inf, a series inductance and optionally a series capacitance. Inductive loops and
 * negative-resistance features are out of scope; when the residuals show them the result carries
 * {@link DrtFlag#INDUCTIVE_OR_NEGATIVE_FEATURES}.
 */
public final class Drt {

    private Drt() {
    }

    /** The DRT of {@code data}. */
    public static DrtResult compute(ImpedanceData data, DrtOptions options) {
        return DrtSolver.solve(data, options);
    }

    /** The DRT with {@link DrtOptions#defaults()}. */
    public static DrtResult compute(ImpedanceData data) {
        return DrtSolver.solve(data, DrtOptions.defaults());
    }

    /** A circuit R0-p(R1,CPE1)-... seeded from the {@code maxPeaks} largest peaks. */
    public static SeededCircuit seed(DrtResult drt, int maxPeaks) {
        return CircuitSeeder.seed(drt, maxPeaks);
    }

    /** The seeded circuit fitted to {@code data} by the CNLS fitter, starting from the DRT values. */
    public static FitResult fitSeeded(ImpedanceData data, SeededCircuit seed, FitOptions options) {
        return CnlsFitter.fit(seed.parsed(), data, seed.initial(), options);
    }
}
