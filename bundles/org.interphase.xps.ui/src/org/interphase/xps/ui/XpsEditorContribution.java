package org.interphase.xps.ui;

import org.interphase.model.Measurement;
import org.interphase.model.XpsSpectrum;
import org.interphase.ui.measurement.MeasurementEditorContribution;
import org.osgi.service.component.annotations.Component;

/** Opens {@link XpsSpectrum}s in the {@link XpsEditor}. */
@Component(service = MeasurementEditorContribution.class)
public final class XpsEditorContribution implements MeasurementEditorContribution {

    @Override
    public String editorId() {
        return XpsEditor.ID;
    }

    @Override
    public boolean canOpen(Measurement measurement) {
        return measurement instanceof XpsSpectrum;
    }
}
