package org.interphase.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.interphase.model.InterphasePackage.Literals;
import org.interphase.model.edit.PhysicalRanges;
import org.junit.jupiter.api.Test;

/** The physical ranges shared by the form, the Properties view and headless code. */
class PhysicalRangesTest {

    @Test
    void boundsAreOpenOrClosedAsPhysicsSays() {
        assertTrue(PhysicalRanges.check(Literals.LAYER__THICKNESS_UM, 0.0).isPresent(), "a layer has a thickness");
        assertEquals(Optional.of("must be greater than 0 (was -50.0)"), PhysicalRanges.check(Literals.LAYER__THICKNESS_UM, -50.0));
        assertEquals(Optional.empty(), PhysicalRanges.check(Literals.LAYER__POROSITY, 0.0));
        assertEquals(Optional.empty(), PhysicalRanges.check(Literals.LAYER__POROSITY, 1.0));
        assertEquals(Optional.of("must be between 0 and 1 (was 1.5)"), PhysicalRanges.check(Literals.LAYER__POROSITY, 1.5));
        assertTrue(PhysicalRanges.check(Literals.CELL__AREA_CM2, 0.0).isPresent());
        assertTrue(PhysicalRanges.check(Literals.CELL__TEMPERATURE_C, -273.15).isPresent(), "absolute zero is not reachable");
        assertEquals(Optional.empty(), PhysicalRanges.check(Literals.CELL__TEMPERATURE_C, -25.0));
        assertTrue(PhysicalRanges.check(Literals.CYCLE_STATE__STATE_OF_CHARGE, 1.01).isPresent());
        assertTrue(PhysicalRanges.check(Literals.INTERPHASE__FRACTION, -0.1).isPresent());
        assertTrue(PhysicalRanges.check(Literals.CYCLE_STATE__CYCLE_NUMBER, -1).isPresent());
    }

    @Test
    void notANumberMeansUnknownAndOtherFeaturesAreFree() {
        assertEquals(Optional.empty(), PhysicalRanges.check(Literals.LAYER__THICKNESS_UM, Double.NaN));
        assertEquals(Optional.empty(), PhysicalRanges.check(Literals.CYCLE_STATE__VOLTAGE_V, -3.0));
        assertEquals(Optional.empty(), PhysicalRanges.check(Literals.NAMED_ELEMENT__NAME, "x"));
    }
}
