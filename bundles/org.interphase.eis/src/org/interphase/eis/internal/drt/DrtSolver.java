package org.interphase.eis.internal.drt;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealMatrix;
import org.interphase.eis.api.DrtFlag;
import org.interphase.eis.api.DrtOptions;
import org.interphase.eis.api.DrtOptions.LambdaMethod;
import org.interphase.eis.api.DrtPeak;
import org.interphase.eis.api.DrtResult;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.Weighting;

/**
 * Tikhonov-regularised, non-negative DRT (Wan et al. 2015; Saccoccio et al. 2014): unknowns R_inf, L, 1/C and
 * the RBF coefficients, all &ge; 0; the real and imaginary parts are fitted together.
 */
public final class DrtSolver {

    /** Relative residual above which the fit is called poor / the data too inductive. */
    static final double RESIDUAL_LIMIT = 0.05;
    /** Points of the output gamma grid per RBF grid step. */
    private static final int REFINE = 10;

    private DrtSolver() {
    }

    public static DrtResult solve(ImpedanceData d, DrtOptions o) {
        int n = d.size();
        if (n < 5) {
            throw new IllegalArgumentException("DRT needs at least 5 points, got " + n);
        }
        double[] f = d.frequencyHz();
        double[] re = d.zReal();
        double[] im = d.zImag();
        double[] omega = new double[n];
        double[] mod = new double[n];
        double ms = 0;
        for (int i = 0; i < n; i++) {
            if (!(f[i] > 0) || !Double.isFinite(re[i]) || !Double.isFinite(im[i])) {
                throw new IllegalArgumentException("point " + i + " is not usable (f = " + f[i] + ")");
            }
            omega[i] = 2 * Math.PI * f[i];
            mod[i] = Math.hypot(re[i], im[i]);
            ms += mod[i] * mod[i];
        }
        double zs = Math.sqrt(ms / n);
        RbfBasis basis = RbfBasis.forFrequencies(f, o.fwhmCoefficient(), o.extendDecades());
        int k = basis.size();
        int ne = 1 + (o.inductance() ? 1 : 0) + (o.capacitance() ? 1 : 0);
        int p = ne + k;
        double[][][] ab = basis.impedanceMatrices(omega);
        double[][] a = new double[2 * n][p];
        double[] b = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double w = o.weighting().isModulus() ? zs / mod[i] : 1;
            double[] ar = a[i];
            double[] ai = a[n + i];
            ar[0] = w;
            int c = 1;
            if (o.inductance()) {
                ai[c++] = w * omega[i] / zs; // in units of zs/omega_ref; rescaled by the column norms below
            }
            if (o.capacitance()) {
                ai[c] = -w / omega[i];
            }
            for (int m = 0; m < k; m++) {
                ar[ne + m] = w * ab[0][i][m];
                ai[ne + m] = w * ab[1][i][m];
            }
            b[i] = w * re[i] / zs;
            b[n + i] = w * im[i] / zs;
        }
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            double s = 0;
            for (double[] row : a) {
                s += row[j] * row[j];
            }
            scale[j] = s > 0 ? Math.sqrt(s) : 1;
            for (double[] row : a) {
                row[j] /= scale[j];
            }
        }
        double[][] rk = basis.penalty(o.derivativeOrder());
        if (o.weighting().isModulus()) {
            double[] wm = localWeights(basis.x(), omega, mod, zs);
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    rk[i][j] *= wm[i] * wm[j];
                }
            }
        }
        double[][] pl = penaltyFactor(rk, scale, ne);
        Set<DrtFlag> flags = EnumSet.noneOf(DrtFlag.class);
        double lambda;
        double[] lambdas = new double[0];
        double[] criterion = new double[0];
        if (o.lambdaMethod() == LambdaMethod.MANUAL) {
            lambda = o.lambda();
        } else {
            LambdaSearch.Choice ch = switch (o.lambdaMethod()) {
                case GCV -> LambdaSearch.gcv(a, b, pl);
                case L_CURVE -> LambdaSearch.lCurve(a, b, pl);
                default -> LambdaSearch.discrepancy(a, b, pl, LambdaSearch.DISCREPANCY_FACTOR);
            };
            lambdas = ch.lambdas();
            criterion = ch.criterion();
            lambda = lambdas[ch.best()];
            int lastInterior = o.lambdaMethod() == LambdaMethod.L_CURVE ? 1 : 0;
            if (ch.best() <= lastInterior || ch.best() >= lambdas.length - 1 - lastInterior) {
                flags.add(DrtFlag.LAMBDA_AT_RANGE_END);
            }
        }
        double[] u = Nnls.solve(LambdaSearch.stack(a, pl, lambda), LambdaSearch.stackRhs(b, pl.length));
        double[] c = new double[p];
        for (int j = 0; j < p; j++) {
            c[j] = u[j] / scale[j];
        }
        return result(d, o, basis, ab, omega, mod, zs, c, ne, lambda, lambdas, criterion, flags);
    }

    /**
     * zs / |Z| at omega = 1/tau_m for every RBF centre (log-linear interpolation in ln omega, constant beyond
     * the data): with modulus weighting the misfit is relative, so the penalty is put on gamma relative to the
     * local |Z| as well; otherwise one lambda smooths a 1 kOhm bulk arc 1e7 times less than an 8 MOhm
     * blocking spike measured in the same spectrum.
     */
    private static double[] localWeights(double[] x, double[] omega, double[] mod, double zs) {
        int n = omega.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (p, q) -> Double.compare(omega[p], omega[q]));
        double[] w = new double[x.length];
        for (int m = 0; m < x.length; m++) {
            double lw = -x[m];
            double lm;
            if (lw <= Math.log(omega[order[0]])) {
                lm = Math.log(mod[order[0]]);
            } else if (lw >= Math.log(omega[order[n - 1]])) {
                lm = Math.log(mod[order[n - 1]]);
            } else {
                int q = 1;
                while (Math.log(omega[order[q]]) < lw) {
                    q++;
                }
                double x0 = Math.log(omega[order[q - 1]]);
                double x1 = Math.log(omega[order[q]]);
                double t = x1 > x0 ? (lw - x0) / (x1 - x0) : 0;
                lm = (1 - t) * Math.log(mod[order[q - 1]]) + t * Math.log(mod[order[q]]);
            }
            w[m] = zs / Math.exp(lm);
        }
        return w;
    }

    /**
     * L (k x p) with L^T L = the penalty in scaled coordinates (zero columns for R_inf, L, 1/C), from the
     * eigendecomposition of the symmetric positive semi-definite RBF derivative Gram matrix.
     */
    private static double[][] penaltyFactor(double[][] rk, double[] scale, int ne) {
        int k = rk.length;
        double[][] rs = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                rs[i][j] = rk[i][j] / (scale[ne + i] * scale[ne + j]);
            }
        }
        EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(rs, false));
        double[] ev = eig.getEigenvalues();
        RealMatrix v = eig.getV();
        double[][] l = new double[k][ne + k];
        for (int i = 0; i < k; i++) {
            double s = Math.sqrt(Math.max(ev[i], 0));
            for (int j = 0; j < k; j++) {
                l[i][ne + j] = s * v.getEntry(j, i);
            }
        }
        return l;
    }

    private static DrtResult result(ImpedanceData d, DrtOptions o, RbfBasis basis, double[][][] ab, double[] omega,
            double[] mod, double zs, double[] c, int ne, double lambda, double[] lambdas, double[] criterion,
            Set<DrtFlag> flags) {
        int n = omega.length;
        int k = basis.size();
        double rInf = c[0] * zs;
        int idx = 1;
        double l = o.inductance() ? c[idx++] : 0;
        double invC = o.capacitance() ? c[idx] * zs : 0;
        double[] coef = new double[k];
        for (int m = 0; m < k; m++) {
            coef[m] = c[ne + m] * zs;
        }
        double[] re = d.zReal();
        double[] im = d.zImag();
        double[] zr = new double[n];
        double[] zi = new double[n];
        double[] dr = new double[n];
        double[] di = new double[n];
        double chi = 0;
        double maxRes = 0;
        double maxInductive = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double sr = rInf;
            double si = omega[i] * l - invC / omega[i];
            for (int m = 0; m < k; m++) {
                sr += ab[0][i][m] * coef[m];
                si += ab[1][i][m] * coef[m];
            }
            zr[i] = sr;
            zi[i] = si;
            dr[i] = (re[i] - sr) / mod[i];
            di[i] = (im[i] - si) / mod[i];
            chi += dr[i] * dr[i] + di[i] * di[i];
            maxRes = Math.max(maxRes, Math.max(Math.abs(dr[i]), Math.abs(di[i])));
            maxInductive = Math.max(maxInductive, di[i]);
        }
        if (maxRes > RESIDUAL_LIMIT) {
            flags.add(DrtFlag.POOR_FIT);
        }
        if (maxInductive > RESIDUAL_LIMIT) {
            flags.add(DrtFlag.INDUCTIVE_OR_NEGATIVE_FEATURES);
        }
        double[] x = basis.x();
        int fine = (k - 1) * REFINE + 1;
        double[] lnTau = new double[fine];
        double[] tau = new double[fine];
        double[] gamma = new double[fine];
        double area = 0;
        for (int q = 0; q < fine; q++) {
            lnTau[q] = x[0] + (x[k - 1] - x[0]) * q / (fine - 1);
            tau[q] = Math.exp(lnTau[q]);
            gamma[q] = basis.gamma(coef, lnTau[q]);
            if (q > 0) {
                area += 0.5 * (gamma[q] + gamma[q - 1]) * (lnTau[q] - lnTau[q - 1]);
            }
        }
        List<DrtPeak> peaks = DrtPeaks.find(lnTau, gamma, o.peakThreshold(), omega, mod);
        if (peaks.stream().anyMatch(DrtPeak::atGridEdge)) {
            flags.add(DrtFlag.PEAK_AT_GRID_EDGE);
        }
        double cap = invC > 0 ? 1 / invC : Double.POSITIVE_INFINITY;
        return new DrtResult(tau, gamma, lambda, o.lambdaMethod(), lambdas, criterion, rInf, l, cap, area, peaks,
                d.frequencyHz(), zr, zi, dr, di, maxRes, chi, flags);
    }
}
