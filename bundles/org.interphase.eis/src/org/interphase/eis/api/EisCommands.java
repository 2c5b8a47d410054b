package org.interphase.eis.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

import org.interphase.core.api.ImportException;

/**
 * Headless entry points for the batch application ({@code eis-fit}, {@code eis-kk}, {@code eis-drt}); every
 * method returns a JSON-ready map (strings, numbers, booleans, lists, maps; non-finite numbers are left out).
 * {@code loop} selects the spectrum whose cycle number is N, or, when the file has no cycle numbers, the N-th
 * spectrum (1-based); empty = the first.
 */
public final class EisCommands {

    private EisCommands() {
    }

    /** {@code eis-fit}: CNLS fit (of Z) from the given start values or from data-driven guesses. */
    public static Map<String, Object> fit(Path file, String circuit, Optional<double[]> initial, Weighting weighting,
            int starts, OptionalInt loop) throws ImportException {
        return fit(file, circuit, initial, weighting, starts, loop, false);
    }

    /** {@code eis-fit}, fitting Y = 1/Z when {@code admittance}. */
    public static Map<String, Object> fit(Path file, String circuit, Optional<double[]> initial, Weighting weighting,
            int starts, OptionalInt loop, boolean admittance) throws ImportException {
        return fit(file, circuit, initial, weighting, starts, loop, admittance, Optional.empty());
    }

    /** {@code eis-fit}, reading the file with the importer named by {@code as} ({@code --as TECHNIQUE[:FORMAT]}). */
    public static Map<String, Object> fit(Path file, String circuit, Optional<double[]> initial, Weighting weighting,
            int starts, OptionalInt loop, boolean admittance, Optional<String> as) throws ImportException {
        return fit(file, circuit, initial, weighting, starts, loop, admittance, as, PointSelection.ALL);
    }

    /**
     * {@code eis-fit} on the points {@code selection} keeps ({@code --fmin --fmax --drop-inductive --exclude});
     * the output says which points were left out, and gives the start values ({@code "start"}), automatic or
     * the user's.
     */
    public static Map<String, Object> fit(Path file, String circuit, Optional<double[]> initial, Weighting weighting,
            int starts, OptionalInt loop, boolean admittance, Optional<String> as, PointSelection selection)
            throws ImportException {
        PointSelection.Selected sel = selection.apply(spectrum(file, loop, as));
        FitRun run = fitRun(sel.data(), circuit, initial, weighting, starts, admittance, Map.of());
        Map<String, Object> out = header(file, run.data(), EisResults.CNLS);
        out.put("selection", sel.summary());
        out.put("circuit", run.circuit().text());
        out.put("guesses", initial.isPresent() ? "user" : "data-driven");
        Map<String, Object> start = new LinkedHashMap<>();
        for (FittedParameter p : run.result().parameters()) {
            put(start, p.name(), p.initial());
        }
        out.put("start", start);
        out.putAll(fitSummary(run.result()));
        return out;
    }

    /**
     * The {@code eis-fit} run itself, ready for {@link EisResults#cnls}: {@code quantities} tag the parameters
     * (empty: {@link EisResults#defaultQuantities}).
     */
    public static FitRun fitRun(Path file, String circuit, Optional<double[]> initial, Weighting weighting, int starts,
            OptionalInt loop, boolean admittance, Map<String, org.interphase.model.QuantityKind> quantities)
            throws ImportException {
        return fitRun(file, circuit, initial, weighting, starts, loop, admittance, quantities, Optional.empty());
    }

    /** {@link #fitRun(Path, String, Optional, Weighting, int, OptionalInt, boolean, Map)} with {@code --as}. */
    public static FitRun fitRun(Path file, String circuit, Optional<double[]> initial, Weighting weighting, int starts,
            OptionalInt loop, boolean admittance, Map<String, org.interphase.model.QuantityKind> quantities,
            Optional<String> as) throws ImportException {
        return fitRun(file, circuit, initial, weighting, starts, loop, admittance, quantities, as, PointSelection.ALL);
    }

    /** {@link #fitRun(Path, String, Optional, Weighting, int, OptionalInt, boolean, Map)} on selected points. */
    public static FitRun fitRun(Path file, String circuit, Optional<double[]> initial, Weighting weighting, int starts,
            OptionalInt loop, boolean admittance, Map<String, org.interphase.model.QuantityKind> quantities,
            Optional<String> as, PointSelection selection) throws ImportException {
        return fitRun(selection.apply(spectrum(file, loop, as)).data(), circuit, initial, weighting, starts, admittance,
                quantities);
    }

    private static FitRun fitRun(ImpedanceData d, String circuit, Optional<double[]> initial, Weighting weighting,
            int starts, boolean admittance, Map<String, org.interphase.model.QuantityKind> quantities) {
        Circuit c = Circuit.parse(circuit);
        FitOptions o = FitOptions.local(weighting).withStarts(starts).withAdmittance(admittance);
        FitResult r = initial.isPresent() ? CnlsFitter.fit(c, d, initial.get(), o) : CnlsFitter.fit(c, d, o);
        double[] x0 = r.parameters().stream().mapToDouble(FittedParameter::initial).toArray();
        return new FitRun(c, d, x0, o, r, quantities.isEmpty() ? EisResults.defaultQuantities(c) : quantities);
    }

    /**
     * {@code eis-series}: one circuit over every spectrum (loop) of the file, warm-started, the first from
     * {@code initial} or data-driven guesses with {@code starts} starts; {@code shared} parameters are
     * fitted jointly. Per spectrum: label, cycle and the fit summary; the shared parameters; the CSV table.
     */
    public static Map<String, Object> series(Path file, String circuit, Optional<double[]> initial, Weighting weighting,
            int starts, Set<String> shared, int threads, boolean admittance) throws ImportException {
        return series(file, circuit, initial, weighting, starts, shared, threads, admittance, Optional.empty());
    }

    /** {@code eis-series}, reading the file with the importer named by {@code as} ({@code --as TECHNIQUE[:FORMAT]}). */
    public static Map<String, Object> series(Path file, String circuit, Optional<double[]> initial, Weighting weighting,
            int starts, Set<String> shared, int threads, boolean admittance, Optional<String> as)
            throws ImportException {
        return series(file, circuit, initial, weighting, starts, shared, threads, admittance, as, PointSelection.ALL);
    }

    /** {@code eis-series} on the points {@code selection} keeps in every spectrum. */
    public static Map<String, Object> series(Path file, String circuit, Optional<double[]> initial, Weighting weighting,
            int starts, Set<String> shared, int threads, boolean admittance, Optional<String> as,
            PointSelection selection) throws ImportException {
        List<PointSelection.Selected> selected = new ArrayList<>();
        for (ImpedanceData d : EisReaders.readData(file, as).spectra()) {
            selected.add(selection.apply(d));
        }
        List<ImpedanceData> spectra = selected.stream().map(PointSelection.Selected::data).toList();
        Circuit c = Circuit.parse(circuit);
        SeriesOptions o = new SeriesOptions(FitOptions.local(weighting).withStarts(starts).withAdmittance(admittance),
                true, 1, shared, threads);
        SeriesResult r = initial.isPresent() ? SeriesFitter.fit(c, spectra, initial.get(), o, FitMonitor.NONE)
                : SeriesFitter.fit(c, spectra, o, FitMonitor.NONE);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.getFileName().toString());
        out.put("algorithm", "eis.series");
        out.put("circuit", c.text());
        out.put("spectra", r.fits().size());
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < r.fits().size(); i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", r.labels().get(i));
            m.put("cycle", r.cycles().get(i));
            String label = r.labels().get(i);
            selected.stream().filter(x -> x.data().label().equals(label)).findFirst()
                    .ifPresent(x -> m.put("selection", x.summary()));
            m.putAll(fitSummary(r.fits().get(i)));
            rows.add(m);
        }
        out.put("fits", rows);
        List<Object> sh = new ArrayList<>();
        for (FittedParameter p : r.shared()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            put(m, "value", p.value());
            put(m, "standardError", p.standardError());
            sh.add(m);
        }
        out.put("shared", sh);
        put(out, "jointChiSquare", r.jointChiSquare());
        out.put("csv", r.toCsv());
        out.put("wallTimeMs", r.wallTimeNanos() / 1e6);
        return out;
    }

    /**
     * The {@code eis-series} fits as runs for {@link EisResults#cnls}, one per fitted spectrum in input order
     * (parameters tagged by {@link EisResults#defaultQuantities}; shared parameters carry the joint fit's σ in
     * the returned fits' own estimates).
     */
    public static List<FitRun> seriesRuns(Path file, String circuit, Optional<double[]> initial, Weighting weighting,
            int starts, Set<String> shared, int threads, boolean admittance) throws ImportException {
        return seriesRuns(file, circuit, initial, weighting, starts, shared, threads, admittance, Optional.empty());
    }

    /** {@link #seriesRuns(Path, String, Optional, Weighting, int, Set, int, boolean)} with {@code --as}. */
    public static List<FitRun> seriesRuns(Path file, String circuit, Optional<double[]> initial, Weighting weighting,
            int starts, Set<String> shared, int threads, boolean admittance, Optional<String> as)
            throws ImportException {
        return seriesRuns(file, circuit, initial, weighting, starts, shared, threads, admittance, as,
                PointSelection.ALL);
    }

    /** {@link #seriesRuns(Path, String, Optional, Weighting, int, Set, int, boolean)} on selected points. */
    public static List<FitRun> seriesRuns(Path file, String circuit, Optional<double[]> initial, Weighting weighting,
            int starts, Set<String> shared, int threads, boolean admittance, Optional<String> as,
            PointSelection selection) throws ImportException {
        List<ImpedanceData> spectra = new ArrayList<>();
        for (ImpedanceData d : EisReaders.readData(file, as).spectra()) {
            spectra.add(selection.apply(d).data());
        }
        Circuit c = Circuit.parse(circuit);
        FitOptions fo = FitOptions.local(weighting).withStarts(starts).withAdmittance(admittance);
        SeriesOptions o = new SeriesOptions(fo, true, 1, shared, threads);
        SeriesResult r = initial.isPresent() ? SeriesFitter.fit(c, spectra, initial.get(), o, FitMonitor.NONE)
                : SeriesFitter.fit(c, spectra, o, FitMonitor.NONE);
        List<FitRun> runs = new ArrayList<>();
        for (int i = 0; i < r.fits().size(); i++) {
            String label = r.labels().get(i);
            ImpedanceData d = spectra.stream().filter(x -> x.label().equals(label)).findFirst().orElseThrow();
            FitResult fit = r.fits().get(i);
            double[] x0 = fit.parameters().stream().mapToDouble(FittedParameter::initial).toArray();
            runs.add(new FitRun(c, d, x0, fo, fit, EisResults.defaultQuantities(c)));
        }
        return runs;
    }

    /** {@code eis-kk}: the linear Kramers-Kronig test. */
    public static Map<String, Object> kk(Path file, OptionalInt loop, KkOptions options) throws ImportException {
        return kk(file, loop, options, Optional.empty());
    }

    /** {@code eis-kk}, reading the file with the importer named by {@code as} ({@code --as TECHNIQUE[:FORMAT]}). */
    public static Map<String, Object> kk(Path file, OptionalInt loop, KkOptions options, Optional<String> as)
            throws ImportException {
        return kk(file, loop, options, as, PointSelection.ALL);
    }

    /** {@code eis-kk} on the points {@code selection} keeps. */
    public static Map<String, Object> kk(Path file, OptionalInt loop, KkOptions options, Optional<String> as,
            PointSelection selection) throws ImportException {
        PointSelection.Selected sel = selection.apply(spectrum(file, loop, as));
        ImpedanceData d = sel.data();
        KkResult r = KramersKronig.test(d, options);
        Map<String, Object> out = header(file, d, "eis.linkk");
        out.put("selection", sel.summary());
        out.put("method", r.method().name());
        out.put("M", r.m());
        put(out, "mu", r.mu());
        put(out, "pseudoChiSquare", r.pseudoChiSquare());
        put(out, "maxResidual", r.maxResidual());
        put(out, "rmsResidual", r.rmsResidual());
        out.put("threshold", r.threshold());
        out.put("valid", r.valid());
        out.put("verdict", r.verdict());
        Map<String, Object> s = new LinkedHashMap<>();
        r.suggestions().forEach((k, v) -> s.put(k.name(), v));
        out.put("suggestedM", s);
        out.put("masked", List.copyOf(new TreeSet<>(r.masked())));
        out.put("frequencyHz", list(r.frequencyHz()));
        out.put("residualReal", list(r.residualReal()));
        out.put("residualImag", list(r.residualImag()));
        List<Object> curve = new ArrayList<>();
        for (KkStep st : r.curve()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("M", st.m());
            put(m, "mu", st.mu());
            put(m, "pseudoChiSquare", st.pseudoChiSquare());
            put(m, "maxResidual", st.maxResidual());
            curve.add(m);
        }
        out.put("curve", curve);
        return out;
    }

    /** {@code eis-drt}: the DRT, its peaks, and the circuit seeded from the {@code maxPeaks} main peaks, fitted. */
    public static Map<String, Object> drt(Path file, OptionalInt loop, DrtOptions options, int maxPeaks)
            throws ImportException {
        return drt(file, loop, options, maxPeaks, Optional.empty());
    }

    /** {@code eis-drt}, reading the file with the importer named by {@code as} ({@code --as TECHNIQUE[:FORMAT]}). */
    public static Map<String, Object> drt(Path file, OptionalInt loop, DrtOptions options, int maxPeaks,
            Optional<String> as) throws ImportException {
        return drt(file, loop, options, maxPeaks, as, PointSelection.ALL);
    }

    /** {@code eis-drt} on the points {@code selection} keeps. */
    public static Map<String, Object> drt(Path file, OptionalInt loop, DrtOptions options, int maxPeaks,
            Optional<String> as, PointSelection selection) throws ImportException {
        PointSelection.Selected sel = selection.apply(spectrum(file, loop, as));
        ImpedanceData d = sel.data();
        DrtResult r = Drt.compute(d, options);
        Map<String, Object> out = header(file, d, "eis.drt");
        out.put("selection", sel.summary());
        out.put("lambda", r.lambda());
        out.put("lambdaMethod", r.lambdaMethod().name());
        put(out, "rInf", r.rInf());
        put(out, "inductance", r.inductance());
        put(out, "capacitance", r.capacitance());
        put(out, "polarisation", r.polarisation());
        put(out, "maxResidual", r.maxResidual());
        put(out, "pseudoChiSquare", r.pseudoChiSquare());
        out.put("flags", r.flags().stream().map(Enum::name).sorted().toList());
        List<Object> peaks = new ArrayList<>();
        for (DrtPeak p : r.peaks()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tau", p.tau());
            m.put("frequencyHz", p.frequencyHz());
            m.put("resistance", p.resistance());
            m.put("relative", p.relative());
            m.put("merged", p.merged());
            if (p.atGridEdge()) {
                m.put("atGridEdge", true);
            }
            peaks.add(m);
        }
        out.put("peaks", peaks);
        out.put("tau", list(r.tau()));
        out.put("gamma", list(r.gamma()));
        if (!r.peaks().isEmpty()) {
            SeededCircuit s = Drt.seed(r, maxPeaks);
            Map<String, Object> seeded = new LinkedHashMap<>();
            seeded.put("circuit", s.circuit());
            seeded.put("initial", list(s.initial()));
            seeded.putAll(fitSummary(Drt.fitSeeded(d, s, FitOptions.local(options.weighting()))));
            out.put("seededFit", seeded);
        }
        return out;
    }

    private static Map<String, Object> fitSummary(FitResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("weighting", r.weighting().name().toLowerCase(Locale.ROOT));
        List<Object> ps = new ArrayList<>();
        Circuit c = Circuit.parse(r.circuit());
        for (FittedParameter p : r.parameters()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("unit", p.unit());
            put(m, "value", p.value());
            if (p.has(FitFlag.AT_BOUND)) {
                m.put("bound", boundNote(p, c));
            }
            put(m, "standardError", p.standardError());
            put(m, "lower95", p.lower95());
            put(m, "upper95", p.upper95());
            m.put("flags", p.flags().stream().map(Enum::name).sorted().toList());
            ps.add(m);
        }
        out.put("parameters", ps);
        put(out, "chiSquare", r.chiSquare());
        put(out, "reducedChiSquare", r.reducedChiSquare());
        put(out, "pseudoChiSquare", r.pseudoChiSquare());
        put(out, "aic", r.aic());
        put(out, "bic", r.bic());
        out.put("evaluations", r.evaluations());
        out.put("iterations", r.iterations());
        out.put("starts", r.starts());
        out.put("converged", r.converged());
        out.put("message", r.message());
        out.put("flags", r.flags().stream().map(Enum::name).sorted().toList());
        out.put("wallTimeMs", r.wallTimeNanos() / 1e6);
        return out;
    }

    /** "at lower bound 0", "at upper bound 1", or "at a bound" (bounds from the circuit's defaults). */
    private static String boundNote(FittedParameter p, Circuit c) {
        int i = c.indexOf(p.name());
        if (i < 0) {
            return "at a bound";
        }
        double lo = c.parameters().get(i).lower();
        double hi = c.parameters().get(i).upper();
        double v = p.value();
        if (v <= lo + 1e-9 * (1 + Math.abs(lo)) || lo == 0 && v <= 1e-12 * Math.max(Math.abs(p.initial()), 1e-300)) {
            return "at lower bound " + fmt(lo);
        }
        if (v >= hi - 1e-9 * (1 + Math.abs(hi))) {
            return "at upper bound " + fmt(hi);
        }
        return "at a bound";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static Map<String, Object> header(Path file, ImpedanceData d, String algorithm) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.getFileName().toString());
        out.put("algorithm", algorithm);
        out.put("spectrum", d.label());
        out.put("points", d.size());
        return out;
    }

    static ImpedanceData spectrum(Path file, OptionalInt loop, Optional<String> as) throws ImportException {
        EisFile f = EisReaders.readData(file, as);
        if (f.spectra().isEmpty()) {
            throw new ImportException(file, 0, "no spectrum in the file");
        }
        if (loop.isEmpty()) {
            return f.spectra().get(0);
        }
        int n = loop.getAsInt();
        boolean cycles = f.spectra().stream().anyMatch(s -> s.cycle().isPresent());
        if (cycles) {
            return f.spectra().stream().filter(s -> s.cycle().isPresent() && s.cycle().getAsInt() == n).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no loop with cycle number " + n));
        }
        if (n < 1 || n > f.spectra().size()) {
            throw new IllegalArgumentException("loop " + n + " outside 1.." + f.spectra().size());
        }
        return f.spectra().get(n - 1);
    }

    private static void put(Map<String, Object> m, String key, double v) {
        if (Double.isFinite(v)) {
            m.put(key, v);
        }
    }

    private static List<Double> list(double[] v) {
        List<Double> l = new ArrayList<>(v.length);
        for (double x : v) {
            l.add(Double.isFinite(x) ? x : null);
        }
        return l;
    }
}
