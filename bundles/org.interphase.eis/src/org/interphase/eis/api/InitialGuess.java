package org.interphase.eis.api;

import org.interphase.eis.internal.fit.Guesser;

/**
 * Data-driven start values, so that a user can fit with no guesses: the high-frequency intercept for a
 * series resistor, arcs found from the peaks of -Z'' (R = 2 max(-Z''), tau = 1/(2 pi f_peak)) for the
 * parallel groups from high to low frequency, the low-frequency slope of log|Z''| vs log f for CPE and
 * Warburg exponents/magnitudes, and the inductive part for inductors.
 */
public final class InitialGuess {

    private InitialGuess() {
    }

    /** Start values for every parameter of {@code circuit}, in circuit order. */
    public static double[] of(Circuit circuit, ImpedanceData data) {
        return Guesser.guess(circuit, data);
    }
}
