package org.interphase.xps.ui;

import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.interphase.model.Measurement;
import org.interphase.model.XpsSpectrum;
import org.interphase.ui.measurement.MeasurementEditors;
import org.interphase.ui.measurement.MeasurementSeriesContribution;
import org.osgi.service.component.annotations.Component;

/** "Compare XPS spectra across cycles…": the XPS editor's comparison tab with the selected spectra ticked. */
@Component(service = MeasurementSeriesContribution.class)
public final class XpsSeriesContribution implements MeasurementSeriesContribution {

    @Override
    public String label() {
        return "Compare XPS spectra across cycles\u2026";
    }

    @Override
    public boolean accepts(List<Measurement> measurements) {
        return measurements.size() > 1 && measurements.stream().allMatch(XpsSpectrum.class::isInstance);
    }

    @Override
    public void open(IWorkbenchPage page, List<Measurement> measurements, EditingDomain domain) throws PartInitException {
        if (MeasurementEditors.open(page, measurements.get(0), domain).orElse(null) instanceof XpsEditor editor) {
            editor.showComparison(measurements.stream().map(XpsSpectrum.class::cast).toList());
        }
    }
}
