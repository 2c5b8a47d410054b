package org.interphase.eis.internal.drt;

import java.util.ArrayList;
import java.util.List;

import org.interphase.eis.api.DrtPeak;

/**
 * Peaks of gamma(ln tau) on a fine grid: local maxima, with the area between the neighbouring minima as their
 * resistance. A peak is listed when its area is at least {@code threshold} times |Z| of the data point whose
 * omega is closest to 1/tau (so small arcs next to a huge blocking-electrode response still count, and
 * ripples do not).
 * <p>
 * Maxima the data cannot separate are merged first: two neighbouring maxima whose valley is at least
 * {@link #RESOLVED_DIP} of the lower maximum count as one peak (area over both, tau at the higher maximum).
 * This is Rayleigh's criterion (Rayleigh, Phil. Mag. 8 (1879) 261): two equal diffraction lines are just
 * resolved when the intensity between them has dropped to 8/pi^2 = 0.81 of the maxima; a shallower dip is a
 * ripple of the regularised inversion (an under-regularised DRT splits one distributed arc into a comb,
 * Saccoccio et al., Electrochim. Acta 147 (2014) 470, figs. 6-7), not a second process. Pairs are merged in
 * order of the shallowest dip, until every remaining dip is deeper.
 */
final class DrtPeaks {

    /** Rayleigh's just-resolved dip, 8/pi^2. */
    static final double RESOLVED_DIP = 8 / (Math.PI * Math.PI);
    /** A peak within this many decades of an end of the tau grid is flagged: the grid cuts it. */
    static final double EDGE_DECADES = 0.25;

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
        List<int[]> groups = merged(maxima(gamma, max), gamma); // {first max, last max, highest max}
        int n = gamma.length;
        double edge = EDGE_DECADES * Math.log(10);
        for (int[] gr : groups) {
            int i = gr[2];
            int lo = gr[0];
            while (lo > 0 && gamma[lo - 1] <= gamma[lo]) {
                lo--;
            }
            int hi = gr[1];
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
            boolean atEdge = xPeak - lnTau[0] < edge || lnTau[n - 1] - xPeak < edge;
            if (rel >= threshold) {
                peaks.add(new DrtPeak(tau, 1 / (2 * Math.PI * tau), area, rel, gamma[i], Math.exp(lnTau[lo]),
                        Math.exp(lnTau[hi]), atEdge, gr[3]));
            }
        }
        return peaks;
    }

    /** Indices of the strict local maxima above 1e-9 of the largest value. */
    private static List<Integer> maxima(double[] gamma, double max) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i < gamma.length - 1; i++) {
            if (gamma[i] > gamma[i - 1] && gamma[i] >= gamma[i + 1] && gamma[i] > 1e-9 * max) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * Groups of neighbouring maxima merged by the dip criterion: {first max index, last max index, index of the
     * highest, number of maxima merged}.
     */
    static List<int[]> merged(List<Integer> maxima, double[] gamma) {
        List<int[]> g = new ArrayList<>();
        for (int i : maxima) {
            g.add(new int[] {i, i, i, 1});
        }
        while (g.size() > 1) {
            int best = -1;
            double bestRatio = RESOLVED_DIP;
            for (int k = 0; k + 1 < g.size(); k++) {
                int a = g.get(k)[2];
                int b = g.get(k + 1)[2];
                double valley = Double.POSITIVE_INFINITY;
                for (int q = g.get(k)[1]; q <= g.get(k + 1)[0]; q++) {
                    valley = Math.min(valley, gamma[q]);
                }
                double ratio = valley / Math.min(gamma[a], gamma[b]);
                if (ratio >= bestRatio) {
                    bestRatio = ratio;
                    best = k;
                }
            }
            if (best < 0) {
                break;
            }
            int[] a = g.get(best);
            int[] b = g.remove(best + 1);
            a[1] = b[1];
            a[2] = gamma[b[2]] > gamma[a[2]] ? b[2] : a[2];
            a[3] += b[3];
        }
        return g;
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
