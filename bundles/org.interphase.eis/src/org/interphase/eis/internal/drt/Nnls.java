package org.interphase.eis.internal.drt;

/**
 * Non-negative least squares min ||E x - f||^2 subject to x &ge; 0 by the active-set algorithm of Lawson and
 * Hanson (Solving Least Squares Problems, Prentice-Hall 1974, ch. 23, algorithm NNLS). For the DRT, E is the
 * stacked Tikhonov matrix [A; sqrt(lambda) L]; each passive-set subproblem is solved by Householder QR.
 */
final class Nnls {

    private Nnls() {
    }

    static double[] solve(double[][] e, double[] f) {
        int m = e.length;
        int n = e[0].length;
        boolean[] passive = new boolean[n];
        double[] x = new double[n];
        // KKT tolerance on the gradient E^T (f - E x), as in the reference implementation: 10 max(m, n) eps
        // times the scale of E and f
        double colMax = 0;
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (double[] row : e) {
                s += row[j] * row[j];
            }
            colMax = Math.max(colMax, Math.sqrt(s));
        }
        double fnorm = 0;
        for (double v : f) {
            fnorm += v * v;
        }
        double tol = 10 * Math.max(m, n) * Math.ulp(1.0) * colMax * Math.max(Math.sqrt(fnorm), 1e-300);
        int maxIter = 3 * n + 30;
        int iter = 0;
        double[] w = gradient(e, f, x);
        while (iter++ < maxIter) {
            int t = -1;
            double best = tol;
            for (int j = 0; j < n; j++) {
                if (!passive[j] && w[j] > best) {
                    best = w[j];
                    t = j;
                }
            }
            if (t < 0) {
                break;
            }
            passive[t] = true;
            while (true) {
                double[] s = passiveSolve(e, f, passive);
                double alpha = 1;
                boolean feasible = true;
                for (int j = 0; j < n; j++) {
                    if (passive[j] && s[j] <= 0) {
                        feasible = false;
                        alpha = Math.min(alpha, x[j] / (x[j] - s[j]));
                    }
                }
                if (feasible) {
                    x = s;
                    break;
                }
                for (int j = 0; j < n; j++) {
                    x[j] += alpha * (s[j] - x[j]);
                }
                for (int j = 0; j < n; j++) {
                    if (passive[j] && (x[j] <= 0 || s[j] <= 0 && x[j] <= 1e-14 * Math.abs(s[j]))) {
                        passive[j] = false;
                        x[j] = 0;
                    }
                }
                if (++iter > maxIter) {
                    return x;
                }
            }
            w = gradient(e, f, x);
        }
        return x;
    }

    /** E^T (f - E x). */
    private static double[] gradient(double[][] e, double[] f, double[] x) {
        int n = x.length;
        double[] w = new double[n];
        for (int i = 0; i < e.length; i++) {
            double r = f[i];
            for (int j = 0; j < n; j++) {
                r -= e[i][j] * x[j];
            }
            for (int j = 0; j < n; j++) {
                w[j] += e[i][j] * r;
            }
        }
        return w;
    }

    private static double[] passiveSolve(double[][] e, double[] f, boolean[] passive) {
        int n = passive.length;
        int k = 0;
        int[] idx = new int[n];
        for (int j = 0; j < n; j++) {
            if (passive[j]) {
                idx[k++] = j;
            }
        }
        double[][] sub = new double[e.length][k];
        for (int i = 0; i < e.length; i++) {
            for (int a = 0; a < k; a++) {
                sub[i][a] = e[i][idx[a]];
            }
        }
        double[] z = HouseholderLs.of(sub, f).solution();
        double[] s = new double[n];
        for (int a = 0; a < k; a++) {
            s[idx[a]] = z[a];
        }
        return s;
    }
}
