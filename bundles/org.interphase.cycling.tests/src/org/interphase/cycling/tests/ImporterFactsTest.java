package org.interphase.cycling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.interphase.core.api.ImportException;
import org.interphase.cycling.api.CyclingData;
import org.interphase.cycling.api.CyclingFiles;
import org.interphase.cycling.api.StepKind;
import org.interphase.eis.api.mpr.MprColumnTable;
import org.interphase.eis.api.mpr.MprFile;
import org.interphase.eis.api.mpr.MprModule;
import org.interphase.eis.api.mpr.MprRecords;
import org.junit.jupiter.api.Test;

/** The facts of ../shared/data/README.md §5, reproduced from the real cycler files. */
class ImporterFactsTest {

    /** README §5: per-cycle maximum of Neware's own Chg. Cap. and DChg. Cap. columns, in mAh. */
    @Test
    void newarePerCycleCapacitiesMatchTheReadme() throws ImportException {
        CyclingData d = CyclingFiles.readData(Samples.NEWARE, Optional.empty());
        assertEquals("Neware BTS CSV", d.format());
        assertEquals(9065, d.size());
        assertEquals(4, d.cycleCount());
        assertFalse(d.cyclesDerived());
        double[][] expected = {{4.24934, 4.68031}, {4.24668, 4.06473}, {4.24183, 4.02979}, {1.43796, 3.31516}};
        for (int cycle = 1; cycle <= 4; cycle++) {
            assertEquals(expected[cycle - 1][0], max(d, cycle, StepKind.CHARGE), 5e-6, "charge, cycle " + cycle);
            assertEquals(expected[cycle - 1][1], max(d, cycle, StepKind.DISCHARGE), 5e-6, "discharge, cycle " + cycle);
        }
        double lo = min(d.voltageV());
        double hi = -min(negate(d.voltageV()));
        assertEquals(0.05, lo, 1e-4, "README: voltage 0.05 to 2.957 V");
        assertEquals(2.957, hi, 1e-4);
    }

    /** README §5: largest Amp-hr in state D 4.54403 Ah, in state C 3.36871 Ah; 6,704 rows all with Cyc# 0. */
    @Test
    void maccorLargestAmpHoursMatchTheReadme() throws ImportException {
        CyclingData d = CyclingFiles.readData(Samples.MACCOR, Optional.empty());
        assertEquals("Maccor text export", d.format());
        assertEquals(6704, d.size());
        assertEquals(4544.03, max(d, -1, StepKind.DISCHARGE), 1e-6);
        assertEquals(3368.71, max(d, -1, StepKind.CHARGE), 1e-6);
        assertTrue(d.cyclesDerived(), "Cyc# is 0 throughout, so cycles are derived");
        // 4 charges, each after a discharge: cycles 1..4 plus the partial discharge before the first charge (0)
        assertEquals(0, d.cycle()[0]);
        assertEquals(4, d.cycle()[d.size() - 1]);
    }

    /**
     * README §5: the .mpr has no text export; the reader is checked by the file's own cross-identities: the
     * charge of each half cycle equals ∫I dt over it, the per-step capacity restarts at each half cycle and
     * the half cycles add up to the instrument's cumulative counter, and cycle numbers never decrease.
     */
    @Test
    void biologicMprObeysItsCrossIdentities() throws ImportException {
        CyclingData d = CyclingFiles.readData(Samples.MPR, Optional.empty());
        assertEquals(23561, d.size());
        assertFalse(d.cyclesDerived());
        for (int i = 1; i < d.size(); i++) {
            assertTrue(d.cycle()[i] >= d.cycle()[i - 1], "cycle numbers never decrease, record " + i);
        }
        assertEquals(1, d.cycle()[0]);
        assertEquals(5, d.cycle()[d.size() - 1], "z cycle 0..4 in the file, 1..5 here");

        List<int[]> runs = runs(d, StepKind.CHARGE);
        assertEquals(4, runs.size(), "four constant-current charges");
        double sum = 0;
        for (int[] r : runs) {
            double integral = 0; // trapezoidal ∫ I dt over the run, from the point before it (mA s -> mAh)
            for (int i = r[0]; i <= r[1]; i++) {
                integral += 0.5 * (d.currentMA()[i] + d.currentMA()[i - 1]) * (d.timeS()[i] - d.timeS()[i - 1]) / 3600;
            }
            double counted = d.capacityMAh()[r[1]];
            assertEquals(integral, counted, 1e-4 * counted, "∫I dt of the charge ending at record " + r[1]);
            assertTrue(d.capacityMAh()[r[0]] < 0.01 * counted, "the per-step capacity restarts at record " + r[0]);
            sum += counted;
        }
        // independently: the instrument's cumulative (Q-Qo) column, decoded straight from the container
        MprModule data = MprFile.module(MprFile.read(Samples.MPR), MprModule.DATA).orElseThrow();
        double[] q = MprRecords.decode(Samples.MPR, data, MprColumnTable.builtIn()).column("(Q-Qo)/mA.h").orElseThrow();
        assertEquals(q[q.length - 1] - q[0], sum, 1e-6, "half cycles add up to the cumulative counter");
        assertEquals(4.976893, sum, 1e-6);
    }

    /** Runs of consecutive points of {@code kind}: first and last index. */
    static List<int[]> runs(CyclingData d, StepKind kind) {
        List<int[]> out = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i <= d.size(); i++) {
            boolean in = i < d.size() && d.kind()[i] == kind;
            if (in && start < 0) {
                start = i;
            } else if (!in && start >= 0) {
                out.add(new int[] {start, i - 1});
                start = -1;
            }
        }
        return out;
    }

    /** The largest per-step capacity of {@code kind} in {@code cycle} (-1: any cycle). */
    static double max(CyclingData d, int cycle, StepKind kind) {
        TreeMap<Integer, Double> byCycle = new TreeMap<>();
        double best = 0;
        for (int i = 0; i < d.size(); i++) {
            if (d.kind()[i] == kind && (cycle < 0 || d.cycle()[i] == cycle)) {
                best = Math.max(best, d.capacityMAh()[i]);
            }
        }
        return best;
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static double[] negate(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = -v[i];
        }
        return out;
    }
}
