package org.interphase.tomo.ui;

import org.interphase.model.Measurement;
import org.interphase.model.TomographyVolume;
import org.interphase.ui.measurement.MeasurementEditorContribution;
import org.osgi.service.component.annotations.Component;

/** Opens {@link TomographyVolume}s in the {@link TomoEditor}. */
@Component(service = MeasurementEditorContribution.class)
public final class TomoEditorContribution implements MeasurementEditorContribution {

    @Override
    public String editorId() {
        return TomoEditor.ID;
    }

    @Override
    public boolean canOpen(Measurement measurement) {
        return measurement instanceof TomographyVolume;
    }
}
