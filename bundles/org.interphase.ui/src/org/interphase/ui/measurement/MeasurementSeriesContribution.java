package org.interphase.ui.measurement;

import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.interphase.model.Measurement;

/**
 * An analysis of several measurements at once — typically one cell's spectra, profiles or volumes across its cycle
 * states (compare, fit a series, trend a quantity). Technique UI bundles and in-house plug-ins register one as an
 * OSGi service; the Cell editor offers every contribution that accepts the selected measurements in its context
 * menu, with the measurements ordered by cycle ({@link MeasurementSeries#byCycle}).
 */
public interface MeasurementSeriesContribution {

    /** Menu label, e.g. "Fit circuit across cycles…". */
    String label();

    /** Whether this analysis applies to {@code measurements} (at least one, ordered by cycle). */
    boolean accepts(List<Measurement> measurements);

    /** Opens the analysis of {@code measurements}; model changes go through {@code domain}'s command stack. */
    void open(IWorkbenchPage page, List<Measurement> measurements, EditingDomain domain) throws PartInitException;
}
