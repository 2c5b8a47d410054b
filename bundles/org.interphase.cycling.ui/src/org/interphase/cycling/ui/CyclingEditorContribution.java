package org.interphase.cycling.ui;

import org.interphase.cycling.model.CyclingRecord;
import org.interphase.model.Measurement;
import org.interphase.ui.measurement.MeasurementEditorContribution;
import org.osgi.service.component.annotations.Component;

/** Opens {@link CyclingRecord}s in the {@link CyclingEditor}. */
@Component(service = MeasurementEditorContribution.class)
public final class CyclingEditorContribution implements MeasurementEditorContribution {

    @Override
    public String editorId() {
        return CyclingEditor.ID;
    }

    @Override
    public boolean canOpen(Measurement measurement) {
        return measurement instanceof CyclingRecord;
    }
}
