package org.interphase.eis.api;

import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.interphase.core.api.ResultValue;
import org.interphase.core.api.Results;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Cell;
import org.interphase.model.Layer;
import org.interphase.model.LayerRole;
import org.interphase.model.Measurement;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultFlag;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * The one result builder of EIS (no SWT): the editor, the {@code eis-fit} command, {@code batch run}, the
 * series panel and the demo all store a CNLS fit through {@link #cnls}, so the result is the same whichever
 * path made it: algorithm {@value #CNLS}, version of this bundle, settings JSON of the run (circuit, weighting,
 * starts, bounds, start values, parameter tags and, under {@code report}, the fit statistics and flags),
 * every parameter with unit, quantity kind, key {@code KIND/name}, σ, 95 % interval and flags (a parameter at
 * a bound has an undefined σ, see {@link Results}), the derived quantities (Brug capacitance, relaxation
 * frequency, conductivity), and the fitted curve.
 */
public final class EisResults {

    /** Algorithm id of CNLS circuit fits, on every path. */
    public static final String CNLS = "eis.cnls";

    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

    private EisResults() {
    }

    /** The result of {@code run} on {@code m}, not yet added to it. */
    public static AnalysisResult cnls(FitRun run, Measurement m, Date now) {
        FitResult fit = run.result();
        AnalysisResult r = Results.result(m, CNLS, EisResults.class, "CNLS fit " + run.circuit().text(), settingsJson(run),
                now);
        r.getInputs().add("entry:" + run.data().label());
        r.setSummary(summary(fit));
        Results.flag(r, List.copyOf(flags(Set.copyOf(fit.flags()))));
        for (FittedParameter p : fit.parameters()) {
            QuantityKind kind = run.quantity(p.name());
            Results.add(r, m, ResultValue.of(p.name(), p.value(), p.standardError(), p.unit(), kind)
                    .withInterval(p.lower95(), p.upper95()).withKey(p.name(), null).withFlags(flags(p.flags()))
                    .withFixed(p.has(FitFlag.FIXED)));
        }
        for (PhysicalQuantity q : quantitiesOrNone(run, m)) {
            QuantityKind kind = q.kind() == PhysicalQuantity.Kind.EFFECTIVE_CAPACITANCE ? QuantityKind.CAPACITANCE
                    : QuantityKind.OTHER;
            Results.add(r, m, ResultValue.of(q.name(), q.value(), q.standardError(), q.unit(), kind).withKey(q.name(), null))
                    .setNotes(note(q, run, m));
        }
        double[] f = run.data().frequencyHz();
        double[] re = new double[f.length];
        double[] mim = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            Complex z = run.circuit().impedance(f[i], fit.values());
            re[i] = z.re();
            mim[i] = -z.im();
        }
        r.getSeries().add(Results.series("Fit Z' vs f", "f / Hz", "Z' / Ohm", f, re));
        r.getSeries().add(Results.series("Fit -Z'' vs f", "f / Hz", "-Z'' / Ohm", f, mim));
        return r;
    }

    /**
     * Default tags of a circuit's parameters for headless runs without {@code --tag}: a resistor in parallel
     * with a CPE or capacitor is an interfacial resistance, any other resistor the bulk resistance; the rest
     * is untagged (their capacitances are derived quantities).
     */
    public static Map<String, QuantityKind> defaultQuantities(Circuit c) {
        Set<String> parallel = c.parallelPairs().stream().map(Circuit.Pair::resistor).collect(Collectors.toSet());
        Map<String, QuantityKind> q = new LinkedHashMap<>();
        for (ParameterSpec p : c.parameters()) {
            if (parallel.contains(p.name())) {
                q.put(p.name(), QuantityKind.INTERFACIAL_RESISTANCE);
            } else if (p.name().matches("R\\w*") && "Ohm".equals(p.unit())) {
                q.put(p.name(), QuantityKind.BULK_RESISTANCE);
            }
        }
        return q;
    }

    /** The model's flag for each fit flag; FIXED is the parameter's {@code fixed} attribute, not a flag. */
    public static Set<ResultFlag> flags(Set<FitFlag> flags) {
        Set<ResultFlag> out = EnumSet.noneOf(ResultFlag.class);
        for (FitFlag f : flags) {
            switch (f) {
                case AT_BOUND -> out.add(ResultFlag.AT_BOUND);
                case NON_IDENTIFIABLE -> out.add(ResultFlag.NOT_IDENTIFIABLE);
                case DID_NOT_MOVE -> out.add(ResultFlag.DID_NOT_MOVE);
                case NOT_CONVERGED, CANCELLED -> out.add(ResultFlag.NOT_CONVERGED);
                case LINKED -> out.add(ResultFlag.LINKED);
                case BETTER_MINIMUM_FROM_OTHER_START -> out.add(ResultFlag.BETTER_MINIMUM_ELSEWHERE);
                case REORDERED -> out.add(ResultFlag.REORDERED);
                case FIXED -> {
                    // recorded as ResultParameter.fixed
                }
            }
        }
        return out;
    }

    /** One line: circuit, weighting, statistics and warnings. */
    public static String summary(FitResult fit) {
        String s = String.format(Locale.ROOT, "%s, %s weighting: reduced chi2 %.4g, pseudo-chi2 %.4g, %d points",
                fit.circuit(), fit.weighting().name().toLowerCase(Locale.ROOT), fit.reducedChiSquare(),
                fit.pseudoChiSquare(), fit.points());
        String w = fit.warnings().isEmpty() ? s
                : s + "; WARNINGS: " + fit.warnings().stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
        return fit.has(FitFlag.REORDERED) ? w + "; blocks relabelled by relaxation time" : w;
    }

    /**
     * The derived physical quantities of {@code run} on {@code m} (geometry from the cell, bulk from the tags).
     *
     * @throws IllegalArgumentException e.g. when the tagged bulk resistance is not in the circuit
     */
    public static List<PhysicalQuantity> quantities(FitRun run, Measurement m) {
        Optional<String> bulk = run.names().stream().filter(n -> run.quantity(n) == QuantityKind.BULK_RESISTANCE)
                .findFirst();
        return PhysicalQuantities.of(run.circuit(), run.result(), geometry(m), bulk);
    }

    private static List<PhysicalQuantity> quantitiesOrNone(FitRun run, Measurement m) {
        try {
            return quantities(run, m);
        } catch (RuntimeException e) {
            return List.of(); // the fit itself is still stored; the editor shows why there are no quantities
        }
    }

    /** Thickness of the cell's solid electrolyte and the cell's area, when the model has both. */
    public static Optional<PhysicalQuantities.Geometry> geometry(Measurement m) {
        if (!(m.eContainer() instanceof Cell cell) || !(cell.getAreaCm2() > 0)) {
            return Optional.empty();
        }
        return electrolyte(cell).map(l -> PhysicalQuantities.Geometry.of(l.getThicknessUm(), cell.getAreaCm2()));
    }

    /** The cell's first solid-electrolyte layer with a thickness. */
    public static Optional<Layer> electrolyte(Cell cell) {
        return cell.getLayers().stream().filter(l -> l.getRole() == LayerRole.SOLID_ELECTROLYTE && l.getThicknessUm() > 0)
                .findFirst();
    }

    private static String note(PhysicalQuantity q, FitRun run, Measurement m) {
        String from = "derived from " + String.join(", ", q.from()) + ", first-order error propagation";
        return switch (q.kind()) {
            case EFFECTIVE_CAPACITANCE -> "Brug et al. 1984 C = Q^(1/n) R^((1-n)/n), " + from;
            case RELAXATION_FREQUENCY -> "f = 1/(2 pi (R Q)^(1/n)), " + from;
            case IONIC_CONDUCTIVITY -> conductivityNote(m) + ", " + from;
        };
    }

    private static String conductivityNote(Measurement m) {
        Cell cell = (Cell) m.eContainer();
        Layer l = electrolyte(cell).orElseThrow();
        return String.format(Locale.ROOT, "\u03C3 = L/(R A) with L = %.4g \u00B5m (%s), A = %.4g cm\u00B2 (cell)",
                l.getThicknessUm(), l.getName(), cell.getAreaCm2());
    }

    /** The settings of a run as JSON: everything needed to repeat it, and the fit report. */
    public static String settingsJson(FitRun run) {
        FitResult fit = run.result();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("circuit", run.circuit().text());
        s.put("dialect", run.circuit().dialect().name());
        s.put("circuitImpedancePy", run.circuit().toImpedancePy());
        s.put("weighting", run.options().weighting().name());
        s.put("starts", run.options().starts());
        s.put("seed", run.options().seed());
        s.put("maxIterations", run.options().maxIterations());
        s.put("fixed", run.options().fixed());
        Map<String, String> links = new LinkedHashMap<>(run.circuit().links());
        links.putAll(run.options().links());
        s.put("links", links);
        s.put("fitDomain", run.options().admittance() ? "admittance" : "impedance");
        Map<String, Object> bounds = new LinkedHashMap<>();
        run.options().bounds().forEach((k, b) -> bounds.put(k, List.of(b.lower(), b.upper())));
        s.put("bounds", bounds);
        Map<String, Double> initial = new LinkedHashMap<>();
        double[] x0 = run.initial();
        for (int i = 0; i < x0.length; i++) {
            initial.put(run.names().get(i), x0[i]);
        }
        s.put("initial", initial);
        Map<String, String> tags = new LinkedHashMap<>();
        for (String n : run.names()) {
            if (run.quantity(n) != QuantityKind.OTHER) {
                tags.put(n, run.quantity(n).getName());
            }
        }
        s.put("quantities", tags);
        s.put("spectrum", run.data().label());
        s.put("points", run.data().size());
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("chiSquare", fit.chiSquare());
        report.put("reducedChiSquare", fit.reducedChiSquare());
        report.put("pseudoChiSquare", fit.pseudoChiSquare());
        report.put("aic", fit.aic());
        report.put("bic", fit.bic());
        report.put("degreesOfFreedom", fit.degreesOfFreedom());
        report.put("evaluations", fit.evaluations());
        report.put("iterations", fit.iterations());
        report.put("bestStart", fit.bestStart());
        report.put("converged", fit.converged());
        report.put("message", fit.message());
        report.put("flags", fit.flags().stream().map(Enum::name).sorted().toList());
        report.put("parameterFlags", fit.parameters().stream().filter(p -> !p.flags().isEmpty())
                .collect(Collectors.toMap(FittedParameter::name,
                        p -> p.flags().stream().map(Enum::name).sorted().toList(), (a, b) -> a, LinkedHashMap::new)));
        s.put("report", report);
        return GSON.toJson(s);
    }
}
