package org.interphase.sims.ui;

import org.eclipse.swt.widgets.Composite;
import org.interphase.model.MassSpectrum;
import org.interphase.sims.ui.internal.spectrum.MassSpectrumBody;
import org.interphase.ui.measurement.MeasurementEditor;

/** The ToF-SIMS mass-spectrum editor: a thin shell around {@link MassSpectrumBody}. */
public final class MassSpectrumEditor extends MeasurementEditor {

    /** Id in plugin.xml. */
    public static final String ID = "org.interphase.sims.ui.massSpectrumEditor";

    private MassSpectrumBody body;

    @Override
    protected void createBody(Composite parent) {
        body = new MassSpectrumBody(parent, (MassSpectrum) measurement(), file());
    }

    @Override
    protected void focusBody() {
        body.setFocus();
    }
}
