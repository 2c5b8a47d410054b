package org.interphase.eis.internal.fit;

/**
 * Bounded Levenberg-Marquardt for small dense least-squares problems, min |r(x)|^2 with lo &le; x &le; hi.
 * <p>
 * Why our own and not Hipparchus' {@code LevenbergMarquardtOptimizer}: that optimizer (a MINPACK port) has
 * no bound constraints (only a parameter validator that silently clips), recomputes through a generic
 * {@code LeastSquaresProblem} wrapper, and reports only its own counters. Here bounds are handled as an
 * active set (a parameter on a bound whose gradient points outward is frozen for the step, the step is
 * projected back into the box), the model and analytic Jacobian come from one evaluation, and we count
 * exactly what the fit report needs. Damping: Marquardt's diagonal scaling (D. W. Marquardt, J. SIAM 11
 * (1963) 431) with Nielsen's gain-ratio update of lambda (K. Madsen, H. B. Nielsen, O. Tingleff, "Methods
 * for non-linear least squares problems", DTU 2004, sec. 3.2). Convergence tests follow MINPACK (ftol,
 * xtol, gtol as cosine between residual and Jacobian columns).
 */
public final class LevenbergMarquardt {

    /** A least-squares problem: residuals and their Jacobian d r_i / d x_j. */
    public interface Problem {
        int residuals();

        int parameters();

        /** Fills r (and jac when not null); returns false when the model is not finite at x. */
        boolean evaluate(double[] x, double[] r, double[][] jac);
    }

    /** Tolerances and limits. */
    public record Settings(int maxIterations, double ftol, double xtol, double gtol) {
        public static Settings defaults() {
            return new Settings(400, 1e-9, 1e-11, 1e-10);
        }
    }

    /** Where the minimisation ended. */
    public record Outcome(double[] x, double cost, int iterations, int evaluations, int jacobians, boolean converged,
            String reason) {
    }

    /** The {@link Outcome#reason()} of a minimisation stopped by its cancel hook. */
    public static final String CANCELLED = "cancelled";

    private LevenbergMarquardt() {
    }

    public static Outcome minimize(Problem pr, double[] x0, double[] lo, double[] hi, Settings s) {
        return minimize(pr, x0, lo, hi, s, () -> false);
    }

    /** As {@link #minimize(Problem, double[], double[], double[], Settings)}, stopping when {@code cancel} says so. */
    public static Outcome minimize(Problem pr, double[] x0, double[] lo, double[] hi, Settings s,
            java.util.function.BooleanSupplier cancel) {
        int m = pr.residuals();
        int n = pr.parameters();
        double[] x = x0.clone();
        clip(x, lo, hi);
        double[] r = new double[m];
        double[][] jac = new double[m][n];
        int evals = 1;
        int jacs = 1;
        if (!pr.evaluate(x, r, jac)) {
            return new Outcome(x, Double.NaN, 0, evals, jacs, false, "model is not finite at the start values");
        }
        double cost = dot(r, r);
        double[][] a = new double[n][n];
        double[] g = new double[n];
        normal(jac, r, a, g);
        double lambda = 1e-3;
        double nu = 2;
        double[] xn = new double[n];
        double[] rn = new double[m];
        double[][] jn = new double[m][n];
        boolean[] free = new boolean[n];
        for (int it = 1; it <= s.maxIterations(); it++) {
            if (cancel.getAsBoolean()) {
                return new Outcome(x, cost, it - 1, evals, jacs, false, CANCELLED);
            }
            int nf = activeSet(x, g, lo, hi, free);
            if (nf == 0 || scaledGradient(a, g, free, cost) <= s.gtol()) {
                return new Outcome(x, cost, it - 1, evals, jacs, true, nf == 0 ? "all parameters on bounds"
                        : "gradient tolerance");
            }
            double[] step = solveDamped(a, g, free, lambda);
            if (step == null) {
                lambda *= nu;
                nu *= 2;
                continue;
            }
            for (int k = 0; k < n; k++) {
                xn[k] = x[k] + step[k];
            }
            clip(xn, lo, hi);
            double sNorm = 0;
            double xNorm = 0;
            for (int k = 0; k < n; k++) {
                step[k] = xn[k] - x[k];
                sNorm += step[k] * step[k];
                xNorm += x[k] * x[k];
            }
            if (Math.sqrt(sNorm) <= s.xtol() * (Math.sqrt(xNorm) + s.xtol())) {
                return new Outcome(x, cost, it, evals, jacs, true, "step tolerance");
            }
            evals++;
            jacs++;
            boolean ok = pr.evaluate(xn, rn, jn);
            double costN = ok ? dot(rn, rn) : Double.POSITIVE_INFINITY;
            double predicted = -(2 * dot(g, step) + quad(a, step));
            if (ok && costN < cost) {
                double actual = cost - costN;
                double rho = predicted > 0 ? actual / predicted : 1;
                boolean small = actual <= s.ftol() * cost && predicted <= s.ftol() * cost;
                System.arraycopy(xn, 0, x, 0, n);
                System.arraycopy(rn, 0, r, 0, m);
                for (int i = 0; i < m; i++) {
                    System.arraycopy(jn[i], 0, jac[i], 0, n);
                }
                cost = costN;
                normal(jac, r, a, g);
                lambda *= Math.max(1.0 / 3, 1 - Math.pow(2 * rho - 1, 3));
                lambda = Math.max(lambda, 1e-15);
                nu = 2;
                if (small) {
                    return new Outcome(x, cost, it, evals, jacs, true, "relative reduction below ftol");
                }
            } else {
                lambda *= nu;
                nu *= 2;
                if (lambda > 1e20) {
                    return new Outcome(x, cost, it, evals, jacs, true, "no further decrease possible");
                }
            }
        }
        return new Outcome(x, cost, s.maxIterations(), evals, jacs, false, "iteration limit reached");
    }

    /** A parameter on a bound with the descent direction (-g) pointing outward is held fixed. */
    private static int activeSet(double[] x, double[] g, double[] lo, double[] hi, boolean[] free) {
        int nf = 0;
        for (int k = 0; k < x.length; k++) {
            boolean atLo = x[k] <= lo[k] && g[k] > 0;
            boolean atHi = x[k] >= hi[k] && g[k] < 0;
            free[k] = !(atLo || atHi);
            if (free[k]) {
                nf++;
            }
        }
        return nf;
    }

    private static double scaledGradient(double[][] a, double[] g, boolean[] free, double cost) {
        if (cost == 0) {
            return 0;
        }
        double max = 0;
        for (int k = 0; k < g.length; k++) {
            if (free[k] && a[k][k] > 0) {
                max = Math.max(max, Math.abs(g[k]) / Math.sqrt(a[k][k] * cost));
            }
        }
        return max;
    }

    /** Solves (A + lambda diag(A)) s = -g on the free parameters by Cholesky; null when not positive definite. */
    static double[] solveDamped(double[][] a, double[] g, boolean[] free, double lambda) {
        int n = g.length;
        int[] idx = new int[n];
        int nf = 0;
        double maxDiag = 0;
        for (int k = 0; k < n; k++) {
            maxDiag = Math.max(maxDiag, a[k][k]);
            if (free[k]) {
                idx[nf++] = k;
            }
        }
        double[][] l = new double[nf][nf];
        for (int i = 0; i < nf; i++) {
            for (int j = 0; j <= i; j++) {
                double v = a[idx[i]][idx[j]];
                if (i == j) {
                    v += lambda * Math.max(a[idx[i]][idx[i]], 1e-12 * maxDiag);
                }
                for (int k = 0; k < j; k++) {
                    v -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(v > 0)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(v);
                } else {
                    l[i][j] = v / l[j][j];
                }
            }
        }
        double[] y = new double[nf];
        for (int i = 0; i < nf; i++) {
            double v = -g[idx[i]];
            for (int k = 0; k < i; k++) {
                v -= l[i][k] * y[k];
            }
            y[i] = v / l[i][i];
        }
        double[] step = new double[n];
        for (int i = nf - 1; i >= 0; i--) {
            double v = y[i];
            for (int k = i + 1; k < nf; k++) {
                v -= l[k][i] * step[idx[k]];
            }
            step[idx[i]] = v / l[i][i];
        }
        return step;
    }

    private static void normal(double[][] jac, double[] r, double[][] a, double[] g) {
        int n = g.length;
        for (int i = 0; i < n; i++) {
            g[i] = 0;
            for (int j = 0; j < n; j++) {
                a[i][j] = 0;
            }
        }
        for (int row = 0; row < r.length; row++) {
            double[] jr = jac[row];
            for (int i = 0; i < n; i++) {
                double ji = jr[i];
                g[i] += ji * r[row];
                for (int j = 0; j <= i; j++) {
                    a[i][j] += ji * jr[j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                a[j][i] = a[i][j];
            }
        }
    }

    private static double quad(double[][] a, double[] s) {
        double q = 0;
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s.length; j++) {
                q += s[i] * a[i][j] * s[j];
            }
        }
        return q;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void clip(double[] x, double[] lo, double[] hi) {
        for (int k = 0; k < x.length; k++) {
            x[k] = Math.min(hi[k], Math.max(lo[k], x[k]));
        }
    }
}
