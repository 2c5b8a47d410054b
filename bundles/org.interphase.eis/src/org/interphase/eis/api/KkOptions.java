package org.interphase.eis.api;

import java.util.Set;
import java.util.TreeSet;

/**
 * Settings of the linear Kramers-Kronig test.
 *
 * @param method          how M is chosen
 * @param fixedM          M for {@link KkMethod#FIXED} (ignored otherwise)
 * @param muCriterion     the criterion c of {@link KkMethod#MU} (Schönleber: 0.85)
 * @param threshold       verdict threshold on the largest |residual| of the unmasked points, relative to |Z|
 *                        (0.01 = 1 %)
 * @param inductance      fit a series inductance
 * @param capacitance     fit a series capacitance (needed for blocking electrodes)
 * @param masked          indices of points excluded from the fit and the verdict (their residuals are still
 *                        reported)
 * @param maxM            largest M tried; 0 = automatic (number of unmasked points, at most 100)
 * @param plateauDecades  tolerance of {@link KkMethod#PSEUDO_CHI2_PLATEAU} in decades of pseudo-chi2
 */
public record KkOptions(KkMethod method, int fixedM, double muCriterion, double threshold, boolean inductance,
        boolean capacitance, Set<Integer> masked, int maxM, double plateauDecades) {

    public KkOptions {
        if (method == KkMethod.FIXED && fixedM < 1) {
            throw new IllegalArgumentException("FIXED needs fixedM >= 1");
        }
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("threshold must be positive");
        }
        masked = Set.copyOf(new TreeSet<>(masked));
    }

    /** Plateau choice, 1 % threshold, series L and C, nothing masked. */
    public static KkOptions defaults() {
        return new KkOptions(KkMethod.PSEUDO_CHI2_PLATEAU, 0, 0.85, 0.01, true, true, Set.of(), 0, 0.3);
    }

    public KkOptions withMethod(KkMethod m) {
        return new KkOptions(m, fixedM, muCriterion, threshold, inductance, capacitance, masked, maxM,
                plateauDecades);
    }

    /** Fixed M. */
    public KkOptions withFixedM(int m) {
        return new KkOptions(KkMethod.FIXED, m, muCriterion, threshold, inductance, capacitance, masked, maxM,
                plateauDecades);
    }

    public KkOptions withMuCriterion(double c) {
        return new KkOptions(method, fixedM, c, threshold, inductance, capacitance, masked, maxM, plateauDecades);
    }

    public KkOptions withThreshold(double t) {
        return new KkOptions(method, fixedM, muCriterion, t, inductance, capacitance, masked, maxM, plateauDecades);
    }

    public KkOptions withMasked(Set<Integer> indices) {
        return new KkOptions(method, fixedM, muCriterion, threshold, inductance, capacitance, indices, maxM,
                plateauDecades);
    }

    public KkOptions withSeries(boolean l, boolean c) {
        return new KkOptions(method, fixedM, muCriterion, threshold, l, c, masked, maxM, plateauDecades);
    }
}
