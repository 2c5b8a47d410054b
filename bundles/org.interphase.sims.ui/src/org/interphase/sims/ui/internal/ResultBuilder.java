package org.interphase.sims.ui.internal;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.interphase.model.AnalysisResult;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Interphase;
import org.interphase.model.Measurement;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultParameter;
import org.interphase.model.ResultSeries;
import org.interphase.sims.api.DepthScale;
import org.interphase.sims.api.Series;
import org.interphase.sims.api.SimsCommands;

import com.google.gson.GsonBuilder;

/**
 * Builds the {@link AnalysisResult} of an interphase-thickness measurement and the EMF command that adds it
 * (undoable on the Cell editor's command stack).
 */
public final class ResultBuilder {

    private static final double Z95 = 1.959963984540054;

    /**
     * What the analyst chose.
     *
     * @param a         first interface (e.g. where the interphase fragment rises)
     * @param b         second interface (where it falls)
     * @param method    interpolation or erf fit
     * @param settings  normalisation and smoothing
     * @param scale     the depth rule, if any
     * @param interphase the interphase the thickness belongs to, if the analyst picked one
     * @param inputHash SHA-256 of the data file
     * @param curve     the first edge's signal as plotted (stored as a small series)
     */
    public record Request(EdgeRow a, EdgeRow b, EdgeMethod method, PlotSettings settings, Optional<DepthScale> scale,
            Optional<Interphase> interphase, String inputHash, Series curve) {
    }

    private ResultBuilder() {
    }

    /** The result, not yet attached to the model. */
    public static AnalysisResult build(Measurement m, Request r) {
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        Thickness th = Thickness.between(r.a(), r.b(), r.method(), r.scale());
        AnalysisResult result = f.createAnalysisResult();
        result.setName("Interphase thickness " + r.a().name() + " -> " + r.b().name());
        result.setAlgorithmId(SimsCommands.INTERFACES_ALGORITHM);
        result.setAlgorithmVersion(SimsCommands.INTERFACES_VERSION);
        result.setSettings(settingsJson(r));
        result.getInputs().add("sha256:" + r.inputHash());
        result.setCreatedAt(new Date());
        result.setSummary(String.format(Locale.ROOT, "thickness %.3f +/- %.3f s%s (%s, %s)", th.seconds(),
                th.secondsError(), th.nm().isPresent()
                        ? String.format(Locale.ROOT, " = %.2f +/- %.2f nm", th.nm().getAsDouble(), th.nmError().getAsDouble())
                        : "",
                r.method().label(), r.settings().describe()));
        for (EdgeRow e : List.of(r.a(), r.b())) {
            result.getParameters().add(parameter(m, "16-84 % width " + e.name(), e.width(r.method()),
                    e.widthError(r.method()), "s", QuantityKind.INTERFACE_WIDTH, Optional.empty()));
            r.scale().ifPresent(d -> {
                double rate = Thickness.rate(d, e.t50(r.method()));
                result.getParameters().add(parameter(m, "16-84 % width " + e.name() + " (depth)",
                        rate * e.width(r.method()), rate * e.widthError(r.method()), "nm", QuantityKind.INTERFACE_WIDTH,
                        Optional.empty()));
            });
        }
        result.getParameters().add(parameter(m, "interphase thickness (time)", th.seconds(), th.secondsError(), "s",
                QuantityKind.INTERPHASE_THICKNESS, r.interphase()));
        if (th.nm().isPresent()) {
            result.getParameters().add(parameter(m, "interphase thickness", th.nm().getAsDouble(),
                    th.nmError().getAsDouble(), "nm", QuantityKind.INTERPHASE_THICKNESS, r.interphase()));
        }
        ResultSeries s = f.createResultSeries();
        s.setXLabel("Sputter time / s");
        s.setYLabel(r.a().label() + ": " + r.settings().axisTitle());
        s.setX(r.curve().x().clone());
        s.setY(r.curve().y().clone());
        result.getSeries().add(s);
        return result;
    }

    /**
     * Adds {@code result} to the measurement's analyses and, when {@code writeThickness} and the result has a
     * thickness in nm, sets the chosen interphase's thickness; one undoable command.
     */
    public static Command command(EditingDomain domain, Measurement m, AnalysisResult result,
            Optional<Interphase> interphase, boolean writeThickness) {
        CompoundCommand c = new CompoundCommand("Save SIMS interphase thickness");
        c.append(AddCommand.create(domain, m, InterphasePackage.Literals.MEASUREMENT__ANALYSES, result));
        if (writeThickness && interphase.isPresent()) {
            result.getParameters().stream()
                    .filter(p -> p.getQuantity() == QuantityKind.INTERPHASE_THICKNESS && "nm".equals(p.getUnit()))
                    .findFirst().ifPresent(p -> c.append(SetCommand.create(domain, interphase.get(),
                            InterphasePackage.Literals.INTERPHASE__THICKNESS_NM, p.getValue())));
        }
        return c;
    }

    private static ResultParameter parameter(Measurement m, String name, double value, double error, String unit,
            QuantityKind quantity, Optional<Interphase> interphase) {
        ResultParameter p = InterphaseFactory.eINSTANCE.createResultParameter();
        p.setName(name);
        p.setValue(value);
        p.setStandardError(error);
        p.setLower95(Double.isFinite(error) ? value - Z95 * error : Double.NaN);
        p.setUpper95(Double.isFinite(error) ? value + Z95 * error : Double.NaN);
        p.setUnit(unit);
        p.setQuantity(quantity);
        p.setInterface(m.getInterface());
        p.setCycleState(m.getCycleState());
        interphase.ifPresent(p::setInterphase);
        return p;
    }

    private static String settingsJson(Request r) {
        Map<String, Object> s = new LinkedHashMap<>(r.settings().toMap());
        s.put("method", r.method().label());
        s.put("convention", "levels 0 and the largest finite value; rising = first crossing from the start, "
                + "falling = first crossing after the maximum; width = |t16 - t84|");
        s.put("interfaceA", r.a().name());
        s.put("interfaceB", r.b().name());
        s.put("depthRule", r.scale().map(DepthScale::describe).orElse("none (sputter time only)"));
        r.interphase().ifPresent(i -> s.put("interphase", i.getSpecies() == null ? i.getName() : i.getSpecies()));
        return new GsonBuilder().serializeSpecialFloatingPointValues().create().toJson(s);
    }
}
