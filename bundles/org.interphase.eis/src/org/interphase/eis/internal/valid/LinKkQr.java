package org.interphase.eis.internal.valid;

/**
 * The lin-KK least-squares fits of {@link LinKkFit} for many M at once, by Householder QR on column-major
 * arrays (Golub and Van Loan, Matrix Computations, 4th ed., alg. 5.2.1 and sec. 5.3.3) instead of an SVD per
 * M. The rows (1/|Z|-weighted real and imaginary parts of the used points), the right-hand side and the
 * columns of R0, L and 1/C are built once and shared by every M; each M adds its M Debye columns, which must
 * be rebuilt because the time constants are spread over the whole range for every M (Schönleber et al.,
 * Electrochim. Acta 131 (2014) 20, eq. 12). The columns are scaled to unit norm as before; a column whose
 * remaining norm falls below 1e-13 of the largest is dependent and gets x = 0 (the SVD path's minimum-norm
 * solution differs there only in the null space, which leaves the fitted values and residuals unchanged).
 * <p>
 * Cost: about 2 (2N) p^2 flops per M (p = M + 3), roughly 30 M flops for M = 1 .. 71 on the 71-point Gamry
 * file, a fraction of the SVDs' work and without their allocation.
 */
final class LinKkQr {

    private final int n;
    private final int rows;
    private final double[] omega; // used points only
    private final double[] s; // 1/|Z| of the used points
    private final double[] b; // weighted rhs, real rows then imaginary rows
    private final boolean withL;
    private final boolean withC;
    private final double wMin;
    private final double wMax;

    LinKkQr(double[] omegaAll, double[] re, double[] im, boolean[] use, boolean withL, boolean withC) {
        int k = 0;
        for (boolean u : use) {
            k += u ? 1 : 0;
        }
        n = k;
        rows = 2 * n;
        omega = new double[n];
        s = new double[n];
        b = new double[rows];
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        int row = 0;
        for (int i = 0; i < omegaAll.length; i++) {
            if (!use[i]) {
                continue;
            }
            omega[row] = omegaAll[i];
            s[row] = 1 / Math.hypot(re[i], im[i]);
            b[row] = s[row] * re[i];
            b[n + row] = s[row] * im[i];
            lo = Math.min(lo, omegaAll[i]);
            hi = Math.max(hi, omegaAll[i]);
            row++;
        }
        this.withL = withL;
        this.withC = withC;
        wMin = lo;
        wMax = hi;
    }

    /** The fit with M time constants. */
    LinKkFit fit(int m) {
        double[] tau = LinKkFit.taus(wMin, wMax, m);
        int cols = 1 + m + (withL ? 1 : 0) + (withC ? 1 : 0);
        double[][] a = new double[cols][rows]; // column-major
        for (int i = 0; i < n; i++) {
            a[0][i] = s[i];
        }
        for (int k = 0; k < m; k++) {
            double[] col = a[1 + k];
            double t = tau[k];
            for (int i = 0; i < n; i++) {
                double wt = omega[i] * t;
                double d = s[i] / (1 + wt * wt);
                col[i] = d;
                col[n + i] = -wt * d;
            }
        }
        int c = 1 + m;
        if (withL) {
            for (int i = 0; i < n; i++) {
                a[c][n + i] = s[i] * omega[i];
            }
            c++;
        }
        if (withC) {
            for (int i = 0; i < n; i++) {
                a[c][n + i] = -s[i] / omega[i];
            }
        }
        double[] scale = new double[cols];
        double maxNorm = 0;
        for (int j = 0; j < cols; j++) {
            double ss = dot(a[j], a[j], 0);
            scale[j] = ss > 0 ? Math.sqrt(ss) : 1;
            double inv = 1 / scale[j];
            double[] col = a[j];
            for (int i = 0; i < rows; i++) {
                col[i] *= inv;
            }
            maxNorm = Math.max(maxNorm, ss > 0 ? 1 : 0);
        }
        double[] x = solve(a, b.clone(), cols, maxNorm);
        double[] p = new double[cols];
        for (int j = 0; j < cols; j++) {
            p[j] = x[j] / scale[j];
        }
        double[] rk = new double[m];
        System.arraycopy(p, 1, rk, 0, m);
        c = 1 + m;
        double l = withL ? p[c++] : 0;
        double invC = withC ? p[c] : 0;
        return new LinKkFit(tau, p[0], rk, l, invC);
    }

    /** Householder QR of the column-major {@code a} (overwritten) and back substitution. */
    private double[] solve(double[][] a, double[] f, int cols, double maxNorm) {
        int kmax = Math.min(cols, rows);
        boolean[] dropped = new boolean[cols];
        double[] diag = new double[cols];
        for (int k = 0; k < kmax; k++) {
            double[] v = a[k];
            double norm = Math.sqrt(dot(v, v, k));
            if (norm <= 1e-13 * maxNorm) {
                dropped[k] = true;
                continue;
            }
            double alpha = v[k] > 0 ? -norm : norm;
            v[k] -= alpha; // v = x - alpha e_k; H = I - 2 v v^T / (v^T v), v^T v = 2 norm (norm + |x_k|)
            double vtv = dot(v, v, k);
            for (int j = k + 1; j < cols; j++) {
                double[] col = a[j];
                double t = 2 * dot(v, col, k) / vtv;
                for (int i = k; i < rows; i++) {
                    col[i] -= t * v[i];
                }
            }
            double t = 2 * dot(v, f, k) / vtv;
            for (int i = k; i < rows; i++) {
                f[i] -= t * v[i];
            }
            diag[k] = alpha;
        }
        double[] x = new double[cols];
        for (int i = kmax - 1; i >= 0; i--) {
            if (dropped[i]) {
                continue;
            }
            double sum = f[i];
            for (int j = i + 1; j < kmax; j++) {
                sum -= a[j][i] * x[j];
            }
            x[i] = sum / diag[i];
        }
        return x;
    }

    /** u . v over rows from.., four partial sums (independent chains the CPU can overlap). */
    private static double dot(double[] u, double[] v, int from) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = from;
        int end = u.length - 3;
        for (; i < end; i += 4) {
            s0 += u[i] * v[i];
            s1 += u[i + 1] * v[i + 1];
            s2 += u[i + 2] * v[i + 2];
            s3 += u[i + 3] * v[i + 3];
        }
        for (; i < u.length; i++) {
            s0 += u[i] * v[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
