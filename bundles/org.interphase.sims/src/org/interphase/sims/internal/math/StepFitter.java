package org.interphase.sims.internal.math;

/**
 * Weighted least-squares fit of a step {@code y = b + A F(sign (x - c) / s)} to the points {@code lo..hi-1} of
 * arrays, by the Levenberg-Marquardt method with Marquardt's diagonal scaling (D. W. Marquardt, J. Soc. Ind.
 * Appl. Math. 11 (1963) 431; J. J. Moré, Lecture Notes in Mathematics 630 (1978) 105) and an analytic
 * Jacobian. Four parameters only, so the normal equations (J^T W J + lambda diag) d = J^T W r are solved
 * directly by Cholesky; the work arrays are allocated once per fit, nothing inside the iterations.
 * <p>
 * Internally x is shifted by the start centre and y divided by its largest magnitude (conditioning). With
 * variances a second run re-weights with the model's own variances (Pearson weights: observed-count weights
 * bias Poisson fits towards low values; Baker and Cousins, Nucl. Instrum. Methods 221 (1984) 437).
 * Uncertainties come from (J^T W J)^-1 at the optimum.
 */
public final class StepFitter {

    /** Most iterations per LM run; a clean edge from interpolated start values needs well under 20. */
    public static final int MAX_ITERATIONS = 200;
    /** Relative chi-square decrease (or step) at which the final run stops. */
    private static final double TOLERANCE = 1e-10;
    /** The same for the first run of a weighted fit, which only provides the model for the Pearson weights. */
    private static final double ROUGH_TOLERANCE = 1e-5;

    /**
     * The fit, in the caller's units.
     *
     * @param centre      c
     * @param centreError standard error of c
     * @param scale       s (> 0)
     * @param scaleError  standard error of s
     * @param baseline    b
     * @param amplitude   A
     * @param chiSquare   weighted sum of squared residuals (in units of the scaled y when unweighted)
     * @param weighted    whether variances were used
     * @param points      number of points
     * @param iterations  LM iterations over both runs
     */
    public record Result(double centre, double centreError, double scale, double scaleError, double baseline,
            double amplitude, double chiSquare, boolean weighted, int points, int iterations) {
    }

    private final StepShape shape;
    private final double sign;
    private final int n;
    private final double[] u;
    private final double[] t;
    private final double[] w;
    private final double[] f;
    private final double[] df;
    private final double[] a = new double[16];
    private final double[] g = new double[4];
    private final double[] m = new double[16];
    private final double[] d = new double[4];
    private final double[] trial = new double[4];
    private final double[] bounds = new double[4];
    private int iterations;

    private StepFitter(StepShape shape, boolean rising, int n) {
        this.shape = shape;
        this.sign = rising ? 1 : -1;
        this.n = n;
        u = new double[n];
        t = new double[n];
        w = new double[n];
        f = new double[n];
        df = new double[n];
    }

    /**
     * Fits points {@code lo <= i < hi}; {@code variance} may hold NaN (then the fit is unweighted).
     *
     * @param c0 start centre (the interpolated 50 % crossing)
     * @param w0 start 16-84 % width (the interpolated one)
     * @param widthPerScale the shape's 16-84 % width divided by s
     * @throws ArithmeticException when the fit does not converge or the curvature matrix is singular
     */
    public static Result fit(StepShape shape, boolean rising, double[] x, double[] y, double[] variance, int lo,
            int hi, double c0, double w0, double widthPerScale) {
        int n = hi - lo;
        if (n < 5) {
            throw new ArithmeticException("fewer than 5 points");
        }
        StepFitter ft = new StepFitter(shape, rising, n);
        double yMax = 0;
        double yMin = Double.POSITIVE_INFINITY;
        boolean weighted = true;
        double minVar = Double.POSITIVE_INFINITY;
        for (int i = lo; i < hi; i++) {
            yMax = Math.max(yMax, Math.abs(y[i]));
            yMin = Math.min(yMin, y[i]);
            weighted &= !Double.isNaN(variance[i]);
            if (variance[i] > 0) {
                minVar = Math.min(minVar, variance[i]);
            }
        }
        weighted &= Double.isFinite(minVar);
        double scale = yMax > 0 ? yMax : 1;
        for (int i = 0; i < n; i++) {
            ft.u[i] = x[lo + i] - c0;
            ft.t[i] = y[lo + i] / scale;
            // zero counts still carry the variance of a single count-scale event, never infinite weight
            ft.w[i] = weighted ? scale * scale / Math.max(variance[lo + i], minVar) : 1;
        }
        double span = Math.abs(x[hi - 1] - x[lo]);
        ft.bounds[0] = 1e-6 * Math.max(span, 1e-12);
        ft.bounds[1] = span;
        ft.bounds[2] = Math.min(ft.u[0], ft.u[n - 1]);
        ft.bounds[3] = Math.max(ft.u[0], ft.u[n - 1]);
        double b0 = Math.max(yMin, 0) / scale;
        double[] p = { b0, 1 - b0, 0, Math.min(Math.max(w0 / widthPerScale, ft.bounds[0]), span) };
        ft.linearStart(p);
        double chi2 = ft.optimise(p, weighted ? ROUGH_TOLERANCE : TOLERANCE);
        if (weighted) {
            ft.pearsonWeights(y, variance, lo, p, scale);
            chi2 = ft.optimise(p, TOLERANCE);
        }
        double[] cov = ft.covariance(p);
        return new Result(c0 + p[2], Math.sqrt(cov[10]), p[3], Math.sqrt(cov[15]), p[0] * scale, p[1] * scale, chi2,
                weighted, n, ft.iterations);
    }

    /**
     * Baseline and amplitude enter linearly: for the start centre and scale they are solved exactly by weighted
     * linear least squares (kept from the caller when that system is degenerate).
     */
    private void linearStart(double[] p) {
        evaluate(p);
        double sw = 0;
        double sf = 0;
        double sff = 0;
        double st = 0;
        double sft = 0;
        for (int i = 0; i < n; i++) {
            sw += w[i];
            sf += w[i] * f[i];
            sff += w[i] * f[i] * f[i];
            st += w[i] * t[i];
            sft += w[i] * f[i] * t[i];
        }
        double det = sw * sff - sf * sf;
        if (det > 1e-12 * sw * sff) {
            double amp = (sw * sft - sf * st) / det;
            if (amp > 0) {
                p[1] = amp;
                p[0] = (st - amp * sf) / sw;
            }
        }
    }

    /** Fills f and df at p, returns chi-square. */
    private double evaluate(double[] p) {
        double b = p[0];
        double amp = p[1];
        double c = p[2];
        double inv = 1 / p[3];
        double chi2 = 0;
        for (int i = 0; i < n; i++) {
            double z = sign * (u[i] - c) * inv;
            double fi = shape.value(z);
            f[i] = fi;
            df[i] = z;
            double r = t[i] - b - amp * fi;
            chi2 += w[i] * r * r;
        }
        return chi2;
    }

    /** The normal matrix J^T W J (a) and gradient J^T W r (g) at p, with f and z (in df) from evaluate(p). */
    private void normalEquations(double[] p) {
        java.util.Arrays.fill(a, 0);
        java.util.Arrays.fill(g, 0);
        double amp = p[1];
        double inv = 1 / p[3];
        for (int i = 0; i < n; i++) {
            double z = df[i];
            double dz = shape.derivative(z);
            double j0 = 1;
            double j1 = f[i];
            double j2 = -amp * dz * sign * inv;
            double j3 = -amp * dz * z * inv;
            double wi = w[i];
            double r = wi * (t[i] - p[0] - amp * f[i]);
            g[0] += j0 * r;
            g[1] += j1 * r;
            g[2] += j2 * r;
            g[3] += j3 * r;
            a[0] += wi;
            a[1] += wi * j1;
            a[2] += wi * j2;
            a[3] += wi * j3;
            a[5] += wi * j1 * j1;
            a[6] += wi * j1 * j2;
            a[7] += wi * j1 * j3;
            a[10] += wi * j2 * j2;
            a[11] += wi * j2 * j3;
            a[15] += wi * j3 * j3;
        }
        a[4] = a[1];
        a[8] = a[2];
        a[9] = a[6];
        a[12] = a[3];
        a[13] = a[7];
        a[14] = a[11];
    }

    /** Levenberg-Marquardt from p (updated in place) with the current weights; returns the final chi-square. */
    private double optimise(double[] p, double tolerance) {
        double chi2 = evaluate(p);
        double lambda = 1e-3;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            iterations++;
            normalEquations(p);
            boolean accepted = false;
            double chiNew = chi2;
            while (!accepted) {
                // projected LM: a parameter the step pushes through its bound is held at the bound for this step
                int frozen = 0;
                boolean solved = false;
                for (int attempt = 0; attempt < 3; attempt++) {
                    if (!damped(lambda, frozen)) {
                        break;
                    }
                    int clamped = clampTrial(p);
                    if ((clamped & ~frozen) == 0) {
                        solved = true;
                        break;
                    }
                    frozen |= clamped;
                }
                if (!solved) {
                    lambda *= 10;
                } else {
                    chiNew = evaluate(trial);
                    if (chiNew <= chi2) {
                        accepted = true;
                    } else {
                        lambda *= 10;
                    }
                }
                if (!accepted && lambda > 1e16) {
                    evaluate(p); // restore f at p: no downhill step left, p is the minimum
                    return chi2;
                }
            }
            boolean small = true;
            for (int k = 0; k < 4; k++) {
                double ref = k == 2 ? p[3] : Math.max(Math.abs(p[k]), Math.abs(p[1]));
                small &= Math.abs(trial[k] - p[k]) <= tolerance * Math.max(ref, 1e-300);
                p[k] = trial[k];
            }
            double drop = chi2 - chiNew;
            chi2 = chiNew;
            // a tiny step taken under heavy damping says nothing about convergence: only near-Gauss-Newton steps count
            boolean undamped = lambda <= 1e2;
            lambda = Math.max(lambda * 0.1, 1e-12);
            if (chi2 == 0 || drop <= tolerance * chi2 || undamped && small) {
                return chi2;
            }
        }
        throw new ArithmeticException("no convergence in " + MAX_ITERATIONS + " iterations");
    }

    /** Solves (a + lambda diag a) d = g with the {@code frozen} parameters (bit mask) held; false if singular. */
    private boolean damped(double lambda, int frozen) {
        for (int k = 0; k < 16; k++) {
            m[k] = a[k];
        }
        for (int k = 0; k < 4; k++) {
            m[5 * k] = a[5 * k] * (1 + lambda) + 1e-300;
        }
        double[] rhs = trial; // scratch, overwritten by clampTrial afterwards
        for (int k = 0; k < 4; k++) {
            rhs[k] = g[k];
            if ((frozen & (1 << k)) != 0) {
                for (int j = 0; j < 4; j++) {
                    m[4 * k + j] = 0;
                    m[4 * j + k] = 0;
                }
                m[5 * k] = 1;
                rhs[k] = 0;
            }
        }
        return solve(m, rhs, d);
    }

    /** trial = p + d clamped to the bounds; returns the bit mask of the parameters that were clamped. */
    private int clampTrial(double[] p) {
        int clamped = 0;
        for (int k = 0; k < 4; k++) {
            trial[k] = p[k] + d[k];
        }
        for (int k = 2; k < 4; k++) {
            double lo = bounds[k == 3 ? 0 : 2];
            double hi = bounds[k == 3 ? 1 : 3];
            if (trial[k] < lo || trial[k] > hi) {
                trial[k] = Math.min(Math.max(trial[k], lo), hi);
                clamped |= 1 << k;
            }
        }
        return clamped;
    }

    private void pearsonWeights(double[] y, double[] variance, int lo, double[] p, double scale) {
        double[] k = new double[n];
        double[] known = new double[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            double yi = y[lo + i];
            double vi = variance[lo + i];
            k[i] = yi > 0 && vi > 0 ? vi / yi : Double.NaN;
            if (!Double.isNaN(k[i])) {
                known[count++] = k[i];
            }
        }
        java.util.Arrays.sort(known, 0, count);
        double median = count == 0 ? 1 : known[count / 2];
        evaluate(p);
        for (int i = 0; i < n; i++) {
            double ki = Double.isNaN(k[i]) ? median : k[i];
            double counts = Math.max((p[0] + p[1] * f[i]) * scale / ki, 1);
            w[i] = scale * scale / (ki * ki * counts);
        }
    }

    /** (J^T W J)^-1 at p, row-major 4x4. */
    private double[] covariance(double[] p) {
        evaluate(p);
        normalEquations(p);
        double[] inv = new double[16];
        double[] e = new double[4];
        double[] col = new double[4];
        double[] l = a.clone();
        double maxDiag = Math.max(Math.max(a[0], a[5]), Math.max(a[10], a[15]));
        if (!cholesky(l, 1e-14 * maxDiag)) {
            throw new ArithmeticException("singular curvature matrix (a parameter is not determined by the data)");
        }
        for (int j = 0; j < 4; j++) {
            java.util.Arrays.fill(e, 0);
            e[j] = 1;
            substitute(l, e, col);
            for (int i = 0; i < 4; i++) {
                inv[4 * i + j] = col[i];
            }
        }
        return inv;
    }

    /** Solves the symmetric positive-definite system mat x = rhs (mat is overwritten); false if not SPD. */
    private static boolean solve(double[] mat, double[] rhs, double[] x) {
        if (!cholesky(mat, 0)) {
            return false;
        }
        substitute(mat, rhs, x);
        return true;
    }

    /** In-place Cholesky L L^T (lower triangle of mat); false when a pivot is not above {@code tiny}. */
    private static boolean cholesky(double[] mat, double tiny) {
        for (int j = 0; j < 4; j++) {
            double s = mat[5 * j];
            for (int k = 0; k < j; k++) {
                s -= mat[4 * j + k] * mat[4 * j + k];
            }
            if (!(s > tiny)) {
                return false;
            }
            double ljj = Math.sqrt(s);
            mat[5 * j] = ljj;
            for (int i = j + 1; i < 4; i++) {
                double v = mat[4 * i + j];
                for (int k = 0; k < j; k++) {
                    v -= mat[4 * i + k] * mat[4 * j + k];
                }
                mat[4 * i + j] = v / ljj;
            }
        }
        return true;
    }

    private static void substitute(double[] l, double[] rhs, double[] x) {
        for (int i = 0; i < 4; i++) {
            double v = rhs[i];
            for (int k = 0; k < i; k++) {
                v -= l[4 * i + k] * x[k];
            }
            x[i] = v / l[5 * i];
        }
        for (int i = 3; i >= 0; i--) {
            double v = x[i];
            for (int k = i + 1; k < 4; k++) {
                v -= l[4 * k + i] * x[k];
            }
            x[i] = v / l[5 * i];
        }
    }
}
