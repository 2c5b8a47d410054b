package org.interphase.sims.ui;

import org.eclipse.swt.widgets.Composite;
import org.interphase.model.DepthProfile;
import org.interphase.ui.measurement.MeasurementEditor;

/** The ToF-SIMS depth-profile editor: a thin shell around {@link SimsEditorBody}. */
public final class SimsEditor extends MeasurementEditor {

    /** Id in plugin.xml. */
    public static final String ID = "org.interphase.sims.ui.depthProfileEditor";

    private SimsEditorBody body;

    @Override
    protected void createBody(Composite parent) {
        body = new SimsEditorBody(parent, (DepthProfile) measurement(), domain(), file());
    }

    /** Shows the compare tab with exactly {@code profiles} checked. */
    public void compare(java.util.List<DepthProfile> profiles) {
        body.compare().profiles().check(profiles);
    }

    @Override
    protected void focusBody() {
        body.setFocus();
    }
}
