package org.interphase.xps.ui;

import org.eclipse.swt.widgets.Composite;
import org.interphase.model.XpsSpectrum;
import org.interphase.ui.measurement.MeasurementEditor;

/** The XPS measurement editor: a thin shell around {@link XpsEditorBody}. */
public final class XpsEditor extends MeasurementEditor {

    /** Id in plugin.xml. */
    public static final String ID = "org.interphase.xps.ui.spectrumEditor";

    private XpsEditorBody body;

    @Override
    public void createPartControl(Composite parent) {
        body = new XpsEditorBody(parent, (XpsSpectrum) measurement(), domain(), file());
    }

    @Override
    public void setFocus() {
        body.setFocus();
    }
}
