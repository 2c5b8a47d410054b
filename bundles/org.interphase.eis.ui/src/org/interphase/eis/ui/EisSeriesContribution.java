package org.interphase.eis.ui;

import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.interphase.model.ImpedanceSpectrum;
import org.interphase.model.Measurement;
import org.interphase.ui.measurement.MeasurementEditors;
import org.interphase.ui.measurement.MeasurementSeriesContribution;
import org.osgi.service.component.annotations.Component;

/** "Fit circuit across cycles…" for several impedance spectra: the EIS editor's Series tab with them checked. */
@Component(service = MeasurementSeriesContribution.class)
public final class EisSeriesContribution implements MeasurementSeriesContribution {

    @Override
    public String label() {
        return "Fit circuit across cycles\u2026";
    }

    @Override
    public boolean accepts(List<Measurement> measurements) {
        return measurements.size() > 1 && measurements.stream().allMatch(ImpedanceSpectrum.class::isInstance);
    }

    @Override
    public void open(IWorkbenchPage page, List<Measurement> measurements, EditingDomain domain) throws PartInitException {
        if (MeasurementEditors.open(page, measurements.get(0), domain).orElse(null) instanceof EisEditor editor) {
            editor.showSeries(measurements);
        }
    }
}
