package org.interphase.eis.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings of a CNLS fit.
 *
 * @param weighting     residual weighting
 * @param starts        number of starts (1 = local fit from the given guess only; more = multi-start, the
 *                      extra starts perturb the best point so far by about one decade in log space)
 * @param seed          seed of the multi-start perturbations (results are reproducible)
 * @param fixed         parameters held at the given value, by name
 * @param bounds        bounds replacing the element defaults, by name
 * @param maxIterations iteration limit of each local fit
 * @param links         linked parameters, target name to source name: the target takes the source's value
 *                      (e.g. R2 = R1, or one CPE exponent for two CPEs); merged with the circuit's own links
 * @param admittance    fit the admittance Y = 1/Z instead of Z (residuals and weights in Y; the reported
 *                      pseudo-chi-square stays Boukamp's, in Z)
 */
public record FitOptions(Weighting weighting, int starts, long seed, Map<String, Double> fixed,
        Map<String, Bounds> bounds, int maxIterations, Map<String, String> links, boolean admittance) {

    /** Lower and upper bound of a parameter. */
    public record Bounds(double lower, double upper) {
    }

    public FitOptions {
        if (starts < 1) {
            throw new IllegalArgumentException("starts must be at least 1");
        }
        fixed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        bounds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bounds));
        links = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(links));
    }

    /** Options without links, fitting Z (the form before links and admittance fits existed). */
    public FitOptions(Weighting weighting, int starts, long seed, Map<String, Double> fixed, Map<String, Bounds> bounds,
            int maxIterations) {
        this(weighting, starts, seed, fixed, bounds, maxIterations, Map.of(), false);
    }

    /** Modulus weighting, multi-start with 16 starts. */
    public static FitOptions defaults() {
        return new FitOptions(Weighting.MODULUS, 16, 1, Map.of(), Map.of(), 400);
    }

    /** One local fit from the given guess. */
    public static FitOptions local(Weighting weighting) {
        return new FitOptions(weighting, 1, 1, Map.of(), Map.of(), 400);
    }

    public FitOptions withWeighting(Weighting w) {
        return new FitOptions(w, starts, seed, fixed, bounds, maxIterations, links, admittance);
    }

    public FitOptions withStarts(int n) {
        return new FitOptions(weighting, n, seed, fixed, bounds, maxIterations, links, admittance);
    }

    public FitOptions withFixed(String name, double value) {
        Map<String, Double> f = new LinkedHashMap<>(fixed);
        f.put(name, value);
        return new FitOptions(weighting, starts, seed, f, bounds, maxIterations, links, admittance);
    }

    public FitOptions withBounds(String name, double lower, double upper) {
        Map<String, Bounds> b = new LinkedHashMap<>(bounds);
        b.put(name, new Bounds(lower, upper));
        return new FitOptions(weighting, starts, seed, fixed, b, maxIterations, links, admittance);
    }

    /** Links {@code target} to {@code source}: target = source during the fit. */
    public FitOptions withLink(String target, String source) {
        Map<String, String> l = new LinkedHashMap<>(links);
        l.put(target, source);
        return new FitOptions(weighting, starts, seed, fixed, bounds, maxIterations, l, admittance);
    }

    /** Fits Y = 1/Z instead of Z. */
    public FitOptions withAdmittance(boolean y) {
        return new FitOptions(weighting, starts, seed, fixed, bounds, maxIterations, links, y);
    }
}
