package org.interphase.xps.ui.internal;

import java.util.Date;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Interface;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Interphase;
import org.interphase.model.Measurement;
import org.interphase.xps.api.FitResult;
import org.interphase.xps.api.XpsResults;

/**
 * Records a saved XPS fit: the result is built by the technique's builder {@link XpsResults#fit} (the same
 * call {@code xps-fit}, {@code batch run} and the demo make) from the region's fit, window, species and
 * Monte-Carlo errors, and added by one undoable command.
 */
public final class FitRecord {

    /** Algorithm id. */
    public static final String ALGORITHM_ID = XpsResults.FIT;

    private FitRecord() {
    }

    /** The result for one region's fit, not yet in the model. */
    public static AnalysisResult build(Measurement m, String regionLabel, RegionFit rf) {
        FitResult fit = rf.fit().orElseThrow(() -> new IllegalStateException("fit the region first"));
        java.util.List<Optional<String>> species = fit.components().stream()
                .map(c -> rf.rows().stream().filter(r -> r.name().equals(c.name())).findFirst()
                        .flatMap(ComponentRow::species))
                .toList();
        return XpsResults.fit(new XpsResults.RegionRun(regionLabel, rf.lo(), rf.hi(), fit, species, rf.monteCarlo()), m,
                new Date());
    }

    /** The command that adds the result to the measurement's analyses. */
    public static Command command(EditingDomain domain, Measurement m, AnalysisResult a) {
        return AddCommand.create(domain, m, InterphasePackage.Literals.MEASUREMENT__ANALYSES, a);
    }

    /** The existing interphase of the interface whose species equals the formula (case and spaces ignored). */
    static Optional<Interphase> interphase(Interface iface, Optional<String> species) {
        return XpsResults.interphase(iface, species);
    }
}
