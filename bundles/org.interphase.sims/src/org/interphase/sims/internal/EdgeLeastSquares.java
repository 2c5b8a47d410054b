package org.interphase.sims.internal;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DiagonalMatrix;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer.Optimum;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;
import org.interphase.sims.api.EdgeDirection;
import org.interphase.sims.api.EdgeFit;
import org.interphase.sims.api.EdgeModel;

/**
 * Levenberg-Marquardt fit (Hipparchus, after J.J. Moré, "The Levenberg-Marquardt algorithm: implementation
 * and theory", Lecture Notes in Mathematics 630 (1978) 105) of an edge model to the points of one window.
 * Internally x is centred and y scaled to order 1 for conditioning.
 */
public final class EdgeLeastSquares {

    /** Evaluation budget per LM run: a clean edge converges in well under 50. */
    static final int MAX_EVALUATIONS = 200;

    private EdgeLeastSquares() {
    }

    /**
     * Fits; {@code variance} may hold NaN (unweighted fit). Start values: centre {@code c0}, width {@code w0}.
     *
     * @throws MathIllegalStateException when the optimiser does not converge
     */
    public static EdgeFit fit(EdgeModel model, EdgeDirection dir, double[] x, double[] y, double[] variance,
            double c0, double w0) {
        int n = x.length;
        double yMax = 0;
        double yMin = Double.POSITIVE_INFINITY;
        for (double v : y) {
            yMax = Math.max(yMax, Math.abs(v));
            yMin = Math.min(yMin, v);
        }
        double scale = yMax > 0 ? yMax : 1;
        double[] u = new double[n];
        double[] t = new double[n];
        double[] w = new double[n];
        boolean weighted = true;
        double minVar = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            weighted &= !Double.isNaN(variance[i]);
            if (variance[i] > 0) {
                minVar = Math.min(minVar, variance[i]);
            }
        }
        if (!Double.isFinite(minVar)) {
            weighted = false;
        }
        for (int i = 0; i < n; i++) {
            u[i] = x[i] - c0;
            t[i] = y[i] / scale;
            // zero counts still carry the variance of a single count-scale event, never infinite weight
            w[i] = weighted ? scale * scale / Math.max(variance[i], minVar) : 1;
        }
        double sign = dir == EdgeDirection.RISING ? 1 : -1;
        double s0 = Math.max(w0 / model.widthPerScale(), 1e-9);
        double minS = 1e-6 * Math.max(Math.abs(x[n - 1] - x[0]), 1e-12);
        double b0 = Math.max(yMin, 0) / scale;
        double[] start = { b0, 1 - b0, 0, s0 };
        double[] bounds = { minS, Math.abs(x[n - 1] - x[0]), Math.min(u[0], u[n - 1]), Math.max(u[0], u[n - 1]) };
        Optimum opt = optimise(model, sign, u, t, w, start, bounds);
        if (weighted) {
            // Pearson re-weighting: variances taken from the fitted model instead of the noisy observations
            // (observed-count weights bias Poisson fits towards low values; Baker and Cousins, Nucl.
            // Instrum. Methods 221 (1984) 437)
            double[] w2 = pearsonWeights(model, sign, u, y, variance, opt.getPoint(), scale);
            opt = optimise(model, sign, u, t, w2, opt.getPoint().toArray(), bounds);
        }
        RealVector p = opt.getPoint();
        RealMatrix cov = opt.getCovariances(1e-14);
        int dof = Math.max(n - 4, 1);
        double chi2 = opt.getChiSquare() / dof;
        double factor = weighted ? Math.max(1, chi2) : chi2;
        double ws = model.widthPerScale();
        return new EdgeFit(model, dir, c0 + p.getEntry(2), Math.sqrt(cov.getEntry(2, 2) * factor),
                ws * p.getEntry(3), ws * Math.sqrt(cov.getEntry(3, 3) * factor), p.getEntry(0) * scale,
                p.getEntry(1) * scale, weighted ? chi2 : Double.NaN, n, x[0], x[n - 1]);
    }

    /**
     * One LM run; {@code bounds} = {min s, max s, min centre, max centre}: the scale stays between a
     * millionth of the window and the window, the centre inside the window.
     */
    private static Optimum optimise(EdgeModel model, double sign, double[] u, double[] t, double[] w, double[] start,
            double[] bounds) {
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .start(start)
                .target(t)
                .weight(new DiagonalMatrix(w))
                .model(p -> evaluate(model, sign, u, p))
                .parameterValidator(p -> {
                    p.setEntry(3, Math.min(Math.max(p.getEntry(3), bounds[0]), bounds[1]));
                    p.setEntry(2, Math.min(Math.max(p.getEntry(2), bounds[2]), bounds[3]));
                    return p;
                })
                .maxEvaluations(MAX_EVALUATIONS)
                .maxIterations(MAX_EVALUATIONS)
                .build();
        return new LevenbergMarquardtOptimizer().optimize(problem);
    }

    /**
     * Weights 1 / (k_i max(model_i, 1)) in units of scaled y, where k_i = variance_i / y_i is the
     * variance-per-count of each point (1 for raw counts; the median k where y_i is not positive).
     */
    private static double[] pearsonWeights(EdgeModel model, double sign, double[] u, double[] y, double[] variance,
            RealVector p, double scale) {
        int n = u.length;
        double[] k = new double[n];
        double[] known = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            k[i] = y[i] > 0 && variance[i] > 0 ? variance[i] / y[i] : Double.NaN;
            if (!Double.isNaN(k[i])) {
                known[m++] = k[i];
            }
        }
        double[] sorted = java.util.Arrays.copyOf(known, m);
        java.util.Arrays.sort(sorted);
        double median = m == 0 ? 1 : sorted[m / 2];
        RealVector f = evaluate(model, sign, u, p).getFirst();
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double ki = Double.isNaN(k[i]) ? median : k[i];
            double counts = Math.max(f.getEntry(i) * scale / ki, 1);
            w[i] = scale * scale / (ki * ki * counts);
        }
        return w;
    }

    private static Pair<RealVector, RealMatrix> evaluate(EdgeModel model, double sign, double[] u, RealVector p) {
        double b = p.getEntry(0);
        double a = p.getEntry(1);
        double c = p.getEntry(2);
        double s = p.getEntry(3);
        double[] value = new double[u.length];
        double[][] jac = new double[u.length][4];
        for (int i = 0; i < u.length; i++) {
            double z = sign * (u[i] - c) / s;
            double f = model.step(z);
            double df = model.stepDerivative(z);
            value[i] = b + a * f;
            jac[i][0] = 1;
            jac[i][1] = f;
            jac[i][2] = -a * df * sign / s;
            jac[i][3] = -a * df * z / s;
        }
        return new Pair<>(new ArrayRealVector(value, false), new Array2DRowRealMatrix(jac, false));
    }
}
