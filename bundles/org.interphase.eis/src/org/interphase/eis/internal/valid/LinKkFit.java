package org.interphase.eis.internal.valid;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealVector;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * One lin-KK least-squares fit with M fixed time constants (Schönleber et al., Electrochim. Acta 131
 * (2014) 20, eqs. 10-14): unknowns R0, R_1..R_M, optionally L and 1/C; rows are the real and imaginary
 * parts of the unmasked points weighted by 1/|Z_i|. Columns are scaled to unit norm and the system is solved
 * by SVD (minimum-norm least squares), which stays stable when many closely spaced time constants make the
 * columns nearly dependent.
 *
 * @param tau        the time constants
 * @param r0         series resistance
 * @param rk         the R_k
 * @param inductance series L (0 when not fitted)
 * @param invCap     1/C of the series capacitance (0 when not fitted)
 */
record LinKkFit(double[] tau, double r0, double[] rk, double inductance, double invCap) {

    /** Log-spaced time constants from 1/omega_max to 1/omega_min (Schönleber eq. 12). */
    static double[] taus(double omegaMin, double omegaMax, int m) {
        double lo = Math.log(1 / omegaMax);
        double hi = Math.log(1 / omegaMin);
        double[] t = new double[m];
        for (int k = 0; k < m; k++) {
            t[k] = m == 1 ? Math.exp((lo + hi) / 2) : Math.exp(lo + (hi - lo) * k / (m - 1));
        }
        return t;
    }

    static LinKkFit fit(double[] omega, double[] re, double[] im, boolean[] use, int m, boolean withL,
            boolean withC) {
        double wMin = Double.POSITIVE_INFINITY;
        double wMax = 0;
        int n = 0;
        for (int i = 0; i < omega.length; i++) {
            if (use[i]) {
                wMin = Math.min(wMin, omega[i]);
                wMax = Math.max(wMax, omega[i]);
                n++;
            }
        }
        double[] tau = taus(wMin, wMax, m);
        int cols = 1 + m + (withL ? 1 : 0) + (withC ? 1 : 0);
        double[][] a = new double[2 * n][cols];
        double[] b = new double[2 * n];
        int row = 0;
        for (int i = 0; i < omega.length; i++) {
            if (!use[i]) {
                continue;
            }
            double w = omega[i];
            double s = 1 / Math.hypot(re[i], im[i]);
            double[] ar = a[row];
            double[] ai = a[row + n];
            ar[0] = s;
            for (int k = 0; k < m; k++) {
                double wt = w * tau[k];
                double d = 1 + wt * wt;
                ar[1 + k] = s / d;
                ai[1 + k] = -s * wt / d;
            }
            int c = 1 + m;
            if (withL) {
                ai[c++] = s * w;
            }
            if (withC) {
                ai[c] = -s / w;
            }
            b[row] = s * re[i];
            b[row + n] = s * im[i];
            row++;
        }
        double[] scale = new double[cols];
        for (int j = 0; j < cols; j++) {
            double ss = 0;
            for (double[] r : a) {
                ss += r[j] * r[j];
            }
            scale[j] = ss > 0 ? Math.sqrt(ss) : 1;
            for (double[] r : a) {
                r[j] /= scale[j];
            }
        }
        RealVector x = new SingularValueDecomposition(new Array2DRowRealMatrix(a, false)).getSolver()
                .solve(new ArrayRealVector(b, false));
        double[] p = new double[cols];
        for (int j = 0; j < cols; j++) {
            p[j] = x.getEntry(j) / scale[j];
        }
        double[] rk = new double[m];
        System.arraycopy(p, 1, rk, 0, m);
        int c = 1 + m;
        double l = withL ? p[c++] : 0;
        double invC = withC ? p[c] : 0;
        return new LinKkFit(tau, p[0], rk, l, invC);
    }

    /** Model Z' at omega. */
    double real(double w) {
        double z = r0;
        for (int k = 0; k < tau.length; k++) {
            double wt = w * tau[k];
            z += rk[k] / (1 + wt * wt);
        }
        return z;
    }

    /** Model Z'' at omega. */
    double imag(double w) {
        double z = w * inductance - invCap / w;
        for (int k = 0; k < tau.length; k++) {
            double wt = w * tau[k];
            z -= rk[k] * wt / (1 + wt * wt);
        }
        return z;
    }

    /** Schönleber's mu (eq. 21): 1 - sum of |negative R_k| / sum of positive R_k. */
    double mu() {
        double neg = 0;
        double pos = 0;
        for (double r : rk) {
            if (r < 0) {
                neg -= r;
            } else {
                pos += r;
            }
        }
        return pos > 0 ? 1 - neg / pos : Double.NEGATIVE_INFINITY;
    }
}
