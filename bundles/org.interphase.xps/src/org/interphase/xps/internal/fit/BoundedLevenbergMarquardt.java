package org.interphase.xps.internal.fit;


/**
 * Weighted least squares with box bounds by Levenberg-Marquardt (K. Levenberg, Q. Appl. Math. 2 (1944)
 * 164; D. W. Marquardt, J. SIAM 11 (1963) 431) with Marquardt's diagonal scaling, projected steps and an
 * active set: a parameter sitting on a bound whose gradient points outward is removed from the normal
 * equations for that step (the projected-gradient treatment of box constraints, e.g. Kanzow, Yamashita,
 * Fukushima, J. Comput. Appl. Math. 172 (2004) 375).
 * <p>
 * Our own rather than Hipparchus's {@code LevenbergMarquardtOptimizer}: Hipparchus has no bounds (only a
 * {@code ParameterValidator} that clips after the step, which leaves the clipped parameter in the normal
 * equations and stalls on an active bound), and for these small dense problems (10-30 parameters, a few
 * hundred points) a direct Cholesky solve without the optimizer's object overhead is faster, which matters
 * for Monte Carlo refits. Hipparchus is used for nothing here.
 */
public final class BoundedLevenbergMarquardt {

    /** Model: values for parameters; jacobian n x m. */
    public interface Problem {
        double[] values(double[] p);

        double[][] jacobian(double[] p);
    }

    /**
     * Outcome.
     *
     * @param p          parameters
     * @param chi2       weighted sum of squares
     * @param iterations iterations (Jacobian evaluations)
     * @param converged  whether the relative tolerance was met
     * @param atBound    per parameter: whether it ends on a bound
     * @param jacobian   Jacobian at p (unweighted)
     */
    public record Result(double[] p, double chi2, int iterations, boolean converged, boolean[] atBound,
            double[][] jacobian) {
    }

    private BoundedLevenbergMarquardt() {
    }

    /** Minimises sum w_i (y_i - f_i(p))^2 with lo &lt;= p &lt;= hi. */
    public static Result minimise(Problem f, double[] y, double[] w, double[] start, double[] lo, double[] hi,
            int maxIterations, double tolerance) {
        int m = start.length;
        double[] p = clamp(start.clone(), lo, hi);
        double[] fp = f.values(p);
        double chi2 = chi2(y, w, fp);
        double lambda = 1e-3;
        boolean converged = false;
        int it = 0;
        double[][] jac = null;
        boolean needJ = true;
        double[] g = new double[m];
        double[][] a = new double[m][m];
        while (it < maxIterations) {
            if (needJ) {
                jac = f.jacobian(p);
                it++;
                normalEquations(jac, y, w, fp, a, g);
                needJ = false;
            }
            if (m == 0) {
                converged = true;
                break;
            }
            boolean[] active = new boolean[m];
            for (int j = 0; j < m; j++) {
                active[j] = (p[j] <= lo[j] && g[j] < 0) || (p[j] >= hi[j] && g[j] > 0);
            }
            double[] step = solve(a, g, lambda, active);
            if (step == null) {
                lambda *= 10;
                if (lambda > 1e16) {
                    break;
                }
                continue;
            }
            double[] q = new double[m];
            for (int j = 0; j < m; j++) {
                q[j] = p[j] + step[j];
            }
            clamp(q, lo, hi);
            double[] fq = f.values(q);
            double c = chi2(y, w, fq);
            if (c <= chi2) {
                double maxRel = 0;
                for (int j = 0; j < m; j++) {
                    maxRel = Math.max(maxRel, Math.abs(q[j] - p[j]) / (Math.abs(p[j]) + 1e-6));
                }
                boolean small = chi2 - c <= tolerance * Math.max(c, 1e-300) || maxRel < tolerance;
                p = q;
                fp = fq;
                chi2 = c;
                lambda = Math.max(lambda / 10, 1e-12);
                needJ = true;
                if (small) {
                    converged = true;
                    jac = f.jacobian(p);
                    break;
                }
            } else {
                lambda *= 10;
                if (lambda > 1e16) {
                    converged = true; // no downhill step left at machine precision
                    break;
                }
            }
        }
        if (needJ || jac == null) {
            jac = f.jacobian(p);
        }
        boolean[] atBound = new boolean[m];
        for (int j = 0; j < m; j++) {
            atBound[j] = p[j] <= lo[j] || p[j] >= hi[j];
        }
        return new Result(p, chi2, it, converged, atBound, jac);
    }

    /** J^T W J and J^T W r. */
    static void normalEquations(double[][] jac, double[] y, double[] w, double[] f, double[][] a, double[] g) {
        int m = g.length;
        for (double[] row : a) {
            java.util.Arrays.fill(row, 0);
        }
        java.util.Arrays.fill(g, 0);
        for (int i = 0; i < y.length; i++) {
            double[] ji = jac[i];
            double wi = w[i];
            double ri = (y[i] - f[i]) * wi;
            for (int j = 0; j < m; j++) {
                double wj = ji[j] * wi;
                g[j] += ji[j] * ri;
                for (int k = 0; k <= j; k++) {
                    a[j][k] += wj * ji[k];
                }
            }
        }
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < j; k++) {
                a[k][j] = a[j][k];
            }
        }
    }

    private static double[] solve(double[][] a, double[] g, double lambda, boolean[] active) {
        int m = g.length;
        double maxDiag = 0;
        for (int j = 0; j < m; j++) {
            maxDiag = Math.max(maxDiag, a[j][j]);
        }
        double[][] b = new double[m][m];
        double[] r = new double[m];
        for (int j = 0; j < m; j++) {
            if (active[j] || !(a[j][j] > 0)) { // on a bound, or no gradient at all: no step
                b[j][j] = 1;
                continue;
            }
            for (int k = 0; k < m; k++) {
                b[j][k] = active[k] || !(a[k][k] > 0) ? 0 : a[j][k];
            }
            b[j][j] += lambda * Math.max(a[j][j], 1e-12 * maxDiag + 1e-300);
            r[j] = g[j];
        }
        return Cholesky.solve(b, r);
    }

    static double chi2(double[] y, double[] w, double[] f) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            double r = y[i] - f[i];
            s += w[i] * r * r;
        }
        return s;
    }

    private static double[] clamp(double[] p, double[] lo, double[] hi) {
        for (int j = 0; j < p.length; j++) {
            p[j] = Math.min(hi[j], Math.max(lo[j], p[j]));
        }
        return p;
    }

}
