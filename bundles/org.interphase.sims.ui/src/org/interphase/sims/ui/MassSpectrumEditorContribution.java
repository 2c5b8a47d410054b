package org.interphase.sims.ui;

import org.interphase.model.MassSpectrum;
import org.interphase.model.Measurement;
import org.interphase.ui.measurement.MeasurementEditorContribution;
import org.osgi.service.component.annotations.Component;

/** Opens {@link MassSpectrum}s in the {@link MassSpectrumEditor}. */
@Component(service = MeasurementEditorContribution.class)
public final class MassSpectrumEditorContribution implements MeasurementEditorContribution {

    @Override
    public String editorId() {
        return MassSpectrumEditor.ID;
    }

    @Override
    public boolean canOpen(Measurement measurement) {
        return measurement instanceof MassSpectrum;
    }
}
