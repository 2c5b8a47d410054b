package org.interphase.xps.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.interphase.core.api.ImportException;
import org.interphase.xps.api.EnergyKind;
import org.interphase.xps.api.IntensityUnit;
import org.interphase.xps.api.XpsFiles;
import org.interphase.xps.api.XpsRegionData;
import org.junit.jupiter.api.Test;

/**
 * SPECS .xy facts (README section 2) and the three encodings of one survey (regular.vms counts,
 * irregular.vms CPS, MgFe2O4_small.xy CPS) agreeing after normalisation to counts per second.
 */
class SpecsAndNormalisationTest {

    @Test
    void mgFe2O4Curves() throws ImportException {
        List<XpsRegionData> r = XpsFiles.readData(SharedData.xps("specs/MgFe2O4_small.xy"));
        assertEquals(2, r.size());
        assertEquals("Survey", r.get(0).label());
        assertEquals(1351, r.get(0).pointCount());
        assertEquals(1350, r.get(0).energy()[0], 0);
        assertEquals(0, r.get(0).energy()[1350], 0);
        assertEquals(EnergyKind.BINDING, r.get(0).energyKind());
        assertEquals(IntensityUnit.COUNTS_PER_SECOND, r.get(0).unit());
        assertEquals("Fe2p", r.get(1).label());
        assertEquals("Fe", r.get(1).species());
        assertEquals("2p", r.get(1).transition());
        assertEquals(56, r.get(1).pointCount());
        assertEquals(750, r.get(1).energy()[0], 0);
        assertEquals(695, r.get(1).energy()[55], 0);
        assertEquals(5913.32, r.get(1).intensity()[0], 0.005);
        assertEquals(1486.61, r.get(1).photonEnergy(), 0);
    }

    @Test
    void mmSpecs() throws ImportException {
        List<XpsRegionData> r = XpsFiles.readData(SharedData.xps("specs/mm-specs.xy"));
        assertEquals(1, r.size());
        XpsRegionData p = r.get(0);
        assertEquals("P 2p", p.label());
        assertEquals(401, p.pointCount());
        assertEquals(139.87, p.energy()[0], 1e-12);
        assertEquals(119.87, p.energy()[400], 1e-12);
        assertEquals(50, p.scans(), 0);
        assertEquals(0.1, p.dwellTime(), 0);
        assertEquals(1486.61, p.photonEnergy(), 0);
        assertEquals(661.882, p.intensity()[0], 0.0005);
        assertEquals(569.336, p.intensity()[400], 0.0005);
        assertEquals(289122.6, Arrays.stream(p.intensity()).sum(), 0.05);
        assertTrue(p.transmission().isPresent());
        assertEquals(IntensityUnit.COUNTS_PER_SECOND, p.unit());
        assertEquals(1.0, p.cpsFactor(), 0);
    }

    @Test
    void threeEncodingsOfOneSurveyAgreeInCps() throws ImportException {
        XpsRegionData regular = XpsFiles.readData(SharedData.xps("vamas/regular.vms")).get(0);
        XpsRegionData irregular = XpsFiles.readData(SharedData.xps("vamas/irregular.vms")).get(0);
        XpsRegionData xy = XpsFiles.readData(SharedData.xps("specs/MgFe2O4_small.xy")).get(0);
        assertEquals(IntensityUnit.COUNTS, regular.unit());
        assertEquals(10.0, regular.cpsFactor(), 1e-12, "dwell 0.1 s x 1 scan");
        assertEquals(1.0, irregular.cpsFactor(), 0);
        double[] a = regular.cps();
        double[] b = irregular.cps();
        double[] c = xy.cps();
        assertEquals(1351, a.length);
        assertEquals(1351, b.length);
        assertEquals(1351, c.length);
        assertArrayEquals(regular.bindingEnergy(), xy.energy(), 1e-9);
        assertArrayEquals(irregular.bindingEnergy(), xy.energy(), 1e-9);
        double maxRegIrr = 0;
        double maxXy = 0;
        for (int i = 0; i < a.length; i++) {
            maxRegIrr = Math.max(maxRegIrr, Math.abs(a[i] - b[i]) / b[i]);
            maxXy = Math.max(maxXy, Math.abs(c[i] - b[i]) / b[i]);
        }
        // regular x 10 = irregular to VAMAS's 6 significant digits; xy = irregular within 4.4e-6 (README)
        assertTrue(maxRegIrr < 5e-6, "regular vs irregular " + maxRegIrr);
        assertTrue(maxXy < 5e-6, "xy vs irregular " + maxXy);
        assertArrayEquals(regular.transmission().orElseThrow(), irregular.transmission().orElseThrow(), 0);
        assertEquals(78.8103, regular.transmission().orElseThrow()[0], 0);
    }
}
