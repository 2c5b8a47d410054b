package org.interphase.xps.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.interphase.xps.internal.fit.BoundedLevenbergMarquardt;
import org.interphase.xps.internal.fit.Cholesky;
import org.interphase.xps.internal.fit.ModelFunction;
import org.interphase.xps.internal.fit.ParameterTable;

/**
 * Fits a {@link PeakModel} to a region by bounded Levenberg-Marquardt with Poisson-aware weights and
 * returns parameters with covariance errors (see {@link MonteCarlo} for Monte Carlo errors).
 */
public final class PeakFitter {

    private PeakFitter() {
    }

    /** Fits a region's CPS on its binding-energy axis, with Poisson weights from the region's counts. */
    public static FitResult fit(XpsRegionData region, PeakModel model) {
        return fit(region.bindingEnergy(), region.cps(), model, FitOptions.poisson(region.poissonFactor()));
    }

    /**
     * Fits intensities {@code y} at binding energies {@code x} (ascending or descending).
     *
     * @throws IllegalArgumentException for a bad model (unknown or circular links), bad data (NaN, empty,
     *                                  lengths differ)
     */
    public static FitResult fit(double[] x, double[] y, PeakModel model, FitOptions options) {
        return fit(x, y, model, options, null);
    }

    /**
     * Fits the points from..to (inclusive) of a spectrum. A held background is the one {@code xps-background}
     * gives for that range ({@link Backgrounds#held}: for Shirley, CasaXPS's end levels averaged over points
     * centred on each range end, points outside the range included), so the same region has the same
     * background in the fit, the editor and {@code xps-background}.
     */
    public static FitResult fit(double[] fullX, double[] fullY, int from, int to, PeakModel model, FitOptions options) {
        double[][] w = crop(fullX, fullY, from, to);
        return fit(w[0], w[1], model, options, heldOf(fullX, fullY, from, to, model));
    }

    /** {@link #evaluate(double[], double[], PeakModel, FitOptions)} on the points from..to of a spectrum. */
    public static FitResult evaluate(double[] fullX, double[] fullY, int from, int to, PeakModel model,
            FitOptions options) {
        double[][] w = crop(fullX, fullY, from, to);
        return evaluate(w[0], w[1], model, options, heldOf(fullX, fullY, from, to, model));
    }

    private static double[][] crop(double[] fullX, double[] fullY, int from, int to) {
        if (fullX.length != fullY.length || from < 0 || to >= fullX.length || to <= from) {
            throw new IllegalArgumentException("bad fit range " + from + ".." + to + " of " + fullX.length + " points");
        }
        return new double[][] { java.util.Arrays.copyOfRange(fullX, from, to + 1),
                java.util.Arrays.copyOfRange(fullY, from, to + 1) };
    }

    /** The held background of the points from..to (null when the model refines its background). */
    static double[] heldOf(double[] fullX, double[] fullY, int from, int to, PeakModel model) {
        return model.background().refined() ? null : Backgrounds.held(fullX, fullY, from, to, model.background());
    }

    private static FitResult fit(double[] x, double[] y, PeakModel model, FitOptions options, double[] held) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("x and y need at least 2 points of equal count");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("non-finite value at point " + i);
            }
        }
        if (!hasPositive(y)) {
            throw new IllegalArgumentException(noIntensity(y.length));
        }
        ModelFunction f = new ModelFunction(x, y, model, held);
        ParameterTable t = f.table();
        double[] w = weights(y, options.cpsFactor(), options.weighting());
        BoundedLevenbergMarquardt.Result r = BoundedLevenbergMarquardt.minimise(f, y, w, t.start(), t.lower(),
                t.upper(), options.maxIterations(), options.tolerance());
        int iterations = r.iterations();
        if (options.weighting() == FitOptions.Weighting.POISSON_MODEL) {
            w = weights(f.values(r.p()), options.cpsFactor(), options.weighting());
            r = BoundedLevenbergMarquardt.minimise(f, y, w, r.p(), t.lower(), t.upper(), options.maxIterations(),
                    options.tolerance());
            iterations += r.iterations();
        }
        return result(f, y, w, withBoundTolerance(r, t), options, iterations);
    }

    /**
     * The outcome with every free parameter within 1e-6 of its bound range (or 1e-9 relative of a bound when the
     * other side is open) counted as on the bound: the optimiser flags exact bounds only, and a parameter a hair
     * inside its bound has the same one-sided, undefined uncertainty.
     */
    static BoundedLevenbergMarquardt.Result withBoundTolerance(BoundedLevenbergMarquardt.Result r, ParameterTable t) {
        double[] lo = t.lower();
        double[] hi = t.upper();
        boolean[] at = r.atBound().clone();
        for (int j = 0; j < at.length; j++) {
            double range = hi[j] - lo[j];
            double tolLo = Double.isFinite(range) ? 1e-6 * range : 1e-9 * Math.max(1, Math.abs(lo[j]));
            double tolHi = Double.isFinite(range) ? 1e-6 * range : 1e-9 * Math.max(1, Math.abs(hi[j]));
            double v = r.p()[j];
            at[j] |= (Double.isFinite(lo[j]) && v - lo[j] <= tolLo) || (Double.isFinite(hi[j]) && hi[j] - v <= tolHi);
        }
        return new BoundedLevenbergMarquardt.Result(r.p(), r.chi2(), r.iterations(), r.converged(), at,
                r.jacobian());
    }

    /**
     * The model evaluated at its start values without fitting (0 iterations, not converged): curves,
     * envelope, chi2 and errors at those values, e.g. to show a component the user has just dragged.
     */
    public static FitResult evaluate(double[] x, double[] y, PeakModel model, FitOptions options) {
        return evaluate(x, y, model, options, null);
    }

    private static FitResult evaluate(double[] x, double[] y, PeakModel model, FitOptions options, double[] held) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("x and y need at least 2 points of equal count");
        }
        ModelFunction f = new ModelFunction(x, y, model, held);
        double[] p = f.table().start();
        double[] w = weights(y, options.cpsFactor(), options.weighting());
        double[] v = f.values(p);
        double chi2 = 0;
        for (int i = 0; i < y.length; i++) {
            chi2 += w[i] * (y[i] - v[i]) * (y[i] - v[i]);
        }
        BoundedLevenbergMarquardt.Result r = new BoundedLevenbergMarquardt.Result(p, chi2, 0, false,
                new boolean[p.length], f.jacobian(p));
        return result(f, y, w, r, options, 0);
    }

    /** Residual weights 1 / var(y) (all 1 for NONE). */
    static double[] weights(double[] y, double cpsFactor, FitOptions.Weighting kind) {
        double[] w = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            w[i] = kind == FitOptions.Weighting.NONE ? 1
                    : 1 / (cpsFactor * cpsFactor * Math.max(y[i] / cpsFactor, 1));
        }
        return w;
    }

    private static FitResult result(ModelFunction f, double[] y, double[] w, BoundedLevenbergMarquardt.Result r,
            FitOptions options, int iterations) {
        int dof = y.length - r.p().length;
        double scale = options.covarianceScale(dof > 0 ? r.chi2() / dof : Double.NaN);
        double[][] cov = covariance(r, w, scale);
        return result(f, y, w, r, options, iterations, cov, scale);
    }

    /**
     * The result for outcome r with a given covariance of the free parameters (the joint fit of a series
     * passes each spectrum's block of the joint covariance).
     */
    static FitResult result(ModelFunction f, double[] y, double[] w, BoundedLevenbergMarquardt.Result r,
            FitOptions options, int iterations, double[][] cov, double covarianceScale) {
        ParameterTable t = f.table();
        double[] p = r.p();
        int dof = y.length - p.length;
        double[] v = t.resolve(p);
        int[] free = t.free();
        ErrorPropagation ep = new ErrorPropagation(t, p, cov, r.atBound());
        List<ParameterEstimate> params = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Param par = t.param(i);
            final int idx = i;
            ParameterEstimate.Status st = par.link().isPresent() ? ParameterEstimate.Status.LINKED
                    : par.fixed() ? ParameterEstimate.Status.FIXED : ParameterEstimate.Status.FREE;
            int fi = indexOf(free, i);
            boolean atBound = fi >= 0 ? r.atBound()[fi]
                    : st == ParameterEstimate.Status.LINKED && ep.dependsOnBound(vv -> vv[idx]);
            double err = st == ParameterEstimate.Status.FIXED ? 0 : atBound ? Double.NaN : ep.error(vv -> vv[idx]);
            params.add(new ParameterEstimate(t.name(i), v[i], err, st, atBound, par.min(), par.max()));
        }
        List<ComponentResult> comps = new ArrayList<>();
        List<double[]> curves = new ArrayList<>();
        PeakModel fitted = f.model();
        for (int k = 0; k < f.model().peaks().size(); k++) {
            Peak pk = f.model().peaks().get(k);
            final int kk = k;
            int sp = t.slot(k, 0);
            int sw = t.slot(k, 1);
            List<ComponentResult.Line> lines = new ArrayList<>();
            double main = f.mainArea(v, k);
            lines.add(new ComponentResult.Line(pk.name(), v[sp], main));
            if (pk.doublet().isPresent()) {
                lines.add(new ComponentResult.Line(pk.name() + " second", v[sp] + v[t.slot(k, 3)],
                        main * v[t.slot(k, 4)]));
            }
            comps.add(new ComponentResult(pk.name(), pk.shape().casaName(), v[sp], ep.error(vv -> vv[sp]), v[sw],
                    ep.error(vv -> vv[sw]), f.totalArea(v, k), ep.error(vv -> f.totalArea(vv, kk)), f.height(v, k),
                    ep.error(vv -> f.height(vv, kk)), lines));
            curves.add(f.peakCurve(v, k));
            fitted = fitted.replace(withValues(pk, v, t, k));
        }
        double[] peaks = f.peaks(v);
        double[] bg = f.background(v, peaks).clone();
        double[] env = new double[y.length];
        for (int i = 0; i < env.length; i++) {
            env[i] = bg[i] + peaks[i];
        }
        List<String> freeNames = Arrays.stream(free).mapToObj(t::name).toList();
        return new FitResult(fitted, options, params, comps, f.x(), y.clone(), w, bg, env, curves, r.chi2(), dof,
                iterations, r.converged(), freeNames, cov, covarianceScale);
    }

    private static Peak withValues(Peak pk, double[] v, ParameterTable t, int k) {
        Peak out = pk;
        String[] kinds = ParameterTable.KINDS;
        int slots = pk.doublet().isPresent() ? 5 : 3;
        for (int s = 0; s < slots; s++) {
            Param old = switch (s) {
                case 0 -> out.position();
                case 1 -> out.fwhm();
                case 2 -> out.amount();
                case 3 -> out.doublet().orElseThrow().splitting();
                default -> out.doublet().orElseThrow().ratio();
            };
            if (old.isFree()) {
                out = out.with(kinds[s], old.withValue(v[t.slot(k, s)]));
            }
        }
        return out;
    }

    private static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }

    /** (J^T W J)^-1 over parameters not on a bound, times scale; NaN for parameters on a bound. */
    static double[][] covariance(BoundedLevenbergMarquardt.Result r, double[] w, double scale) {
        int m = r.p().length;
        int[] in = java.util.stream.IntStream.range(0, m).filter(j -> !r.atBound()[j]).toArray();
        double[][] a = new double[in.length][in.length];
        double[][] jac = r.jacobian();
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < in.length; j++) {
                double wj = jac[i][in[j]] * w[i];
                for (int k = 0; k < in.length; k++) {
                    a[j][k] += wj * jac[i][in[k]];
                }
            }
        }
        // A parameter the data say nothing about (e.g. the position of a component whose area went to
        // zero) has a zero column in J and makes J^T W J singular; leave it out as undetermined (NaN error)
        // instead of losing the errors of every other parameter.
        double maxDiag = 0;
        for (int j = 0; j < in.length; j++) {
            maxDiag = Math.max(maxDiag, a[j][j]);
        }
        int[] keep = new int[in.length];
        int kept = 0;
        for (int j = 0; j < in.length; j++) {
            if (a[j][j] > 1e-13 * maxDiag) {
                keep[kept++] = j;
            }
        }
        if (kept < in.length) {
            double[][] reduced = new double[kept][kept];
            int[] inReduced = new int[kept];
            for (int j = 0; j < kept; j++) {
                inReduced[j] = in[keep[j]];
                for (int k = 0; k < kept; k++) {
                    reduced[j][k] = a[keep[j]][keep[k]];
                }
            }
            a = reduced;
            in = inReduced;
        }
        double[][] inv = Cholesky.inverse(a);
        double[][] cov = new double[m][m];
        for (double[] row : cov) {
            Arrays.fill(row, Double.NaN);
        }
        if (inv != null) {
            for (int j = 0; j < in.length; j++) {
                for (int k = 0; k < in.length; k++) {
                    cov[in[j]][in[k]] = inv[j][k] * scale;
                }
            }
        }
        return cov;
    }

    /**
     * Standard errors of functions of the resolved parameters, by the delta method; undefined (NaN) for a
     * quantity that depends on a parameter at a bound (its uncertainty is one-sided there, and leaving the
     * parameter out would report 0 for, e.g., the position of a component whose position is at its bound).
     */
    private record ErrorPropagation(ParameterTable t, double[] p, double[][] cov, boolean[] atBound) {

        private double[] gradient(ToDoubleFunction<double[]> q) {
            int m = p.length;
            double q0 = q.applyAsDouble(t.resolve(p));
            double[] g = new double[m];
            for (int j = 0; j < m; j++) {
                double h = 1e-6 * Math.max(Math.abs(p[j]), 1e-3);
                double[] pp = p.clone();
                pp[j] += h;
                g[j] = (q.applyAsDouble(t.resolve(pp)) - q0) / (pp[j] - p[j]);
            }
            return g;
        }

        boolean dependsOnBound(ToDoubleFunction<double[]> q) {
            double[] g = gradient(q);
            for (int j = 0; j < g.length; j++) {
                if (atBound[j] && g[j] != 0) {
                    return true;
                }
            }
            return false;
        }

        double error(ToDoubleFunction<double[]> q) {
            int m = p.length;
            double[] g = gradient(q);
            for (int j = 0; j < m; j++) {
                if (atBound[j] && g[j] != 0) {
                    return Double.NaN;
                }
            }
            double s = 0;
            for (int j = 0; j < m; j++) {
                for (int k = 0; k < m; k++) {
                    if (g[j] != 0 && g[k] != 0) {
                        s += g[j] * cov[j][k] * g[k];
                    }
                }
            }
            return s >= 0 ? Math.sqrt(s) : Double.NaN;
        }
    }

    /** Whether any intensity is above zero (a spectrum of zeros or negatives has nothing to fit). */
    public static boolean hasPositive(double[] y) {
        for (double v : y) {
            if (v > 0) {
                return true;
            }
        }
        return false;
    }

    /** The reason a spectrum without positive intensity is refused. */
    public static String noIntensity(int points) {
        return "no positive intensity: all " + points + " points are zero or negative, so there is no peak to fit"
                + " (an empty or background-subtracted export?)";
    }
}
