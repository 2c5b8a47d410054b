package org.interphase.eis.ui.internal;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.interphase.eis.api.FitFlag;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.FittedParameter;
import org.interphase.eis.api.PhysicalQuantity;
import org.interphase.model.AnalysisResult;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Measurement;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultParameter;
import org.interphase.model.ResultSeries;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * Turns a finished fit into an {@link AnalysisResult} of the study (algorithm {@value #ALGORITHM_ID}) and
 * the EMF command that adds it to the measurement, so the Cell editor can undo and save it. Every
 * parameter carries value, standard error, 95 % interval, unit, the user's quantity tag and the
 * measurement's interface and cycle state. The settings JSON holds the run's settings and, under
 * {@code report}, its statistics and flags (the model has no other place for them).
 */
public final class ResultRecorder {

    /** Algorithm id of CNLS circuit fits. */
    public static final String ALGORITHM_ID = "eis.cnls";

    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

    private ResultRecorder() {
    }

    /**
     * The result of {@code run} on {@code m}.
     *
     * @param fileSha256 SHA-256 of the data file the fit read
     * @param version    version of the fitting code
     * @param now        time stamp
     */
    public static AnalysisResult toResult(FitRun run, Measurement m, String fileSha256, String version, Date now) {
        FitResult fit = run.result();
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        AnalysisResult r = f.createAnalysisResult();
        r.setName("CNLS fit " + run.circuit().text());
        r.setAlgorithmId(ALGORITHM_ID);
        r.setAlgorithmVersion(version);
        r.setCreatedAt(now);
        r.setSettings(settingsJson(run));
        r.getInputs().add("sha256:" + fileSha256);
        if (m.getSourceUri() != null) {
            r.getInputs().add("file:" + m.getSourceUri());
        }
        r.getInputs().add("entry:" + run.data().label());
        r.setSummary(summary(fit));
        for (FittedParameter p : fit.parameters()) {
            ResultParameter rp = f.createResultParameter();
            rp.setName(p.name());
            rp.setValue(p.value());
            rp.setStandardError(p.standardError());
            rp.setLower95(p.lower95());
            rp.setUpper95(p.upper95());
            rp.setUnit(p.unit());
            rp.setFixed(p.has(FitFlag.FIXED));
            rp.setQuantity(run.quantity(p.name()));
            rp.setInterface(m.getInterface());
            rp.setCycleState(m.getCycleState());
            if (!p.flags().isEmpty()) {
                rp.setNotes(Formats.flags(p.flags()));
            }
            r.getParameters().add(rp);
        }
        for (PhysicalQuantity q : quantities(run, m)) {
            ResultParameter rp = f.createResultParameter();
            rp.setName(q.name());
            rp.setValue(q.value());
            rp.setStandardError(q.standardError());
            rp.setLower95(q.value() - 1.96 * q.standardError());
            rp.setUpper95(q.value() + 1.96 * q.standardError());
            rp.setUnit(q.unit());
            rp.setQuantity(q.kind() == PhysicalQuantity.Kind.EFFECTIVE_CAPACITANCE ? QuantityKind.CAPACITANCE
                    : QuantityKind.OTHER);
            rp.setInterface(m.getInterface());
            rp.setCycleState(m.getCycleState());
            rp.setNotes(note(q, run, m));
            r.getParameters().add(rp);
        }
        FitCurves.Curve curve = FitCurves.at(run.circuit(), fit.values(), run.data().frequencyHz());
        r.getSeries().add(series("Fit Z' vs f", "f / Hz", "Z' / Ohm", curve.frequencyHz(), curve.re()));
        r.getSeries().add(series("Fit -Z'' vs f", "f / Hz", "-Z'' / Ohm", curve.frequencyHz(), curve.minusIm()));
        return r;
    }

    private static List<PhysicalQuantity> quantities(FitRun run, Measurement m) {
        try {
            return DerivedQuantities.of(run, m);
        } catch (RuntimeException e) {
            return List.of(); // e.g. a tagged bulk resistance that is not in the circuit: the fit is still saved
        }
    }

    private static String note(PhysicalQuantity q, FitRun run, Measurement m) {
        String from = "derived from " + String.join(", ", q.from()) + ", first-order error propagation";
        return switch (q.kind()) {
            case EFFECTIVE_CAPACITANCE -> "Brug et al. 1984 C = Q^(1/n) R^((1-n)/n), " + from;
            case RELAXATION_FREQUENCY -> "f = 1/(2 pi (R Q)^(1/n)), " + from;
            case IONIC_CONDUCTIVITY -> DerivedQuantities.note(run, m) + ", " + from;
        };
    }

    /**
     * Records {@code run} on {@code m} through the editing domain (undoable) and returns the message for the
     * user: where it went, or why it was not saved.
     */
    public static String save(EditingDomain domain, Measurement m, FitRun run, java.nio.file.Path file, String version) {
        String sha;
        try {
            sha = org.interphase.core.api.Hashes.sha256(file);
        } catch (java.io.IOException e) {
            EisLog.error("cannot hash " + file, e);
            return "Not saved: cannot hash " + file + ": " + e.getMessage();
        }
        AnalysisResult result = toResult(run, m, sha, version, new Date());
        Command cmd = addCommand(domain, m, result);
        if (!cmd.canExecute()) {
            return "Not saved: the study does not accept the result (read-only?)";
        }
        domain.getCommandStack().execute(cmd);
        String where = m.getCycleState() == null ? "" : ", " + m.getCycleState().getName();
        return "Saved \u201C" + result.getName() + "\u201D to " + m.getName() + where
                + ". Undo in the Cell editor (Ctrl+Z); save the study to keep it.";
    }

    /** The command that adds {@code result} to {@code m}'s analyses. */
    public static Command addCommand(EditingDomain domain, Measurement m, AnalysisResult result) {
        return AddCommand.create(domain, m, InterphasePackage.Literals.MEASUREMENT__ANALYSES, result);
    }

    /** One line: circuit, weighting, statistics and warnings. */
    public static String summary(FitResult fit) {
        String s = String.format(Locale.ROOT, "%s, %s weighting: reduced chi2 %.4g, pseudo-chi2 %.4g, %d points",
                fit.circuit(), fit.weighting().name().toLowerCase(Locale.ROOT), fit.reducedChiSquare(),
                fit.pseudoChiSquare(), fit.points());
        return fit.flags().isEmpty() ? s : s + "; WARNINGS: " + Formats.flags(fit.flags());
    }

    static String settingsJson(FitRun run) {
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
        report.put("wallTimeMs", fit.wallTimeNanos() / 1e6);
        report.put("flags", fit.flags().stream().map(Enum::name).sorted().toList());
        report.put("parameterFlags", fit.parameters().stream().filter(p -> !p.flags().isEmpty())
                .collect(Collectors.toMap(FittedParameter::name,
                        p -> p.flags().stream().map(Enum::name).sorted().toList(), (a, b) -> a, LinkedHashMap::new)));
        s.put("report", report);
        return GSON.toJson(s);
    }

    private static ResultSeries series(String name, String xLabel, String yLabel, double[] x, double[] y) {
        ResultSeries rs = InterphaseFactory.eINSTANCE.createResultSeries();
        rs.setName(name);
        rs.setXLabel(xLabel);
        rs.setYLabel(yLabel);
        rs.setX(x);
        rs.setY(y);
        return rs;
    }
}
