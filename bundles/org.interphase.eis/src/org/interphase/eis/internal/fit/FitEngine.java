package org.interphase.eis.internal.fit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.hipparchus.distribution.continuous.TDistribution;
import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.FitFlag;
import org.interphase.eis.api.FitMonitor;
import org.interphase.eis.api.FitOptions;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.FittedParameter;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.ParameterSpec;

/**
 * Multi-start CNLS: a local bounded LM fit from the user's guess, then (optionally) further fits from
 * perturbations of the best point so far (normal, one decade standard deviation in log space; +-0.2 for
 * exponents), a basin-hopping-like global strategy. Then statistics and flags on the best result.
 */
public final class FitEngine {

    private static final double LN10 = Math.log(10);

    private FitEngine() {
    }

    public static FitResult fit(Circuit c, ImpedanceData d, double[] initial, FitOptions o) {
        return fit(c, d, initial, o, FitMonitor.NONE);
    }

    public static FitResult fit(Circuit c, ImpedanceData d, double[] initial, FitOptions o, FitMonitor monitor) {
        long t0 = System.nanoTime();
        Setup s = Setup.of(c, d, initial, o);
        LevenbergMarquardt.Settings settings = new LevenbergMarquardt.Settings(o.maxIterations(), 1e-9, 1e-11,
                1e-10);
        double[] x0 = s.problem().toCoordinates(s.start());
        LevenbergMarquardt.Outcome best = LevenbergMarquardt.minimize(s.problem(), x0, s.lo(), s.hi(), settings,
                monitor::isCanceled);
        double primary = best.cost();
        int bestStart = 0;
        int evals = best.evaluations();
        int jacs = best.jacobians();
        int iters = best.iterations();
        Random rnd = new Random(o.seed());
        for (int k = 1; k < o.starts() && !monitor.isCanceled(); k++) {
            // odd starts perturb the best point so far, even starts the user's start
            double[] x = (k % 2 == 1 ? best.x() : x0).clone();
            for (int j = 0; j < x.length; j++) {
                if (s.log()[j]) {
                    x[j] += rnd.nextGaussian() * LN10;
                } else {
                    x[j] += (2 * rnd.nextDouble() - 1) * 0.2;
                }
                x[j] = Math.min(s.hi()[j], Math.max(s.lo()[j], x[j]));
            }
            LevenbergMarquardt.Outcome out = LevenbergMarquardt.minimize(s.problem(), x, s.lo(), s.hi(), settings,
                    monitor::isCanceled);
            evals += out.evaluations();
            jacs += out.jacobians();
            iters += out.iterations();
            if (Double.isFinite(out.cost()) && (!Double.isFinite(best.cost()) || out.cost() < best.cost() * (1 - 1e-9))) {
                best = out;
                bestStart = k;
            }
        }
        // cancelled during any start (also one whose outcome was not kept): the result is not a finished fit
        boolean cancelled = monitor.isCanceled() || LevenbergMarquardt.CANCELLED.equals(best.reason());
        return report(c, d, o, s, best, primary, bestStart, evals, jacs, iters, System.nanoTime() - t0, cancelled);
    }

    private static FitResult report(Circuit c, ImpedanceData d, FitOptions o, Setup s, LevenbergMarquardt.Outcome best,
            double primary, int bestStart, int evals, int jacs, int iters, long nanos, boolean cancelled) {
        int np = c.parameterCount();
        int[] free = s.free();
        double[] p = s.problem().toParameters(best.x());
        boolean[] atBound = new boolean[free.length];
        List<Integer> est = new ArrayList<>();
        for (int j = 0; j < free.length; j++) {
            double x = best.x()[j];
            atBound[j] = x <= s.lo()[j] + 1e-9 * (1 + Math.abs(s.lo()[j]))
                    || x >= s.hi()[j] - 1e-9 * (1 + Math.abs(s.hi()[j])) || pushedToZero(s, free[j], p[free[j]]);
            if (!atBound[j]) {
                est.add(free[j]);
            }
        }
        int n = 2 * d.size();
        int dof = n - free.length;
        int[] estIdx = est.stream().mapToInt(Integer::intValue).toArray();
        int[][] links = Setup.links(s.linkSource());
        CircuitProblem natural = new CircuitProblem(c, d, o.weighting(), estIdx, new boolean[estIdx.length], p,
                links[0], links[1], o.admittance());
        double[][] jac = new double[n][estIdx.length];
        double[] r = new double[n];
        boolean finite = natural.residualsAt(p, r, jac, false);
        FitStatistics.Covariance cov = finite ? FitStatistics.covariance(jac, best.cost(), n - estIdx.length)
                : new FitStatistics.Covariance(FitStatistics.nanMatrix(estIdx.length), new boolean[estIdx.length]);
        double[][] fullCov = FitStatistics.nanMatrix(np);
        for (int a = 0; a < estIdx.length; a++) {
            for (int b = 0; b < estIdx.length; b++) {
                fullCov[estIdx[a]][estIdx[b]] = cov.covariance()[a][b];
            }
        }
        // a linked parameter is its source: same variance and covariances
        int[] src = s.linkSource();
        for (int i = 0; i < np; i++) {
            if (src[i] >= 0) {
                for (int b = 0; b < np; b++) {
                    int sb = src[b] >= 0 ? src[b] : b;
                    fullCov[i][b] = fullCov[src[i]][sb];
                    fullCov[b][i] = fullCov[sb][src[i]];
                }
            }
        }
        double t = dof > 0 ? new TDistribution(dof).inverseCumulativeProbability(0.975) : Double.NaN;
        List<FittedParameter> params = new ArrayList<>();
        Set<FitFlag> flags = EnumSet.noneOf(FitFlag.class);
        int moved = 0;
        for (int i = 0; i < np; i++) {
            ParameterSpec spec = s.specs().get(i);
            Set<FitFlag> pf = EnumSet.noneOf(FitFlag.class);
            int j = indexOf(free, i);
            double se = Math.sqrt(fullCov[i][i]);
            boolean log = j >= 0 && s.log()[j];
            if (j < 0 && src[i] >= 0) {
                pf.add(FitFlag.LINKED);
                int js = indexOf(free, src[i]);
                if (js >= 0 && atBound[js]) {
                    pf.add(FitFlag.AT_BOUND);
                }
                log = js >= 0 && s.log()[js];
            } else if (j < 0) {
                pf.add(FitFlag.FIXED);
            } else {
                if (atBound[j]) {
                    pf.add(FitFlag.AT_BOUND);
                }
                int e = est.indexOf(i);
                double range = log ? Math.abs(p[i]) : Math.min(Math.abs(p[i]) + 1, spec.upper() - spec.lower());
                if (e >= 0 && (cov.nonIdentifiable()[e] || !(se <= range))) {
                    pf.add(FitFlag.NON_IDENTIFIABLE);
                }
                double p0 = s.start()[i];
                boolean still = log ? Math.abs(p[i] - p0) <= 1e-6 * Math.abs(p0) : Math.abs(p[i] - p0) <= 1e-8;
                if (still) {
                    pf.add(FitFlag.DID_NOT_MOVE);
                } else {
                    moved++;
                }
            }
            double lo95 = log ? p[i] * Math.exp(-t * se / p[i]) : p[i] - t * se;
            double hi95 = log ? p[i] * Math.exp(t * se / p[i]) : p[i] + t * se;
            params.add(new FittedParameter(c.parameterNames().get(i), spec.unit(), p[i], initialOf(s, i), se, lo95,
                    hi95, pf));
            pf.stream().filter(f -> f == FitFlag.AT_BOUND || f == FitFlag.NON_IDENTIFIABLE).forEach(flags::add);
        }
        if (free.length > 0 && moved == 0) {
            flags.add(FitFlag.DID_NOT_MOVE);
        }
        if (cancelled) {
            flags.add(FitFlag.CANCELLED);
        } else if (!best.converged()) {
            flags.add(FitFlag.NOT_CONVERGED);
        }
        if (bestStart != 0 && best.cost() < primary * (1 - 1e-6)) {
            flags.add(FitFlag.BETTER_MINIMUM_FROM_OTHER_START);
        }
        double chi2 = best.cost();
        double k = free.length;
        double aic = n * Math.log(chi2 / n) + 2 * k;
        double bic = n * Math.log(chi2 / n) + k * Math.log(n);
        return new FitResult(c.text(), o.weighting(), params, chi2, dof > 0 ? chi2 / dof : Double.NaN,
                s.problem().pseudoChiSquare(p), aic, bic, d.size(), dof, evals, jacs, iters, o.starts(), bestStart,
                primary, fullCov, FitStatistics.correlation(fullCov), flags, best.converged(), best.reason(), nanos);
    }

    /**
     * A parameter bounded below by 0 that the fit pushed below 1e-12 of its scale (its start value or, if larger,
     * its element's typical value) is at that bound: with log-scaled positive parameters the optimizer never
     * reaches 0 exactly (issue 15: R0 = 2e-84 Ohm), and a standard error there is meaningless.
     */
    static boolean pushedToZero(Setup s, int i, double value) {
        ParameterSpec spec = s.specs().get(i);
        double scale = Math.max(Math.abs(s.start()[i]), Math.abs(spec.typical()));
        return spec.lower() == 0 && value <= 1e-12 * scale;
    }

    private static double initialOf(Setup s, int i) {
        return s.start()[i];
    }

    static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
