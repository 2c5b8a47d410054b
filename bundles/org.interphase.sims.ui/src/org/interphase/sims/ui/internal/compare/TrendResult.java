package org.interphase.sims.ui.internal.compare;

import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Interface;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Measurement;
import org.interphase.sims.api.SimsResults;
import org.interphase.sims.api.ThicknessTrend;

/**
 * The {@link AnalysisResult} of a thickness-vs-cycle trend, built by {@link SimsResults#trend}: one thickness
 * parameter per cycle (linked to the interface and that cycle's state), the growth rate (linked to the
 * interface), the points as a small series; added to a measurement by one undoable EMF command.
 */
public final class TrendResult {

    private TrendResult() {
    }

    /**
     * The result, not yet attached to {@code m}.
     *
     * @param inputs  "sha256:..." of every profile that contributed
     */
    public static AnalysisResult build(Measurement m, Interface iface, List<ThicknessTrend.CyclePoint> points,
            Optional<ThicknessTrend.Line> line, String unit, List<String> inputs) {
        return SimsResults.trend(m, iface, points, line, unit, inputs, new Date());
    }

    /** Adds the result to the measurement's analyses (undoable). */
    public static Command command(EditingDomain domain, Measurement m, AnalysisResult result) {
        return AddCommand.create(domain, m, InterphasePackage.Literals.MEASUREMENT__ANALYSES, result);
    }
}
