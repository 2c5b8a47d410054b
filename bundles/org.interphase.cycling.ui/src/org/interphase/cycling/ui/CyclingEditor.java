package org.interphase.cycling.ui;

import org.eclipse.swt.widgets.Composite;
import org.interphase.cycling.ui.internal.CyclingEditorBody;
import org.interphase.ui.measurement.MeasurementEditor;

/** The galvanostatic cycling editor: a thin shell around {@link CyclingEditorBody}. */
public final class CyclingEditor extends MeasurementEditor {

    /** Id in plugin.xml. */
    public static final String ID = "org.interphase.cycling.ui.editor";

    private CyclingEditorBody body;

    @Override
    public void createPartControl(Composite parent) {
        body = new CyclingEditorBody(parent, measurement(), domain(), file());
    }

    @Override
    public void setFocus() {
        body.setFocus();
    }
}
