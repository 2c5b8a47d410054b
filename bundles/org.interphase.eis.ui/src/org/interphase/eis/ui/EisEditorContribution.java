package org.interphase.eis.ui;

import org.interphase.model.ImpedanceSpectrum;
import org.interphase.model.Measurement;
import org.interphase.ui.measurement.MeasurementEditorContribution;
import org.osgi.service.component.annotations.Component;

/** Registers {@link EisEditor} for {@link ImpedanceSpectrum} measurements. */
@Component(service = MeasurementEditorContribution.class)
public final class EisEditorContribution implements MeasurementEditorContribution {

    @Override
    public String editorId() {
        return EisEditor.ID;
    }

    @Override
    public boolean canOpen(Measurement measurement) {
        return measurement instanceof ImpedanceSpectrum;
    }
}
