package org.interphase.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.CnlsFitter;
import org.interphase.eis.api.Drt;
import org.interphase.eis.api.DrtOptions;
import org.interphase.eis.api.DrtResult;
import org.interphase.eis.api.EisReaders;
import org.interphase.eis.api.FitOptions;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.KkOptions;
import org.interphase.eis.api.KkResult;
import org.interphase.eis.api.Weighting;
import org.interphase.eis.internal.valid.KkTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's speed cases on real files (BENCH lines; no time is asserted): lin-KK with automatic M on the
 * Gamry file, the previous path (one SVD per M) and the new one (one Householder QR per M) measured
 * alternately in the same run; automatic-start fits of the LPSCl {@code .mpr} and the Gamry {@code .DTA}
 * (evaluations and time per fit); the DRT with the previous default lambda (GCV) and the new one
 * (discrepancy principle), side by side.
 */
@Tag("benchmark")
class RealDataBenchmarkTest {

    /** Medians (ms) of a and b, run alternately {@code reps} times after {@code warmup} rounds of each. */
    static double[] alternating(int warmup, int reps, Runnable a, Runnable b) {
        for (int i = 0; i < warmup; i++) {
            a.run();
            b.run();
        }
        double[] ta = new double[reps];
        double[] tb = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            a.run();
            long t1 = System.nanoTime();
            b.run();
            long t2 = System.nanoTime();
            ta[i] = (t1 - t0) / 1e6;
            tb[i] = (t2 - t1) / 1e6;
        }
        Arrays.sort(ta);
        Arrays.sort(tb);
        return new double[] {ta[reps / 2], tb[reps / 2]};
    }

    @Test
    void linKkAutomaticMOnTheGamryFileSvdVersusQr() throws Exception {
        ImpedanceData d = EisReaders.readFirst(SharedData.eis(SharedData.DTA));
        KkOptions o = KkOptions.defaults();
        KkResult[] last = new KkResult[2];
        double[] ms = alternating(5, 21, () -> last[0] = KkTest.runWithSvd(d, o), () -> last[1] = KkTest.run(d, o));
        System.out.printf("BENCH eis lin-KK automatic M (plateau, M = 1..%d) on %s: previous SVD path median %.1f ms,"
                + " QR path median %.1f ms (%.1fx); M %d vs %d%n", last[1].curve().size(), SharedData.DTA, ms[0], ms[1],
                ms[0] / ms[1], last[0].m(), last[1].m());
        assertEquals(last[0].m(), last[1].m());
    }

    @Test
    void automaticStartFitsOfRealFiles() throws Exception {
        fit(SharedData.MPR, "R0-p(R1,CPE1)-p(R2,CPE2)", 0.017);
        fit(SharedData.DTA, "p(R4,L0)-R0-p(R1,CPE1)-p(R2,CPE2)", Double.NaN);
    }

    private static void fit(String file, String circuit, double chi2Limit) throws Exception {
        ImpedanceData d = EisReaders.readFirst(SharedData.eis(file));
        Circuit c = Circuit.parse(circuit);
        FitOptions o = FitOptions.local(Weighting.MODULUS).withStarts(16);
        FitResult[] last = new FitResult[1];
        double ms = FitBenchmarkTest.median(2, 7, () -> last[0] = CnlsFitter.fit(c, d, o));
        System.out.printf("BENCH eis fit %s on %s (%d points), automatic starts (16), modulus weighting: median %.1f ms"
                + " per fit, %d evaluations, pseudo-chi2 %.4e%n", circuit, file, d.size(), ms, last[0].evaluations(),
                last[0].pseudoChiSquare());
        if (Double.isFinite(chi2Limit)) {
            assertTrue(last[0].pseudoChiSquare() <= chi2Limit, "pseudo-chi2 " + last[0].pseudoChiSquare());
        }
    }

    @Test
    void drtGcvVersusDiscrepancyOnThePellet() throws Exception {
        ImpedanceData d = EisReaders.readFirst(SharedData.eis(SharedData.MPT));
        DrtOptions disc = DrtOptions.defaults().withSeries(true, true);
        DrtOptions gcv = disc.withLambdaMethod(DrtOptions.LambdaMethod.GCV);
        DrtResult[] last = new DrtResult[2];
        double[] ms = alternating(2, 7, () -> last[0] = Drt.compute(d, gcv), () -> last[1] = Drt.compute(d, disc));
        System.out.printf("BENCH eis DRT on %s (series L and C): GCV median %.0f ms, lambda %.2g, %d peaks;"
                + " discrepancy median %.0f ms, lambda %.2g, %d peaks%n", SharedData.MPT, ms[0], last[0].lambda(),
                last[0].peaks().size(), ms[1], last[1].lambda(), last[1].peaks().size());
    }
}
