package org.interphase.eis.ui;

import org.eclipse.swt.widgets.Composite;
import org.interphase.ui.measurement.MeasurementEditor;

/**
 * The EIS measurement editor, opened by double-clicking an impedance spectrum in the Cell editor. A thin
 * shell around {@link EisEditorBody}; results are written through the Cell editor's editing domain.
 */
public final class EisEditor extends MeasurementEditor {

    /** Editor id (plugin.xml). */
    public static final String ID = "org.interphase.eis.ui.editor";

    private EisEditorBody body;

    @Override
    protected void createBody(Composite parent) {
        body = new EisEditorBody(parent, measurement(), domain(), file());
    }

    /** Shows the Series tab for {@code measurements} (the Cell editor's "Fit circuit across cycles"). */
    public void showSeries(java.util.List<org.interphase.model.Measurement> measurements) {
        body.showSeries(measurements);
    }

    @Override
    protected void focusBody() {
        body.circuitPanel().circuitText().setFocus();
    }
}
