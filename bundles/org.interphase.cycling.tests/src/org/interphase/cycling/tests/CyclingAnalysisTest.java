package org.interphase.cycling.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.interphase.core.api.ImportException;
import org.interphase.cycling.api.CycleSummary;
import org.interphase.cycling.api.CyclingAnalysis;
import org.interphase.cycling.api.CyclingData;
import org.interphase.cycling.api.CyclingFiles;
import org.interphase.cycling.api.StepKind;
import org.interphase.cycling.api.VoltageCurve;
import org.junit.jupiter.api.Test;

/** Per-cycle figures against closed-form values, and on the real files against the instruments' own columns. */
class CyclingAnalysisTest {

    /**
     * Charge 10 mAh from 3.5 to 4.1 V (mean 3.8 V, 38 mWh), discharge 9.5 mAh from 4.0 to 3.0 V (mean 3.5 V,
     * 33.25 mWh); cycle 2 discharges 9 mAh.
     */
    private static CyclingData twoCycles() {
        return new Synthetic().rest(1, 3.4, 3)
                .half(1, StepKind.CHARGE, 10, 1, 3.5, 4.1, 101).rest(1, 4.0, 5)
                .half(1, StepKind.DISCHARGE, 9.5, 1, 4.0, 3.0, 101).rest(1, 3.1, 5)
                .half(2, StepKind.CHARGE, 10, 1, 3.5, 4.1, 51)
                .half(2, StepKind.DISCHARGE, 9, 1, 4.0, 3.0, 51).build();
    }

    @Test
    void closedFormFiguresOfAChargeFirstCycle() {
        List<CycleSummary> s = CyclingAnalysis.summarize(twoCycles(), Optional.empty());
        assertEquals(2, s.size());
        CycleSummary c1 = s.get(0);
        assertEquals(StepKind.CHARGE, c1.firstKind());
        assertEquals(10, c1.chargeMAh(), 1e-9);
        assertEquals(9.5, c1.dischargeMAh(), 1e-9);
        assertEquals(38, c1.chargeEnergyMWh(), 1e-9, "trapezoidal ∫V dQ is exact for a linear V(Q)");
        assertEquals(33.25, c1.dischargeEnergyMWh(), 1e-9);
        assertEquals(3.8, c1.meanChargeV(), 1e-12);
        assertEquals(3.5, c1.meanDischargeV(), 1e-12);
        assertEquals(0.3, c1.voltageGapV(), 1e-12);
        assertEquals(95, c1.coulombicEfficiencyPct(), 1e-9);
        assertEquals(100 * 33.25 / 38, c1.energyEfficiencyPct(), 1e-9);
        assertEquals(100, c1.retentionPct(), 1e-12);
        assertEquals(100 * 9 / 9.5, s.get(1).retentionPct(), 1e-9);
        assertEquals(90, s.get(1).coulombicEfficiencyPct(), 1e-9);
    }

    @Test
    void retentionAgainstAChosenReferenceCycle() {
        List<CycleSummary> s = CyclingAnalysis.summarize(twoCycles(), Optional.of(2));
        assertEquals(100 * 9.5 / 9, s.get(0).retentionPct(), 1e-9);
        assertEquals(100, s.get(1).retentionPct(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> CyclingAnalysis.summarize(twoCycles(), Optional.of(7)));
    }

    @Test
    void aCounterThatRestartsWithinAHalfCycleAddsUp() {
        // constant current 6 mAh, then a constant-voltage step whose counter restarts: 2 mAh more
        CyclingData d = new Synthetic().half(1, StepKind.CHARGE, 6, 1, 3.0, 4.2, 61)
                .half(1, StepKind.CHARGE, 2, 0.2, 4.2, 4.2, 21).half(1, StepKind.DISCHARGE, 7.6, 1, 4.1, 3.0, 61).build();
        CycleSummary c = CyclingAnalysis.summarize(d, Optional.empty()).get(0);
        assertEquals(8, c.chargeMAh(), 1e-9);
        assertEquals(95, c.coulombicEfficiencyPct(), 1e-9);
        VoltageCurve charge = CyclingAnalysis.curve(d, 1, StepKind.CHARGE).orElseThrow();
        assertEquals(82, charge.size());
        assertEquals(8, charge.capacityMAh()[charge.size() - 1], 1e-9);
        for (int i = 1; i < charge.size(); i++) {
            assertTrue(charge.capacityMAh()[i] >= charge.capacityMAh()[i - 1], "capacity never falls along a curve");
        }
    }

    @Test
    void derivedCyclesStartWithEachChargeAfterADischarge() {
        StepKind R = StepKind.REST;
        StepKind C = StepKind.CHARGE;
        StepKind D = StepKind.DISCHARGE;
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2},
                CyclingAnalysis.deriveCycles(new StepKind[] {R, D, R, C, R, C, R, D, C, R, D}));
    }

    /**
     * Neware cycle 1 (README §5): three discharge steps (4.68031, 0.28183, 0.12414 mAh, each the step's
     * largest DChg. Cap.) then one charge of 4.24934 mAh; the cycle starts with a discharge, so coulombic
     * efficiency = charge / discharge.
     */
    @Test
    void newareCycleOneFromTheInstrumentsColumns() throws ImportException {
        CyclingData data = CyclingFiles.readData(Samples.NEWARE, Optional.empty());
        List<CycleSummary> s = CyclingAnalysis.summarize(data, Optional.empty());
        assertEquals(List.of(1, 2, 3, 4), s.stream().map(CycleSummary::cycle).toList());
        CycleSummary c1 = s.get(0);
        assertEquals(StepKind.DISCHARGE, c1.firstKind());
        assertEquals(4.68031 + 0.28183 + 0.12414, c1.dischargeMAh(), 2e-5);
        assertEquals(4.24934, c1.chargeMAh(), 2e-5);
        assertEquals(100 * 4.24934 / (4.68031 + 0.28183 + 0.12414), c1.coulombicEfficiencyPct(), 1e-3);
        assertTrue(c1.meanChargeV() > c1.meanDischargeV(), "charge above discharge voltage: " + c1);
        assertEquals(100, c1.retentionPct(), 1e-12);
        assertTrue(c1.energyEfficiencyPct() < 100, "discharge energy / charge energy: " + c1.energyEfficiencyPct());
        List<VoltageCurve> runs = CyclingAnalysis.curves(data).stream()
                .filter(c -> c.cycle() == 1 && c.kind() == StepKind.DISCHARGE).toList();
        assertEquals(3, runs.size(), "three discharge steps, each its own curve");
        assertEquals(4.68031, last(runs.get(0).capacityMAh()), 2e-5);
        assertEquals(4.68031 + 0.28183 + 0.12414, last(runs.get(2).capacityMAh()), 2e-5, "capacity continues");
    }

    private static double last(double[] v) {
        return v[v.length - 1];
    }

    /** Maccor: charge = CC 3.36871 Ah + CV 1.15388 Ah (Amp-hr restarts at the CV step), then 4.54403 Ah out. */
    @Test
    void maccorFirstFullCycle() throws ImportException {
        List<CycleSummary> s = CyclingAnalysis.summarize(CyclingFiles.readData(Samples.MACCOR, Optional.empty()),
                Optional.empty());
        assertEquals(0, s.get(0).cycle(), "the discharge before the first charge");
        CycleSummary c1 = s.get(1);
        assertEquals(1, c1.cycle());
        assertEquals(StepKind.CHARGE, c1.firstKind());
        assertEquals(3368.71 + 1153.88, c1.chargeMAh(), 0.05);
        assertEquals(4544.03, c1.dischargeMAh(), 0.05);
        assertEquals(100 * 4544.03 / (3368.71 + 1153.88), c1.coulombicEfficiencyPct(), 1e-2);
        assertEquals(100, c1.retentionPct(), 1e-12, "the first complete cycle is the reference");
    }
}
