package org.interphase.tomo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.interphase.model.InterphaseFactory;
import org.interphase.tomo.ui.TomoEditor;
import org.interphase.ui.measurement.MeasurementEditors;
import org.junit.jupiter.api.Test;

/** The editor is found through the DS service the Cell editor uses on double-click. */
class ContributionTest {

    @Test
    void tomographyVolumesOpenInTheTomoEditor() {
        assertTrue(MeasurementEditors.all().stream().anyMatch(c -> c.editorId().equals(TomoEditor.ID)),
                "contribution registered as a service");
        assertEquals(Optional.of(TomoEditor.ID), MeasurementEditors.editorFor(InterphaseFactory.eINSTANCE.createTomographyVolume()));
        assertTrue(MeasurementEditors.all().stream().filter(c -> c.editorId().equals(TomoEditor.ID))
                .noneMatch(c -> c.canOpen(InterphaseFactory.eINSTANCE.createImpedanceSpectrum())));
    }

    @Test
    void twoVolumesOfferTheSideBySideComparison() {
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        var two = java.util.List.<org.interphase.model.Measurement>of(f.createTomographyVolume(), f.createTomographyVolume());
        assertEquals(java.util.List.of("Compare volumes across cycles\u2026"), org.interphase.ui.measurement.MeasurementSeries
                .applicableTo(two).stream().map(org.interphase.ui.measurement.MeasurementSeriesContribution::label).toList());
        var three = java.util.List.<org.interphase.model.Measurement>of(f.createTomographyVolume(), f.createTomographyVolume(),
                f.createTomographyVolume());
        assertTrue(org.interphase.ui.measurement.MeasurementSeries.applicableTo(three).isEmpty(), "side by side is for two");
    }
}
