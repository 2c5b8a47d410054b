package org.interphase.eis.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.CnlsFitter;
import org.interphase.eis.api.EisReaders;
import org.interphase.eis.api.FitMonitor;
import org.interphase.eis.api.FitOptions;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.SeriesFitter;
import org.interphase.eis.api.SeriesOptions;
import org.interphase.eis.api.SeriesResult;
import org.interphase.eis.api.Weighting;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The speed cases, measured (medians printed as BENCH lines; no time is asserted, shared machines
 * vary): one fit of {@code R0-p(R1,C1)-p(R2-Wo1,C2)} on impedance.py's example data (single start and
 * 16-start multi-start), warm. Run with {@code -Dbenchmarks.excluded=none}.
 */
@Tag("benchmark")
class FitBenchmarkTest {

    static final String EXAMPLE = "R0-p(R1,C1)-p(R2-Wo1,C2)";
    static final double[] GUESS = {.01, .01, 100, .01, .05, 100, 1};

    /** Median wall time in ms of {@code reps} runs after {@code warmup} unmeasured runs. */
    static double median(int warmup, int reps, Runnable r) {
        for (int i = 0; i < warmup; i++) {
            r.run();
        }
        double[] ms = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            r.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[reps / 2];
    }

    @Test
    void exampleCircuitSingleAndMultiStart() throws Exception {
        ImpedanceData d = EisReaders.readFirst(SharedData.eis(SharedData.CSV)).capacitiveOnly();
        Circuit c = Circuit.parse(EXAMPLE);
        FitOptions single = FitOptions.local(Weighting.UNIT);
        FitOptions multi = single.withStarts(16);
        FitResult[] last = new FitResult[2];
        double one = median(2000, 1000, () -> last[0] = CnlsFitter.fit(c, d, GUESS, single));
        double many = median(100, 100, () -> last[1] = CnlsFitter.fit(c, d, GUESS, multi));
        System.out.printf("BENCH eis fit %s on impedance.py example (57 points), single start: median %.3f ms,"
                + " %d evaluations, pseudo-chi2 %.4e%n", EXAMPLE, one, last[0].evaluations(), last[0].pseudoChiSquare());
        System.out.printf("BENCH eis fit %s on impedance.py example, 16 starts: median %.3f ms, %d evaluations,"
                + " pseudo-chi2 %.4e%n", EXAMPLE, many, last[1].evaluations(), last[1].pseudoChiSquare());
        assertTrue(last[0].pseudoChiSquare() <= 2.303e-2);
        assertTrue(last[1].pseudoChiSquare() <= 2.12e-2);
    }

    /** 1,000 synthetic spectra (known parameters, 0.5 % noise), one circuit, warm starts, 2 threads. */
    @Test
    void seriesOfThousandSpectraOnTwoThreads() {
        Circuit c = SeriesFitterTest.CIRCUIT;
        List<ImpedanceData> spectra = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            double[] p = SeriesFitterTest.truth(1);
            p[4] = 300 + 0.5 * i; // slow growth of the interfacial resistance along the series
            spectra.add(Synthetic.spectrum(c, p, 0.1, 1e7, 50, 0.005, i));
        }
        SeriesOptions o = SeriesOptions.of(FitOptions.local(Weighting.MODULUS)).withThreads(2);
        SeriesResult[] last = new SeriesResult[1];
        double ms = median(2, 7, () -> last[0] = SeriesFitter.fit(c, spectra, SeriesFitterTest.truth(1), o,
                FitMonitor.NONE));
        double evals = last[0].fits().stream().mapToInt(FitResult::evaluations).average().orElseThrow();
        System.out.printf("BENCH eis series 1000 spectra x 50 points, %s, warm starts, 2 threads: median %.1f ms"
                + " = %.0f fits/s, %.1f evaluations per fit%n", c, ms, 1000 / (ms / 1000), evals);
        assertTrue(last[0].fits().stream().allMatch(FitResult::converged));
    }
}
