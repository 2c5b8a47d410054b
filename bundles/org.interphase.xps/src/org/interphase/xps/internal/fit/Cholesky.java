package org.interphase.xps.internal.fit;

/** Cholesky decomposition of small symmetric positive-definite matrices. */
public final class Cholesky {

    private Cholesky() {
    }

    /** Lower factor L with A = L L^T, or null when A is not positive definite. */
    public static double[][] factor(double[][] a) {
        int m = a.length;
        double[][] l = new double[m][m];
        for (int j = 0; j < m; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (!(d > 0)) {
                return null;
            }
            l[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < m; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / l[j][j];
            }
        }
        return l;
    }

    /** Solves A x = b, or null when A is not positive definite. */
    public static double[] solve(double[][] a, double[] b) {
        double[][] l = factor(a);
        if (l == null) {
            return null;
        }
        int m = b.length;
        double[] z = new double[m];
        for (int i = 0; i < m; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * z[k];
            }
            z[i] = s / l[i][i];
        }
        double[] x = new double[m];
        for (int i = m - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < m; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }

    /** Inverse of A, or null when A is not positive definite. */
    public static double[][] inverse(double[][] a) {
        int m = a.length;
        double[][] inv = new double[m][m];
        double[][] l = factor(a);
        if (l == null) {
            return null;
        }
        for (int c = 0; c < m; c++) {
            double[] e = new double[m];
            e[c] = 1;
            double[] z = new double[m];
            for (int i = 0; i < m; i++) {
                double s = e[i];
                for (int k = 0; k < i; k++) {
                    s -= l[i][k] * z[k];
                }
                z[i] = s / l[i][i];
            }
            for (int i = m - 1; i >= 0; i--) {
                double s = z[i];
                for (int k = i + 1; k < m; k++) {
                    s -= l[k][i] * inv[k][c];
                }
                inv[i][c] = s / l[i][i];
            }
        }
        return inv;
    }
}
