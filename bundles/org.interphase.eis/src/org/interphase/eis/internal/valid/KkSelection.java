package org.interphase.eis.internal.valid;

import java.util.List;

import org.interphase.eis.api.KkStep;

/** The rules that choose M from the curve of lin-KK fits over M = 1 .. maxM. */
final class KkSelection {

    private KkSelection() {
    }

    /** Schönleber's rule: the first M whose mu is at most c (the last M when none is). */
    static int mu(List<KkStep> curve, double c) {
        for (KkStep s : curve) {
            if (s.m() > 1 && s.mu() <= c) {
                return s.m();
            }
        }
        return curve.get(curve.size() - 1).m();
    }

    /**
     * The knee of y = log10(pseudo-chi2) vs M: a continuous two-segment line y = a + s1 M + s2 max(0, M - b)
     * is fitted by least squares for breakpoints b on a 0.25 grid, the best b wins and ceil(b) is returned.
     * The idea (a lower limit for M where adding RC elements stops paying off quickly) is that of Yrjänä and
     * Bobacka, Electrochim. Acta 504 (2024) 144951; this implementation is independent of theirs.
     */
    static int knee(List<KkStep> curve) {
        int n = curve.size();
        if (n < 4) {
            return curve.get(n - 1).m();
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = curve.get(i).m();
            y[i] = Math.log10(Math.max(curve.get(i).pseudoChiSquare(), 1e-300));
        }
        double bestB = x[n - 1];
        double bestSsr = Double.POSITIVE_INFINITY;
        for (double b = x[1]; b <= x[n - 2] + 1e-9; b += 0.25) {
            double ssr = hingeSsr(x, y, b);
            if (ssr < bestSsr) {
                bestSsr = ssr;
                bestB = b;
            }
        }
        int k = (int) Math.ceil(bestB - 1e-9);
        return Math.max((int) x[0], Math.min((int) x[n - 1], k));
    }

    /** Least-squares SSR of y ~ a + s1 x + s2 max(0, x - b) (3x3 normal equations). */
    private static double hingeSsr(double[] x, double[] y, double b) {
        double[][] g = new double[3][3];
        double[] r = new double[3];
        for (int i = 0; i < x.length; i++) {
            double[] f = {1, x[i], Math.max(0, x[i] - b)};
            for (int p = 0; p < 3; p++) {
                r[p] += f[p] * y[i];
                for (int q = 0; q < 3; q++) {
                    g[p][q] += f[p] * f[q];
                }
            }
        }
        double[] c = solve3(g, r);
        if (c == null) {
            return Double.POSITIVE_INFINITY;
        }
        double ssr = 0;
        for (int i = 0; i < x.length; i++) {
            double e = y[i] - (c[0] + c[1] * x[i] + c[2] * Math.max(0, x[i] - b));
            ssr += e * e;
        }
        return ssr;
    }

    private static double[] solve3(double[][] g, double[] r) {
        double det = det3(g);
        if (Math.abs(det) < 1e-300) {
            return null;
        }
        double[] c = new double[3];
        for (int k = 0; k < 3; k++) {
            double[][] m = new double[3][];
            for (int i = 0; i < 3; i++) {
                m[i] = g[i].clone();
                m[i][k] = r[i];
            }
            c[k] = det3(m) / det;
        }
        return c;
    }

    private static double det3(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    /**
     * The start of the plateau: the smallest M &ge; the knee with log10(pseudo-chi2) within {@code decades}
     * of the lowest log10(pseudo-chi2) on the curve.
     */
    static int plateau(List<KkStep> curve, int knee, double decades) {
        double min = curve.stream().mapToDouble(KkStep::pseudoChiSquare).min().orElseThrow();
        double limit = Math.log10(min) + decades;
        for (KkStep s : curve) {
            if (s.m() >= knee && Math.log10(s.pseudoChiSquare()) <= limit) {
                return s.m();
            }
        }
        return curve.get(curve.size() - 1).m();
    }
}
