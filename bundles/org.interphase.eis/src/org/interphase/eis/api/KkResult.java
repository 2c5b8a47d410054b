package org.interphase.eis.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result of a linear Kramers-Kronig test. Residuals are relative to |Z| at every point (Schönleber
 * eqs. 15-16): dRe = (Z' - Z'_fit)/|Z|, dIm = (Z'' - Z''_fit)/|Z|; masked points have residuals too, but
 * do not enter the fit, pseudo-chi2 or verdict.
 *
 * @param method          how M was chosen
 * @param m               the chosen number of RC elements
 * @param mu              mu at M
 * @param pseudoChiSquare pseudo-chi2 at M (unmasked points)
 * @param frequencyHz     frequencies of all points
 * @param residualReal    dRe of every point
 * @param residualImag    dIm of every point
 * @param zFitReal        Z' of the KK model at every point
 * @param zFitImag        Z'' of the KK model at every point
 * @param masked          indices left out
 * @param maxResidual     largest |dRe|, |dIm| of the unmasked points
 * @param rmsResidual     root mean square of dRe and dIm over the unmasked points
 * @param threshold       the verdict threshold used
 * @param valid           maxResidual &lt;= threshold
 * @param verdict         the verdict in words, with the numbers
 * @param curve           mu, pseudo-chi2 and largest residual for M = 1 .. maxM
 * @param suggestions     the M every method would choose (for comparison)
 * @param seriesResistance fitted series resistance R0 (Ohm)
 * @param inductance      fitted series inductance (H; 0 when not fitted)
 * @param capacitance     fitted series capacitance (F; +Infinity when not fitted or negligible)
 * @param tau             the fixed time constants (s)
 * @param resistances     the fitted R_k (Ohm, may be negative)
 */
public record KkResult(KkMethod method, int m, double mu, double pseudoChiSquare, double[] frequencyHz,
        double[] residualReal, double[] residualImag, double[] zFitReal, double[] zFitImag, Set<Integer> masked,
        double maxResidual, double rmsResidual, double threshold, boolean valid, String verdict, List<KkStep> curve,
        Map<KkMethod, Integer> suggestions, double seriesResistance, double inductance, double capacitance,
        double[] tau, double[] resistances) {

    public KkResult {
        frequencyHz = frequencyHz.clone();
        residualReal = residualReal.clone();
        residualImag = residualImag.clone();
        zFitReal = zFitReal.clone();
        zFitImag = zFitImag.clone();
        masked = Set.copyOf(masked);
        curve = List.copyOf(curve);
        suggestions = Map.copyOf(suggestions);
        tau = tau.clone();
        resistances = resistances.clone();
    }

    @Override
    public double[] frequencyHz() {
        return frequencyHz.clone();
    }

    @Override
    public double[] residualReal() {
        return residualReal.clone();
    }

    @Override
    public double[] residualImag() {
        return residualImag.clone();
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
    public double[] tau() {
        return tau.clone();
    }

    @Override
    public double[] resistances() {
        return resistances.clone();
    }
}
