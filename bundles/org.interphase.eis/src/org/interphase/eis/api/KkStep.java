package org.interphase.eis.api;

/**
 * One point of the lin-KK curve over M, for plotting.
 *
 * @param m               number of RC elements
 * @param mu              Schönleber's mu
 * @param pseudoChiSquare Boukamp's pseudo-chi2 of the unmasked points
 * @param maxResidual     largest |residual| (relative to |Z|) of the unmasked points
 */
public record KkStep(int m, double mu, double pseudoChiSquare, double maxResidual) {
}
