package org.interphase.eis.internal.drt;

/** Small dense symmetric linear algebra for the DRT normal equations (sizes ~100). */
final class Dense {

    private Dense() {
    }

    /** Lower Cholesky factor of the symmetric matrix {@code a}, or null when it is not positive definite. */
    static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return l;
    }

    /** Solves L L^T x = b for the Cholesky factor L. */
    static double[] solve(double[][] l, double[] b) {
        int n = b.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * y[k];
            }
            y[i] = s / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }

    /** A^T A for the rows of {@code a}. */
    static double[][] gram(double[][] a) {
        int p = a[0].length;
        double[][] g = new double[p][p];
        for (double[] row : a) {
            for (int i = 0; i < p; i++) {
                double ri = row[i];
                if (ri == 0) {
                    continue;
                }
                for (int j = 0; j <= i; j++) {
                    g[i][j] += ri * row[j];
                }
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                g[j][i] = g[i][j];
            }
        }
        return g;
    }

    /** A^T b. */
    static double[] atb(double[][] a, double[] b) {
        int p = a[0].length;
        double[] r = new double[p];
        for (int k = 0; k < a.length; k++) {
            for (int i = 0; i < p; i++) {
                r[i] += a[k][i] * b[k];
            }
        }
        return r;
    }

    /** A x. */
    static double[] times(double[][] a, double[] x) {
        double[] r = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            double s = 0;
            for (int i = 0; i < x.length; i++) {
                s += a[k][i] * x[i];
            }
            r[k] = s;
        }
        return r;
    }

    /** G + lambda R. */
    static double[][] plus(double[][] g, double lambda, double[][] r) {
        int p = g.length;
        double[][] q = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                q[i][j] = g[i][j] + lambda * r[i][j];
            }
        }
        return q;
    }

    /** x^T M x. */
    static double quadratic(double[][] m, double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double t = 0;
            for (int j = 0; j < x.length; j++) {
                t += m[i][j] * x[j];
            }
            s += x[i] * t;
        }
        return s;
    }
}
