package org.interphase.eis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.interphase.eis.ui.EisEditor;
import org.interphase.model.InterphaseFactory;
import org.interphase.ui.measurement.MeasurementEditors;
import org.junit.jupiter.api.Test;

/** The DS component registers the EIS editor for impedance spectra only. */
class EditorContributionTest {

    @Test
    void impedanceSpectraOpenInTheEisEditor() {
        assertEquals(Optional.of(EisEditor.ID),
                MeasurementEditors.editorFor(InterphaseFactory.eINSTANCE.createImpedanceSpectrum()));
        assertTrue(MeasurementEditors.all().stream().anyMatch(c -> c.editorId().equals(EisEditor.ID)));
        assertTrue(MeasurementEditors.all().stream().filter(c -> c.editorId().equals(EisEditor.ID))
                .noneMatch(c -> c.canOpen(InterphaseFactory.eINSTANCE.createXpsSpectrum())));
    }
}
