package org.interphase.tomo.ui;

import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.interphase.model.Measurement;
import org.interphase.model.TomographyVolume;
import org.interphase.ui.measurement.MeasurementEditors;
import org.interphase.ui.measurement.MeasurementSeriesContribution;
import org.osgi.service.component.annotations.Component;

/** "Compare volumes across cycles…" for two tomography volumes: synchronised slices and overlaid profiles. */
@Component(service = MeasurementSeriesContribution.class)
public final class TomoSeriesContribution implements MeasurementSeriesContribution {

    @Override
    public String label() {
        return "Compare volumes across cycles\u2026";
    }

    @Override
    public boolean accepts(List<Measurement> measurements) {
        return measurements.size() == 2 && measurements.stream().allMatch(TomographyVolume.class::isInstance);
    }

    @Override
    public void open(IWorkbenchPage page, List<Measurement> measurements, EditingDomain domain) throws PartInitException {
        if (MeasurementEditors.open(page, measurements.get(0), domain).orElse(null) instanceof TomoEditor editor) {
            editor.compareWith((TomographyVolume) measurements.get(1));
        }
    }
}
