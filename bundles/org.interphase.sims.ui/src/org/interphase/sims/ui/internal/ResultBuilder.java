package org.interphase.sims.ui.internal;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.interphase.model.AnalysisResult;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Interphase;
import org.interphase.model.Measurement;
import org.interphase.model.QuantityKind;
import org.interphase.sims.api.DepthScale;
import org.interphase.sims.api.Series;
import org.interphase.sims.api.SimsResults;

/**
 * Builds the {@link AnalysisResult} of an interphase-thickness measurement through the technique's builder
 * ({@link SimsResults#thickness}) and the EMF command that adds it (undoable on the Cell editor's command stack).
 */
public final class ResultBuilder {

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

    /** The result, not yet attached to the model ({@link SimsResults#thickness}). */
    public static AnalysisResult build(Measurement m, Request r) {
        Thickness th = Thickness.between(r.a(), r.b(), r.method(), r.scale());
        String summary = String.format(Locale.ROOT, "thickness %.3f +/- %.3f s%s (%s, %s)", th.seconds(),
                th.secondsError(), th.nm().isPresent()
                        ? String.format(Locale.ROOT, " = %.2f +/- %.2f nm", th.nm().getAsDouble(), th.nmError().getAsDouble())
                        : "",
                r.method().label(), r.settings().describe());
        SimsResults.ThicknessRun run = new SimsResults.ThicknessRun(width(r.a(), r), width(r.b(), r), th.seconds(),
                th.secondsError(), th.nm(), th.nmError(), r.interphase(), settings(r), summary,
                r.a().label() + ": " + r.settings().axisTitle(), r.curve().x(), r.curve().y());
        return SimsResults.thickness(m, run, new Date());
    }

    private static SimsResults.EdgeWidth width(EdgeRow e, Request r) {
        OptionalDouble rate = r.scale().isPresent()
                ? OptionalDouble.of(Thickness.rate(r.scale().get(), e.t50(r.method()))) : OptionalDouble.empty();
        return new SimsResults.EdgeWidth(e.name(), e.width(r.method()), e.widthError(r.method()), rate);
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

    private static Map<String, Object> settings(Request r) {
        Map<String, Object> s = new LinkedHashMap<>(r.settings().toMap());
        s.put("method", r.method().label());
        s.put("convention", "levels 0 and the largest finite value; rising = first crossing from the start, "
                + "falling = first crossing after the maximum; width = |t16 - t84|");
        s.put("interfaceA", r.a().name());
        s.put("interfaceB", r.b().name());
        s.put("depthRule", r.scale().map(DepthScale::describe).orElse("none (sputter time only)"));
        r.interphase().ifPresent(i -> s.put("interphase", i.getSpecies() == null ? i.getName() : i.getSpecies()));
        return s;
    }
}
