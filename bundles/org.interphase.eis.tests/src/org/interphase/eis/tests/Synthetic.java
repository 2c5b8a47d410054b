package org.interphase.eis.tests;

import java.util.Random;

import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.Complex;
import org.interphase.eis.api.ImpedanceData;

/** Synthetic spectra with known parameters. */
final class Synthetic {

    private Synthetic() {
    }

    /** {@code n} log-spaced points from fMax down to fMin; relative Gaussian noise (0 = exact). */
    static ImpedanceData spectrum(Circuit c, double[] p, double fMin, double fMax, int n, double noise, long seed) {
        Random rnd = new Random(seed);
        double[] f = new double[n];
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = fMax * Math.pow(fMin / fMax, i / (n - 1.0));
            Complex z = c.impedance(f[i], p);
            double m = z.abs();
            re[i] = z.re() + noise * m * rnd.nextGaussian();
            im[i] = z.im() + noise * m * rnd.nextGaussian();
        }
        return ImpedanceData.of(f, re, im);
    }
}
