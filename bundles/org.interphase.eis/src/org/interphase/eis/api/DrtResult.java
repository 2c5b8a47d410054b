package org.interphase.eis.api;

import java.util.List;
import java.util.Set;

/**
 * A regularised distribution of relaxation times: Z(omega) = R_inf + j omega L + 1/(j omega C)
 * + int gamma(ln tau) / (1 + j omega tau) d ln tau with gamma &ge; 0.
 *
 * @param tau             fine tau grid (s) on which gamma is given, ascending
 * @param gamma           gamma (Ohm per unit ln tau) on that grid
 * @param lambda          the regularisation parameter used
 * @param lambdaMethod    how it was chosen
 * @param lambdas         the lambdas scanned (empty for MANUAL)
 * @param criterion       GCV score or L-curve curvature for each scanned lambda
 * @param rInf            high-frequency resistance R_inf (Ohm)
 * @param inductance      series L (H, 0 when not fitted)
 * @param capacitance     series C (F, +Infinity when not fitted or zero)
 * @param polarisation    total area of gamma (Ohm)
 * @param peaks           peaks, ascending tau
 * @param frequencyHz     data frequencies
 * @param zFitReal        Z' of the DRT model at the data frequencies
 * @param zFitImag        Z'' of the DRT model
 * @param residualReal    (Z' - Z'_fit)/|Z|
 * @param residualImag    (Z'' - Z''_fit)/|Z|
 * @param maxResidual     largest |residual|
 * @param pseudoChiSquare Boukamp pseudo-chi2 of the DRT model
 * @param flags           warnings
 */
public record DrtResult(double[] tau, double[] gamma, double lambda, DrtOptions.LambdaMethod lambdaMethod,
        double[] lambdas, double[] criterion, double rInf, double inductance, double capacitance, double polarisation,
        List<DrtPeak> peaks, double[] frequencyHz, double[] zFitReal, double[] zFitImag, double[] residualReal,
        double[] residualImag, double maxResidual, double pseudoChiSquare, Set<DrtFlag> flags) {

    public DrtResult {
        tau = tau.clone();
        gamma = gamma.clone();
        lambdas = lambdas.clone();
        criterion = criterion.clone();
        peaks = List.copyOf(peaks);
        frequencyHz = frequencyHz.clone();
        zFitReal = zFitReal.clone();
        zFitImag = zFitImag.clone();
        residualReal = residualReal.clone();
        residualImag = residualImag.clone();
        flags = Set.copyOf(flags);
    }

    @Override
    public double[] tau() {
        return tau.clone();
    }

    @Override
    public double[] gamma() {
        return gamma.clone();
    }

    @Override
    public double[] lambdas() {
        return lambdas.clone();
    }

    @Override
    public double[] criterion() {
        return criterion.clone();
    }

    @Override
    public double[] frequencyHz() {
        return frequencyHz.clone();
    }

    @Override
    public double[] zFitReal() {
        return zFitReal.clone();
    }

    @Override
    public double[] zFitImag() {
        return zFitImag.clone();
    }

    @Override
    public double[] residualReal() {
        return residualReal.clone();
    }

    @Override
    public double[] residualImag() {
        return residualImag.clone();
    }

    /** Whether the result carries {@code flag}. */
    public boolean has(DrtFlag flag) {
        return flags.contains(flag);
    }
}
