package org.interphase.sims.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.interphase.model.InterphaseFactory;
import org.interphase.sims.ui.SimsEditor;
import org.interphase.ui.measurement.MeasurementEditors;
import org.junit.jupiter.api.Test;

/** The editor is found through its DS service, as the Cell editor's double-click finds it. */
class ContributionTest {

    @Test
    void depthProfilesOpenInTheSimsEditor() {
        assertEquals(Optional.of(SimsEditor.ID),
                MeasurementEditors.editorFor(InterphaseFactory.eINSTANCE.createDepthProfile()));
        assertTrue(MeasurementEditors.editorFor(InterphaseFactory.eINSTANCE.createXpsSpectrum()).isEmpty()
                || !MeasurementEditors.editorFor(InterphaseFactory.eINSTANCE.createXpsSpectrum()).get()
                        .equals(SimsEditor.ID));
        assertEquals(Optional.of(org.interphase.sims.ui.MassSpectrumEditor.ID),
                MeasurementEditors.editorFor(InterphaseFactory.eINSTANCE.createMassSpectrum()));
    }

    @Test
    void severalProfilesOfferTheComparisonAndMixedSelectionsDoNot() {
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        var profiles = java.util.List.<org.interphase.model.Measurement>of(f.createDepthProfile(), f.createDepthProfile());
        assertEquals(java.util.List.of("Compare depth profiles across cycles\u2026"), org.interphase.ui.measurement.MeasurementSeries
                .applicableTo(profiles).stream().map(org.interphase.ui.measurement.MeasurementSeriesContribution::label).toList());
        var mixed = java.util.List.<org.interphase.model.Measurement>of(f.createDepthProfile(), f.createMassSpectrum());
        assertTrue(org.interphase.ui.measurement.MeasurementSeries.applicableTo(mixed).isEmpty());
    }
}
