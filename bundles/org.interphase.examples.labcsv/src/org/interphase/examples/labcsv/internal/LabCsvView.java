package org.interphase.examples.labcsv.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** Window > Show View > Interphase Examples > Lab CSV Impedance. */
public final class LabCsvView extends ViewPart {

    /** The view id in plugin.xml. */
    public static final String ID = "org.interphase.examples.labcsv.view";

    private LabCsvViewBody body;

    @Override
    public void createPartControl(Composite parent) {
        body = new LabCsvViewBody(parent);
    }

    @Override
    public void setFocus() {
        body.setFocus();
    }
}
