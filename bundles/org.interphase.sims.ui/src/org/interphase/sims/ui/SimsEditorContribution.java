package org.interphase.sims.ui;

import org.interphase.model.DepthProfile;
import org.interphase.model.Measurement;
import org.interphase.ui.measurement.MeasurementEditorContribution;
import org.osgi.service.component.annotations.Component;

/** Opens {@link DepthProfile}s in the {@link SimsEditor}. */
@Component(service = MeasurementEditorContribution.class)
public final class SimsEditorContribution implements MeasurementEditorContribution {

    @Override
    public String editorId() {
        return SimsEditor.ID;
    }

    @Override
    public boolean canOpen(Measurement measurement) {
        return measurement instanceof DepthProfile;
    }
}
