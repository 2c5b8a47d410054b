package org.interphase.tomo.ui;

import org.eclipse.swt.widgets.Composite;
import org.interphase.model.TomographyVolume;
import org.interphase.ui.measurement.MeasurementEditor;

/** The tomography measurement editor: a thin shell around {@link TomoEditorBody}. */
public final class TomoEditor extends MeasurementEditor {

    /** Editor id in plugin.xml. */
    public static final String ID = "org.interphase.tomo.ui.editor";

    private TomoEditorBody body;

    @Override
    protected void createBody(Composite parent) {
        body = new TomoEditorBody(parent, (TomographyVolume) measurement(), domain(), file());
    }

    /** Opens the comparison of this volume with {@code other}. */
    public void compareWith(TomographyVolume other) {
        body.compareWith(other);
    }

    @Override
    protected void focusBody() {
        if (body != null && !body.isDisposed()) {
            body.setFocus();
        }
    }
}
