package org.interphase.eis.internal.drt;

/**
 * Linear least squares min ||E x - f|| by Householder QR (Golub and Van Loan, Matrix Computations, 5.3),
 * for the stacked Tikhonov systems of the DRT; avoids the squared condition number of normal equations.
 * Columns whose R diagonal falls below a relative tolerance are treated as dependent and get x = 0.
 */
final class HouseholderLs {

    private final int m;
    private final int p;
    private final double[][] r; // upper triangle p x p
    private final double[] qtf; // first p entries of Q^T f
    private final double rss; // residual sum of squares
    private final boolean[] dropped;

    private HouseholderLs(int m, int p, double[][] r, double[] qtf, double rss, boolean[] dropped) {
        this.m = m;
        this.p = p;
        this.r = r;
        this.qtf = qtf;
        this.rss = rss;
        this.dropped = dropped;
    }

    /** Factorises a copy of {@code e} (m x p, m &ge; p) together with {@code f}. */
    static HouseholderLs of(double[][] e, double[] f) {
        int m = e.length;
        int p = e[0].length;
        double[][] a = new double[m][];
        for (int i = 0; i < m; i++) {
            a[i] = e[i].clone();
        }
        double[] b = f.clone();
        double maxNorm = 0;
        for (int j = 0; j < p; j++) {
            double s = 0;
            for (int i = 0; i < m; i++) {
                s += a[i][j] * a[i][j];
            }
            maxNorm = Math.max(maxNorm, Math.sqrt(s));
        }
        boolean[] dropped = new boolean[p];
        for (int k = 0; k < p; k++) {
            double norm = 0;
            for (int i = k; i < m; i++) {
                norm += a[i][k] * a[i][k];
            }
            norm = Math.sqrt(norm);
            if (norm <= 1e-13 * maxNorm) {
                dropped[k] = true;
                for (int i = k; i < m; i++) {
                    a[i][k] = 0;
                }
                continue;
            }
            double alpha = a[k][k] > 0 ? -norm : norm;
            double v0 = a[k][k] - alpha;
            // v = (v0, a[k+1..m-1][k]); H = I - 2 v v^T / (v^T v)
            double vtv = v0 * v0 + norm * norm - a[k][k] * a[k][k];
            a[k][k] = v0;
            for (int j = k + 1; j < p; j++) {
                double s = 0;
                for (int i = k; i < m; i++) {
                    s += a[i][k] * a[i][j];
                }
                double t = 2 * s / vtv;
                for (int i = k; i < m; i++) {
                    a[i][j] -= t * a[i][k];
                }
            }
            double s = 0;
            for (int i = k; i < m; i++) {
                s += a[i][k] * b[i];
            }
            double t = 2 * s / vtv;
            for (int i = k; i < m; i++) {
                b[i] -= t * a[i][k];
            }
            a[k][k] = alpha;
        }
        double[][] r = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                r[i][j] = a[i][j];
            }
        }
        double rss = 0;
        for (int i = p; i < m; i++) {
            rss += b[i] * b[i];
        }
        double[] qtf = new double[p];
        System.arraycopy(b, 0, qtf, 0, p);
        return new HouseholderLs(m, p, r, qtf, rss, dropped);
    }

    /** The least-squares solution. */
    double[] solution() {
        double[] x = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            if (dropped[i]) {
                continue;
            }
            double s = qtf[i];
            for (int j = i + 1; j < p; j++) {
                s -= r[i][j] * x[j];
            }
            x[i] = s / r[i][i];
        }
        return x;
    }

    /** Residual sum of squares of the whole stacked system. */
    double rss() {
        return rss;
    }

    /**
     * tr(H) for the first {@code rows} rows A of the factored matrix: the influence matrix
     * A (E^T E)^-1 A^T has trace ||A R^-1||_F^2.
     */
    double influenceTrace(double[][] e, int rows) {
        double tr = 0;
        double[] y = new double[p];
        for (int i = 0; i < rows; i++) {
            // y R = a_i  (forward substitution with R^T)
            for (int j = 0; j < p; j++) {
                if (dropped[j]) {
                    y[j] = 0;
                    continue;
                }
                double s = e[i][j];
                for (int k = 0; k < j; k++) {
                    s -= y[k] * r[k][j];
                }
                y[j] = s / r[j][j];
                tr += y[j] * y[j];
            }
        }
        return tr;
    }

    int rows() {
        return m;
    }
}
