package org.interphase.eis.internal.fit;

import java.util.ArrayList;
import java.util.List;

import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.FitOptions;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.ParameterSpec;

/**
 * A checked fit setup: parameter specifications with the user's bounds, free/fixed split, fitter
 * coordinates and their bounds, and the start vector.
 */
record Setup(List<ParameterSpec> specs, int[] free, boolean[] log, double[] lo, double[] hi, double[] start,
        CircuitProblem problem, int[] linkSource) {

    static Setup of(Circuit c, ImpedanceData d, double[] initial, FitOptions o) {
        int np = c.parameterCount();
        if (initial.length != np) {
            throw new IllegalArgumentException("circuit " + c.text() + " has " + np + " parameters "
                    + c.parameterNames() + ", " + initial.length + " initial values given");
        }
        if (d.size() == 0) {
            throw new IllegalArgumentException("the spectrum has no points");
        }
        for (String name : o.fixed().keySet()) {
            requireKnown(c, name);
        }
        for (String name : o.bounds().keySet()) {
            requireKnown(c, name);
        }
        java.util.Map<String, String> links = new java.util.LinkedHashMap<>(c.links());
        links.putAll(o.links());
        int[] linkSource = new int[np];
        java.util.Arrays.fill(linkSource, -1);
        for (var e : links.entrySet()) {
            requireKnown(c, e.getKey());
            requireKnown(c, e.getValue());
            if (o.fixed().containsKey(e.getKey())) {
                throw new IllegalArgumentException(e.getKey() + " is both fixed and linked to " + e.getValue());
            }
            if (links.containsKey(e.getValue()) || e.getKey().equals(e.getValue())) {
                throw new IllegalArgumentException("link " + e.getKey() + " = " + e.getValue()
                        + " chains links; link every parameter directly to one source");
            }
            linkSource[c.indexOf(e.getKey())] = c.indexOf(e.getValue());
        }
        List<ParameterSpec> specs = new ArrayList<>();
        double[] start = initial.clone();
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < np; i++) {
            ParameterSpec spec = c.parameters().get(i);
            String name = spec.name();
            FitOptions.Bounds b = o.bounds().get(name);
            if (b != null) {
                spec = spec.bounded(b.lower(), b.upper());
            }
            specs.add(spec);
            Double fixed = o.fixed().get(name);
            if (fixed != null) {
                start[i] = fixed;
            } else if (linkSource[i] < 0) {
                free.add(i);
            }
            if (!Double.isFinite(start[i])) {
                throw new IllegalArgumentException("initial value of " + name + " is not finite");
            }
        }
        int nf = free.size();
        int[] fr = new int[nf];
        boolean[] log = new boolean[nf];
        double[] lo = new double[nf];
        double[] hi = new double[nf];
        for (int j = 0; j < nf; j++) {
            int i = free.get(j);
            fr[j] = i;
            ParameterSpec element = c.parameters().get(i);
            ParameterSpec spec = specs.get(i);
            log[j] = element.logScale() && spec.lower() >= 0;
            if (log[j]) {
                if (!(start[i] > 0)) {
                    throw new IllegalArgumentException("initial value of " + spec.name() + " must be positive, got "
                            + start[i]);
                }
                lo[j] = spec.lower() > 0 ? Math.log(spec.lower()) : Double.NEGATIVE_INFINITY;
                hi[j] = spec.upper() < Double.POSITIVE_INFINITY ? Math.log(spec.upper()) : Double.POSITIVE_INFINITY;
            } else {
                lo[j] = spec.lower();
                hi[j] = spec.upper();
            }
            if (lo[j] > hi[j]) {
                throw new IllegalArgumentException("bounds of " + spec.name() + " are empty");
            }
        }
        for (int i = 0; i < np; i++) {
            if (linkSource[i] >= 0) {
                start[i] = start[linkSource[i]];
            }
        }
        int[][] l = links(linkSource);
        CircuitProblem problem = new CircuitProblem(c, d, o.weighting(), fr, log, start, l[0], l[1], o.admittance());
        return new Setup(List.copyOf(specs), fr, log, lo, hi, start, problem, linkSource);
    }

    /** {targets, sources} of the links in a per-parameter source array (-1 = not linked). */
    static int[][] links(int[] linkSource) {
        int[] t = java.util.stream.IntStream.range(0, linkSource.length).filter(i -> linkSource[i] >= 0).toArray();
        int[] s = java.util.Arrays.stream(t).map(i -> linkSource[i]).toArray();
        return new int[][] {t, s};
    }

    private static void requireKnown(Circuit c, String name) {
        if (c.indexOf(name) < 0) {
            throw new IllegalArgumentException("no parameter " + name + " in " + c.text() + " " + c.parameterNames());
        }
    }
}
