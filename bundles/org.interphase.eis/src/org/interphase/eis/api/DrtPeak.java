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
 */
public record DrtPeak(double tau, double frequencyHz, double resistance, double relative, double height, double tauLow,
        double tauHigh) {
}
