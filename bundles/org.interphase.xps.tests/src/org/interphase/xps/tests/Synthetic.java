package org.interphase.xps.tests;

import java.util.SplittableRandom;

import org.interphase.xps.api.LineShape;
import org.interphase.xps.internal.fit.PoissonSampler;

/**
 * Synthetic S 2p spectra: two GL(30) doublets (Li2S at 160.0 eV, PS4 at 161.7 eV; splitting 1.18 eV, ratio
 * 1/2) on a Shirley-consistent background b0 + k x (peak area below E), BE 168 -> 155 eV step 0.05 eV.
 */
final class Synthetic {

    static final LineShape GL30 = LineShape.parse("GL(30)");
    static final double POS_A = 160.0;
    static final double POS_B = 161.7;
    static final double FWHM_A = 0.9;
    static final double FWHM_B = 1.05;
    static final double AREA_A = 5000;
    static final double AREA_B = 12000;
    static final double SPLIT = 1.18;
    static final double B0 = 200;
    static final double K = 0.02;
    /** counts = CPS / CPS_FACTOR (0.5 s per point). */
    static final double CPS_FACTOR = 2;

    private Synthetic() {
    }

    static double[] x() {
        int n = 261;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 168 - 0.05 * i;
        }
        return x;
    }

    static double[] peaks(double[] x, double pa, double wa, double aa, double pb, double wb, double ab) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = aa / 1.5 * (GL30.value(x[i] - pa, wa) + 0.5 * GL30.value(x[i] - pa - SPLIT, wa))
                    + ab / 1.5 * (GL30.value(x[i] - pb, wb) + 0.5 * GL30.value(x[i] - pb - SPLIT, wb));
        }
        return y;
    }

    /** Noise-free spectrum of the default parameters. */
    static double[] clean() {
        return withBackground(x(), peaks(x(), POS_A, FWHM_A, AREA_A, POS_B, FWHM_B, AREA_B));
    }

    static double[] withBackground(double[] x, double[] p) {
        int n = x.length;
        double[] y = new double[n];
        double cum = 0;
        // x descends: the low-BE end is the last point
        for (int i = n - 1; i >= 0; i--) {
            if (i < n - 1) {
                cum += 0.5 * (p[i] + p[i + 1]) * Math.abs(x[i] - x[i + 1]);
            }
            y[i] = B0 + K * cum + p[i];
        }
        return y;
    }

    /** Poisson-noised copy (in counts, back to CPS). */
    static double[] noisy(double[] clean, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] y = new double[clean.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = PoissonSampler.sample(clean[i] / CPS_FACTOR, rng) * CPS_FACTOR;
        }
        return y;
    }
}
