package org.interphase.xps.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.interphase.xps.internal.fit.PoissonSampler;

/**
 * Monte Carlo errors of a fit: {@code trials} times, Poisson noise of the fitted envelope's variance (intensity /
 * cpsFactor counts, re-noised, minus the envelope) is added to the measured data, and the result is refitted
 * starting from the fitted model (held backgrounds are recomputed from each noisy spectrum; for a fit of a window of
 * a spectrum, from the whole re-noised spectrum as the fit did, see {@link Window}). Gives distributions of
 * every parameter, each component's area, and atomic % computed from the areas with per-component sensitivity
 * divisors (RSF x T x MFP; all 1 = area share). Deterministic for a given seed, whatever the thread count.
 * <p>
 * The noise is added to the data, not to the envelope (the parametric bootstrap, B. Efron and R. Tibshirani, An
 * Introduction to the Bootstrap, 1993, ch. 6): both have the same spread to first order, but a held background
 * recomputed from a re-noised envelope is not the background of the data (the data's misfit is missing), which
 * shifts every refit: on mm-specs.xy P 2p with Li3P/LixP/PS4 the refits of the envelope put LixP at 90.6-95.6 %
 * against a fit of 98.1 %; noise added to the data gives 96.8-99.6 %. Intervals are centred on the fit
 * ({@link Distribution}); {@link Result#notes()} says why when the refits alone were not, and names the parameters
 * on a bound, whose refits can only move one way.
 */
public final class MonteCarlo {

    /** Progress callback; return false to cancel. */
    @FunctionalInterface
    public interface Listener {
        boolean progress(int done, int total);
    }

    /**
     * Options.
     *
     * @param trials  number of refits
     * @param seed    random seed
     * @param threads worker threads (at least 1)
     */
    public record Options(int trials, long seed, int threads) {
        public Options {
            if (trials < 2 || threads < 1) {
                throw new IllegalArgumentException("need at least 2 trials and 1 thread");
            }
        }
    }

    /**
     * Result.
     *
     * @param trials        completed refits
     * @param cancelled     whether the run was cancelled (distributions cover the completed trials)
     * @param notConverged  refits that hit the iteration limit
     * @param parameters    per non-fixed parameter
     * @param areas         per component ({@code Peak.area}, total area)
     * @param atomicPercent per component ({@code Peak.atomicPercent})
     * @param notes         why intervals are one-sided or were moved onto the fit (parameters at a bound, refit
     *                      ranges that excluded the fit)
     */
    public record Result(int trials, boolean cancelled, int notConverged, List<Distribution> parameters,
            List<Distribution> areas, List<Distribution> atomicPercent, List<String> notes) {

        public Result {
            notes = List.copyOf(notes);
        }
    }

    /**
     * The spectrum a fit of points from..to was made on ({@link PeakFitter#fit(double[], double[], int, int, PeakModel,
     * FitOptions)}): each refit re-noises the whole spectrum (points outside the window with the Poisson noise of
     * their measured counts) and refits the same window, so a held background is recomputed the way the fit computed
     * it (end levels centred on the window ends, points outside included) and not from the cut-out window.
     */
    public record Window(double[] x, double[] y, int from, int to) {
        public Window {
            if (x.length != y.length || from < 0 || to >= x.length || to <= from) {
                throw new IllegalArgumentException("bad window " + from + ".." + to + " of " + x.length + " points");
            }
        }
    }

    private MonteCarlo() {
    }

    /** Runs with unit sensitivities (atomic % = area share) and no listener. */
    public static Result run(FitResult best, Options options) {
        return run(best, options, Map.of(), (d, t) -> true);
    }

    /**
     * Runs the refits.
     *
     * @param sensitivities component name to divisor RSF x T x MFP (missing names: 1)
     */
    public static Result run(FitResult best, Options options, Map<String, Double> sensitivities, Listener listener) {
        return run(best, null, options, sensitivities, listener);
    }

    /**
     * Runs the refits of a fit made on the points {@code window.from..to} of a spectrum (null: on {@code best}'s
     * points alone).
     *
     * @throws IllegalArgumentException when the window's points are not the fitted ones (the range changed since)
     */
    public static Result run(FitResult best, Window window, Options options, Map<String, Double> sensitivities,
            Listener listener) {
        if (window != null && !sameAbscissa(window, best.x())) {
            throw new IllegalArgumentException("the fit range changed since the fit: fit again before the Monte Carlo");
        }
        int n = options.trials();
        double f = best.options().cpsFactor();
        FitOptions fo = best.options().weighting() == FitOptions.Weighting.NONE ? best.options()
                : best.options().withWeighting(FitOptions.Weighting.POISSON);
        int np = best.parameters().size();
        int nc = best.components().size();
        double[][] pars = new double[n][];
        double[][] areas = new double[n][];
        boolean[] done = new boolean[n];
        boolean[] conv = new boolean[n];
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < options.threads(); t++) {
                final int start = t;
                futures.add(pool.submit(() -> {
                    for (int i = start; i < n && !cancel.get(); i += options.threads()) {
                        SplittableRandom rng = new SplittableRandom(options.seed() * 0x9E3779B97F4A7C15L + i);
                        FitResult r = window == null ? PeakFitter.fit(best.x(), noisy(best, rng, f), best.model(), fo)
                                : PeakFitter.fit(window.x(), noisy(best, window, rng, f), window.from(), window.to(),
                                        best.model(), fo);
                        pars[i] = r.parameters().stream().mapToDouble(ParameterEstimate::value).toArray();
                        areas[i] = r.components().stream().mapToDouble(ComponentResult::area).toArray();
                        conv[i] = r.converged();
                        done[i] = true;
                        int c = count.incrementAndGet();
                        synchronized (listener) {
                            if (!listener.progress(c, n)) {
                                cancel.set(true);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> fu : futures) {
                fu.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Monte Carlo interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Monte Carlo refit failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<Integer> ok = new ArrayList<>();
        int notConverged = 0;
        for (int i = 0; i < n; i++) {
            if (done[i]) {
                ok.add(i);
                notConverged += conv[i] ? 0 : 1;
            }
        }
        List<Distribution> pd = new ArrayList<>();
        for (int j = 0; j < np; j++) {
            ParameterEstimate pe = best.parameters().get(j);
            if (pe.status() != ParameterEstimate.Status.FIXED) {
                final int jj = j;
                pd.add(Distribution.of(pe.name(), pe.value(), ok.stream().mapToDouble(i -> pars[i][jj]).toArray(),
                        pe.min(), pe.max()));
            }
        }
        double[] div = new double[nc];
        Map<String, Double> bestShare = new LinkedHashMap<>();
        double bestSum = 0;
        for (int c = 0; c < nc; c++) {
            ComponentResult cr = best.components().get(c);
            div[c] = sensitivities.getOrDefault(cr.name(), 1.0);
            bestSum += cr.area() / div[c];
        }
        for (int c = 0; c < nc; c++) {
            ComponentResult cr = best.components().get(c);
            bestShare.put(cr.name(), 100 * cr.area() / div[c] / bestSum);
        }
        List<Distribution> ad = new ArrayList<>();
        List<Distribution> at = new ArrayList<>();
        for (int c = 0; c < nc; c++) {
            final int cc = c;
            String name = best.components().get(c).name();
            double areaMin = best.parameter(name + ".amount").map(ParameterEstimate::min).orElse(Double.NEGATIVE_INFINITY)
                    >= 0 ? 0 : Double.NEGATIVE_INFINITY;
            ad.add(Distribution.of(name + ".area", best.components().get(c).area(),
                    ok.stream().mapToDouble(i -> areas[i][cc]).toArray(), areaMin, Double.POSITIVE_INFINITY));
            at.add(Distribution.of(name + ".atomicPercent", bestShare.get(name), ok.stream().mapToDouble(i -> {
                double s = 0;
                for (int k = 0; k < nc; k++) {
                    s += areas[i][k] / div[k];
                }
                return 100 * areas[i][cc] / div[cc] / s;
            }).toArray(), 0, 100));
        }
        List<String> notes = new ArrayList<>();
        for (ParameterEstimate pe : best.parameters()) {
            if (pe.atBound() && pe.status() == ParameterEstimate.Status.FREE) {
                notes.add(pe.name() + " is at its bound in the fit: refits can only move away from it, so intervals of"
                        + " the quantities that depend on it are one-sided");
            }
        }
        for (List<Distribution> l : List.of(pd, ad, at)) {
            l.forEach(d -> d.note().ifPresent(notes::add));
        }
        return new Result(ok.size(), cancel.get(), notConverged, pd, ad, at, notes);
    }

    /** The measured window plus Poisson noise of the fitted envelope's variance. */
    private static double[] noisy(FitResult best, SplittableRandom rng, double f) {
        double[] y = new double[best.envelope().length];
        for (int k = 0; k < y.length; k++) {
            double e = best.envelope()[k];
            y[k] = best.y()[k] + PoissonSampler.sample(e / f, rng) * f - e;
        }
        return y;
    }

    /** The whole spectrum re-noised: the window as {@link #noisy(FitResult, SplittableRandom, double)}, the rest by its counts. */
    private static double[] noisy(FitResult best, Window window, SplittableRandom rng, double f) {
        double[] inside = noisy(best, rng, f);
        double[] y = window.y().clone();
        for (int k = 0; k < y.length; k++) {
            if (k >= window.from() && k <= window.to()) {
                y[k] = inside[k - window.from()];
            } else {
                double e = Math.max(0, y[k]);
                y[k] += PoissonSampler.sample(e / f, rng) * f - e;
            }
        }
        return y;
    }

    private static boolean sameAbscissa(Window w, double[] fitted) {
        if (w.to() - w.from() + 1 != fitted.length) {
            return false;
        }
        for (int k = 0; k < fitted.length; k++) {
            if (Double.compare(w.x()[w.from() + k], fitted[k]) != 0) {
                return false;
            }
        }
        return true;
    }
}
