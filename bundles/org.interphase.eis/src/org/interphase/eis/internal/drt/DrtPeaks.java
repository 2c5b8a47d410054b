package org.interphase.eis.internal.drt;

import java.util.ArrayList;
import java.util.List;

import org.interphase.eis.api.DrtPeak;

/**
 * Peaks of gamma(ln tau) on a fine grid: local maxima, with the area between the neighbouring minima as their
 * resistance. A peak is listed when its area is at least {@code threshold} times |Z| of the data point whose
 * omega is closest to 1/tau (so small arcs next to a huge blocking-electrode response still count, and
 * ripples do not).
 */
final class DrtPeaks {

    private DrtPeaks() {
    }

    static List<DrtPeak> find(double[] lnTau, double[] gamma, double threshold, double[] omega, double[] mod) {
        double max = 0;
        for (double g : gamma) {
            max = Math.max(max, g);
        }
        List<DrtPeak> peaks = new ArrayList<>();
        if (max <= 0) {
            return peaks;
        }
        int n = gamma.length;
        for (int i = 1; i < n - 1; i++) {
            if (gamma[i] > gamma[i - 1] && gamma[i] >= gamma[i + 1] && gamma[i] > 1e-9 * max) {
                int lo = i;
                while (lo > 0 && gamma[lo - 1] <= gamma[lo]) {
                    lo--;
                }
                int hi = i;
                while (hi < n - 1 && gamma[hi + 1] <= gamma[hi]) {
                    hi++;
                }
                double area = 0;
                for (int k = lo; k < hi; k++) {
                    area += 0.5 * (gamma[k] + gamma[k + 1]) * (lnTau[k + 1] - lnTau[k]);
                }
                double xPeak = refine(lnTau, gamma, i);
                double tau = Math.exp(xPeak);
                double rel = area / localModulus(omega, mod, 1 / tau);
                if (rel >= threshold) {
                    peaks.add(new DrtPeak(tau, 1 / (2 * Math.PI * tau), area, rel, gamma[i], Math.exp(lnTau[lo]),
                            Math.exp(lnTau[hi])));
                }
            }
        }
        return peaks;
    }

    private static double localModulus(double[] omega, double[] mod, double w) {
        int best = 0;
        for (int i = 1; i < omega.length; i++) {
            if (Math.abs(Math.log(omega[i] / w)) < Math.abs(Math.log(omega[best] / w))) {
                best = i;
            }
        }
        return mod[best];
    }

    /** Vertex of the parabola through the maximum and its neighbours. */
    private static double refine(double[] x, double[] y, int i) {
        double d = y[i - 1] - 2 * y[i] + y[i + 1];
        if (d >= 0) {
            return x[i];
        }
        double h = x[i + 1] - x[i];
        double shift = 0.5 * (y[i - 1] - y[i + 1]) / d;
        return x[i] + Math.max(-1, Math.min(1, shift)) * h;
    }
}
