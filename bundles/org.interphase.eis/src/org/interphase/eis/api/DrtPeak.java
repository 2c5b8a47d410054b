package org.interphase.eis.api;

/**
 * A peak of the DRT.
 *
 * @param tau         relaxation time at the maximum (s)
 * @param frequencyHz characteristic frequency 1/(2 pi tau)
 * @param resistance  area under the peak between its neighbouring minima, in Ohm
 * @param relative    resistance / |Z| at the data frequency closest to the peak (its visibility in the
 *                    spectrum; used to rank peaks)
 * @param height      gamma at the maximum (Ohm per unit ln tau)
 * @param tauLow      lower end of the integration range (s)
 * @param tauHigh     upper end of the integration range (s)
 * @param atGridEdge  the maximum lies within a quarter decade of an end of the tau grid: the grid cuts the
 *                    peak, so its tau and resistance are not reliable (often a tail of a process outside the
 *                    measured range, e.g. a blocking electrode's CPE)
 * @param merged      how many maxima of gamma this peak stands for (more than 1 when neighbouring maxima
 *                    were not resolved, see {@code Drt})
 */
public record DrtPeak(double tau, double frequencyHz, double resistance, double relative, double height, double tauLow,
        double tauHigh, boolean atGridEdge, int merged) {

    /** A peak of one maximum, not at the grid edge. */
    public DrtPeak(double tau, double frequencyHz, double resistance, double relative, double height, double tauLow,
            double tauHigh) {
        this(tau, frequencyHz, resistance, relative, height, tauLow, tauHigh, false, 1);
    }
}
