package org.interphase.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.CnlsFitter;
import org.interphase.eis.api.FitFlag;
import org.interphase.eis.api.FitMonitor;
import org.interphase.eis.api.FitOptions;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.SeriesFitter;
import org.interphase.eis.api.SeriesOptions;
import org.interphase.eis.api.SeriesResult;
import org.interphase.eis.api.Weighting;
import org.junit.jupiter.api.Test;

/** Series across cycles on synthetic spectra whose parameters are known per cycle. */
class SeriesFitterTest {

    static final Circuit CIRCUIT = Circuit.parse("R0-p(R1,CPE1)-p(R2,CPE2)");

    /** Cycle c: bulk R0 = 50, R1 = 200 (constant); interfacial R2 grows 300 -> 300 + 40 c; a1 = 0.85 shared. */
    static double[] truth(int cycle) {
        return new double[] {50, 200, 1e-9, 0.85, 300 + 40 * cycle, 1e-6, 0.8};
    }

    static List<ImpedanceData> series(int n, double noise) {
        List<ImpedanceData> out = new ArrayList<>();
        for (int c = 1; c <= n; c++) {
            ImpedanceData d = Synthetic.spectrum(CIRCUIT, truth(c), 0.1, 1e7, 50, noise, 100 + c);
            out.add(new ImpedanceData("cycle " + c, d.frequencyHz(), d.zReal(), d.zImag(), OptionalInt.of(c), Map.of()));
        }
        return out;
    }

    @Test
    void warmStartedSeriesRecoversTheTrendFromDataDrivenGuesses() {
        List<ImpedanceData> s = series(8, 0.002);
        // first spectrum: multi-start from data-driven guesses; the others: one local fit from the previous result
        SeriesResult r = SeriesFitter.fit(CIRCUIT, s, SeriesOptions.of(FitOptions.defaults()), FitMonitor.NONE);
        assertFalse(r.cancelled());
        assertEquals(8, r.fits().size());
        assertTrue(r.fits().get(0).starts() >= 16, "multi-start on the first spectrum");
        assertEquals(1, r.fits().get(1).starts());
        double[][] trend = r.trend("R2");
        for (int i = 0; i < 8; i++) {
            double expected = 300 + 40 * (i + 1);
            assertEquals(i + 1, trend[i][0], 0, "cycle number from the spectrum");
            // 0.2 % noise on |Z|: R2 within 2 % and within 4 sigma of the truth
            assertEquals(expected, trend[i][1], 0.02 * expected, "R2 of cycle " + (i + 1));
            assertTrue(Math.abs(trend[i][1] - expected) < 4 * trend[i][2], "error bar covers the truth: " + trend[i][2]);
        }
        // warm starts: later spectra start next to their optimum and need few evaluations
        int later = r.fits().subList(1, 8).stream().mapToInt(FitResult::evaluations).max().orElseThrow();
        assertTrue(later <= 20, "warm-started evaluations " + later);
    }

    @Test
    void twoThreadsGiveTheSameFits() {
        List<ImpedanceData> s = series(6, 0.002);
        SeriesOptions o = SeriesOptions.of(FitOptions.local(Weighting.MODULUS));
        SeriesResult one = SeriesFitter.fit(CIRCUIT, s, truth(1), o, FitMonitor.NONE);
        SeriesResult two = SeriesFitter.fit(CIRCUIT, s, truth(1), o.withThreads(2), FitMonitor.NONE);
        for (int i = 0; i < 6; i++) {
            assertEquals(one.fits().get(i).values()[4], two.fits().get(i).values()[4], 1e-4 * one.fits().get(i).values()[4]);
        }
    }

    @Test
    void jointFitSharesParametersWithJointUncertainty() {
        List<ImpedanceData> s = series(5, 0.002);
        SeriesOptions o = SeriesOptions.of(FitOptions.local(Weighting.MODULUS)).withShared(Set.of("R0", "CPE1_1"));
        SeriesResult r = SeriesFitter.fit(CIRCUIT, s, truth(1), o, FitMonitor.NONE);
        assertFalse(r.cancelled());
        assertEquals(2, r.shared().size());
        var r0 = r.sharedParameter("R0").orElseThrow();
        var a1 = r.sharedParameter("CPE1_1").orElseThrow();
        assertEquals(50, r0.value(), 1.0, "shared R0 within 2 %");
        assertEquals(0.85, a1.value(), 0.01, "shared CPE exponent");
        assertTrue(r0.standardError() > 0 && r0.standardError() < 1, "joint sigma(R0) " + r0.standardError());
        // the joint value is better determined than any single spectrum's R0
        SeriesResult free = SeriesFitter.fit(CIRCUIT, s, truth(1), SeriesOptions.of(FitOptions.local(Weighting.MODULUS)),
                FitMonitor.NONE);
        double single = free.fits().get(0).parameter("R0").orElseThrow().standardError();
        assertTrue(r0.standardError() < single, r0.standardError() + " vs single " + single);
        for (FitResult f : r.fits()) {
            assertTrue(f.parameter("R0").orElseThrow().has(FitFlag.FIXED));
            assertEquals(r0.value(), f.parameter("R0").orElseThrow().value(), 0);
        }
        assertEquals(r0.value(), r.trend("R0")[3][1], 0);
        assertTrue(Double.isFinite(r.jointChiSquare()));
    }

    @Test
    void jointFitTooLargeForTheDenseSolverIsRefusedClearly() {
        List<ImpedanceData> s = series(1, 0);
        List<ImpedanceData> many = java.util.Collections.nCopies(400, s.get(0));
        SeriesOptions o = SeriesOptions.of(FitOptions.local(Weighting.MODULUS)).withShared(Set.of("R0"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SeriesFitter.fit(CIRCUIT, many, truth(1), o, FitMonitor.NONE));
        // 400 spectra x 100 residuals x (1 + 400 x 6) parameters = 96 million entries > 20 million
        assertTrue(e.getMessage().startsWith("a joint fit of 400 spectra has 2401 parameters"), e.getMessage());
    }

    @Test
    void cancellingStopsTheSeriesAndTheFitterItself() {
        List<ImpedanceData> s = series(10, 0.002);
        AtomicInteger seen = new AtomicInteger();
        FitMonitor afterThree = new FitMonitor() {
            @Override
            public boolean isCanceled() {
                return seen.get() >= 3;
            }

            @Override
            public void worked(int done, int total) {
                seen.set(done);
                assertEquals(10, total);
            }
        };
        SeriesResult r = SeriesFitter.fit(CIRCUIT, s, SeriesOptions.of(FitOptions.local(Weighting.MODULUS)), afterThree);
        assertTrue(r.cancelled());
        assertEquals(3, r.fits().size());
        // inside a single fit: the first poll stops the optimizer and the result says so
        FitResult c = CnlsFitter.fit(CIRCUIT, s.get(0), truth(1), FitOptions.defaults(), () -> true);
        assertTrue(c.has(FitFlag.CANCELLED));
        assertFalse(c.converged());
        assertEquals(0, c.iterations());
    }

    @Test
    void csvTableHasOneRowPerSpectrumWithUnits() {
        SeriesResult r = SeriesFitter.fit(CIRCUIT, series(3, 0), truth(1),
                SeriesOptions.of(FitOptions.local(Weighting.MODULUS)), FitMonitor.NONE);
        String[] lines = r.toCsv().split("\n");
        assertEquals(4, lines.length);
        assertTrue(lines[0].startsWith("label,cycle,R0 [Ohm],sigma R0 [Ohm],R1 [Ohm]"), lines[0]);
        String[] row = lines[2].split(",");
        assertEquals("cycle 2", row[0]);
        assertEquals(380, Double.parseDouble(row[10]), 1e-3, "exact data: R2 of cycle 2");
    }

    /**
     * A shared parameter the data pushes onto its 0 bound (no series resistance in the spectra) is flagged AT_BOUND
     * with an undefined sigma, as a single fit says "at lower bound 0" (issue 15: a sigma there is meaningless).
     */
    @Test
    void sharedParameterPushedToZeroIsAtItsBound() {
        List<ImpedanceData> s = new ArrayList<>();
        for (int c = 1; c <= 4; c++) {
            double[] t = truth(c);
            t[0] = 0;
            ImpedanceData d = Synthetic.spectrum(CIRCUIT, t, 0.1, 1e7, 50, 0, 200 + c);
            s.add(new ImpedanceData("cycle " + c, d.frequencyHz(), d.zReal(), d.zImag(), OptionalInt.of(c), Map.of()));
        }
        double[] start = truth(1);
        start[0] = 20;
        SeriesOptions o = SeriesOptions.of(FitOptions.local(Weighting.MODULUS)).withShared(Set.of("R0"));
        SeriesResult r = SeriesFitter.fit(CIRCUIT, s, start, o, FitMonitor.NONE);
        var r0 = r.sharedParameter("R0").orElseThrow();
        assertTrue(r0.value() < 1e-6, "R0 " + r0.value());
        assertTrue(r0.has(FitFlag.AT_BOUND), "flags " + r0.flags());
        assertTrue(Double.isNaN(r0.standardError()), "sigma undefined, not " + r0.standardError());
    }
}
