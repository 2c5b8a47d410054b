package org.interphase.cycling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;

import org.interphase.core.api.ImportException;
import org.interphase.cycling.api.CyclingAnalysis;
import org.interphase.cycling.api.CyclingFiles;
import org.interphase.cycling.api.DifferentialCapacity;
import org.interphase.cycling.api.StepKind;
import org.interphase.cycling.api.VoltageCurve;
import org.junit.jupiter.api.Test;

/** dQ/dV against analytic derivatives. */
class DifferentialCapacityTest {

    /**
     * A two-phase plateau: Q(V) = Qmax / (1 + exp(-(V - V0)/w)) has dQ/dV = Qmax/(4w) at V0, its maximum.
     * With noise of 0.5 mV on V the smoothed peak stays within one grid step, and its height within 3 % (the
     * filter's own bias here is (Σk⁴/Σk²) h² / (12 w²) = 1.5 %).
     */
    @Test
    void aLogisticPlateauGivesItsPeakPositionAndHeight() {
        double qMax = 5;
        double v0 = 3.45;
        double w = 0.04;
        int n = 4000;
        double[] q = new double[n];
        double[] v = new double[n];
        Random noise = new Random(1964);
        for (int i = 0; i < n; i++) {
            q[i] = qMax * (i + 0.5) / n;
            v[i] = v0 - w * Math.log(qMax / q[i] - 1) + 0.0005 * noise.nextGaussian();
        }
        DifferentialCapacity.Curve d = DifferentialCapacity.of(new VoltageCurve(1, StepKind.CHARGE, 1, q, v));
        int peak = 0;
        for (int i = 1; i < d.size(); i++) {
            if (d.dqdvMAhPerV()[i] > d.dqdvMAhPerV()[peak]) {
                peak = i;
            }
        }
        assertEquals(v0, d.voltageV()[peak], DifferentialCapacity.DEFAULT_STEP_V);
        assertEquals(qMax / (4 * w), d.dqdvMAhPerV()[peak], 0.03 * qMax / (4 * w));
    }

    /** The Savitzky–Golay quadratic derivative is exact for Q = a V² (on the grid, away from the ends). */
    @Test
    void exactForAQuadratic() {
        int n = 2001;
        double[] q = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 3.0 + i * 0.0005;
            q[i] = 2.0 * (v[i] - 3.0) * (v[i] - 3.0);
        }
        DifferentialCapacity.Curve d = DifferentialCapacity.of(new VoltageCurve(1, StepKind.CHARGE, 1, q, v), 0.01, 7);
        for (int i = 0; i < d.size(); i++) {
            assertEquals(4.0 * (d.voltageV()[i] - 3.0), d.dqdvMAhPerV()[i], 0.02, "at " + d.voltageV()[i] + " V");
        }
    }

    @Test
    void aDischargeHasNegativeDifferentialCapacity() throws ImportException {
        var data = CyclingFiles.readData(Samples.NEWARE, Optional.empty());
        VoltageCurve discharge = CyclingAnalysis.curve(data, 2, StepKind.DISCHARGE).orElseThrow();
        DifferentialCapacity.Curve d = DifferentialCapacity.of(discharge);
        assertTrue(d.size() > 100, "grid points: " + d.size());
        double area = 0;
        for (int i = 0; i < d.size(); i++) {
            area += d.dqdvMAhPerV()[i] * DifferentialCapacity.DEFAULT_STEP_V;
        }
        assertTrue(area < 0, "∫ dQ/dV dV of a discharge is negative: " + area);
    }

    @Test
    void refusesAnEvenWindow() {
        VoltageCurve c = new VoltageCurve(1, StepKind.CHARGE, 1, new double[] {0, 1}, new double[] {3, 4});
        assertThrows(IllegalArgumentException.class, () -> DifferentialCapacity.of(c, 0.01, 8));
    }
}
