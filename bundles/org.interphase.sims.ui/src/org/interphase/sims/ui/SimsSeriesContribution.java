package org.interphase.sims.ui;

import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.interphase.model.DepthProfile;
import org.interphase.model.Measurement;
import org.interphase.ui.measurement.MeasurementEditors;
import org.interphase.ui.measurement.MeasurementSeriesContribution;
import org.osgi.service.component.annotations.Component;

/** "Compare depth profiles across cycles…": the SIMS editor's compare tab with the selected profiles checked. */
@Component(service = MeasurementSeriesContribution.class)
public final class SimsSeriesContribution implements MeasurementSeriesContribution {

    @Override
    public String label() {
        return "Compare depth profiles across cycles\u2026";
    }

    @Override
    public boolean accepts(List<Measurement> measurements) {
        return measurements.size() > 1 && measurements.stream().allMatch(DepthProfile.class::isInstance);
    }

    @Override
    public void open(IWorkbenchPage page, List<Measurement> measurements, EditingDomain domain) throws PartInitException {
        if (MeasurementEditors.open(page, measurements.get(0), domain).orElse(null) instanceof SimsEditor editor) {
            editor.compare(measurements.stream().map(DepthProfile.class::cast).toList());
        }
    }
}
