package org.interphase.xps.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;

import org.interphase.model.InterphaseFactory;
import org.interphase.ui.measurement.MeasurementEditors;
import org.interphase.xps.ui.XpsEditor;
import org.junit.jupiter.api.Test;

/** The editor is found through its DS service, as the Cell editor's double-click finds it. */
class ContributionTest {

    @Test
    void xpsSpectraOpenInTheXpsEditor() {
        assertEquals(Optional.of(XpsEditor.ID),
                MeasurementEditors.editorFor(InterphaseFactory.eINSTANCE.createXpsSpectrum()));
        assertNotEquals(Optional.of(XpsEditor.ID),
                MeasurementEditors.editorFor(InterphaseFactory.eINSTANCE.createDepthProfile()));
    }
}
