package org.interphase.xps.tests;

import static org.interphase.xps.tests.Synthetic.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.interphase.xps.api.Distribution;
import org.interphase.xps.api.FitOptions;
import org.interphase.xps.api.FitResult;
import org.interphase.xps.api.MonteCarlo;
import org.interphase.xps.api.PeakFitter;
import org.interphase.xps.internal.fit.PoissonSampler;
import org.junit.jupiter.api.Test;

/** Monte Carlo errors against covariance errors on a noisy synthetic S 2p spectrum. */
class MonteCarloTest {

    /**
     * 300 Poisson re-noised refits: the spread of each free parameter and area agrees with its covariance
     * standard error within a factor 1.3 (the sd of a 300-sample sd is about 4 %), and the atomic-%
     * distribution agrees with the area share of the best fit.
     */
    @Test
    void spreadAgreesWithCovariance() {
        FitResult best = PeakFitter.fit(x(), noisy(clean(), 42), PeakFitterTest.model(true),
                FitOptions.poisson(CPS_FACTOR));
        MonteCarlo.Result mc = MonteCarlo.run(best, new MonteCarlo.Options(300, 7, 2));
        assertEquals(300, mc.trials());
        assertEquals(0, mc.notConverged());
        for (Distribution d : mc.parameters()) {
            if (d.name().startsWith("background")) {
                continue;
            }
            double cov = best.parameter(d.name()).orElseThrow().error();
            double ratio = d.sd() / cov;
            assertTrue(ratio > 1 / 1.3 && ratio < 1.3, d.name() + ": MC sd " + d.sd() + " vs covariance " + cov);
            assertEquals(d.best(), d.mean(), 4 * d.sd() / Math.sqrt(300) + 0.05 * d.sd(), d.name() + " mean");
        }
        for (Distribution d : mc.areas()) {
            String name = d.name().replace(".area", "");
            double cov = best.component(name).orElseThrow().areaError();
            assertTrue(d.sd() / cov > 1 / 1.3 && d.sd() / cov < 1.3, d.name());
        }
        double share = 100 * best.components().get(0).area()
                / (best.components().get(0).area() + best.components().get(1).area());
        Distribution at = mc.atomicPercent().get(0);
        assertEquals(share, at.best(), 1e-9);
        assertEquals(share, at.median(), 3 * at.sd() / Math.sqrt(300) + 0.1 * at.sd());
        assertTrue(at.lower95() < share && share < at.upper95());
    }

    @Test
    void cancellationAndDeterminism() {
        FitResult best = PeakFitter.fit(x(), noisy(clean(), 43), PeakFitterTest.model(false),
                FitOptions.poisson(CPS_FACTOR));
        AtomicInteger calls = new AtomicInteger();
        MonteCarlo.Result cut = MonteCarlo.run(best, new MonteCarlo.Options(1000, 1, 2), Map.of(),
                (done, total) -> calls.incrementAndGet() < 20);
        assertTrue(cut.cancelled());
        assertTrue(cut.trials() < 40, "stopped after " + cut.trials());
        MonteCarlo.Result a = MonteCarlo.run(best, new MonteCarlo.Options(20, 5, 1));
        MonteCarlo.Result b = MonteCarlo.run(best, new MonteCarlo.Options(20, 5, 2));
        assertEquals(a.areas().get(0).sd(), b.areas().get(0).sd(), 0, "same seed, any thread count");
    }

    @Test
    void poissonSamplerMoments() {
        var rng = new java.util.SplittableRandom(3);
        for (double mean : new double[] {0.5, 4, 12, 150, 2e4}) {
            int n = 40000;
            double s = 0;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                long k = PoissonSampler.sample(mean, rng);
                s += k;
                ss += (double) k * k;
            }
            double m = s / n;
            double var = ss / n - m * m;
            // mean within 5 standard errors; variance within 5 %
            assertEquals(mean, m, 5 * Math.sqrt(mean / n), "mean " + mean);
            assertEquals(mean, var, 0.05 * mean, "variance " + mean);
        }
        assertEquals(Math.log(3628800), PoissonSampler.logFactorial(10), 1e-10);
    }

    /**
     * A fit of a window of a real region (casa_csv F 1s, held Shirley with end levels centred on the window ends):
     * the refits re-noise the whole region and recompute the background as the fit did, so their area median sits
     * on the fit; refits of the cut-out window (end levels from inside points only: another background, 23.7 % of
     * the step away) are reported beside it.
     */
    @Test
    void windowRefitsKeepTheFitsBackground() throws Exception {
        CasaCsvTest.load();
        double[] be = CasaCsvTest.be;
        double[] cps = CasaCsvTest.cps;
        int[] range = CasaCsvTest.backgroundRange();
        int from = range[0];
        int to = range[1];
        FitResult best = PeakFitter.fit(be, cps, from, to, HeldBackgroundTest.model(1, "LA(1.53,243)", 688, 686, 690),
                FitOptions.poisson(1));
        MonteCarlo.Options o = new MonteCarlo.Options(200, 11, 2);
        MonteCarlo.Result window = MonteCarlo.run(best, new MonteCarlo.Window(be, cps, from, to), o, Map.of(),
                (d, t) -> true);
        MonteCarlo.Result cut = MonteCarlo.run(best, o);
        Distribution w = window.areas().get(0);
        Distribution c = cut.areas().get(0);
        System.out.printf(java.util.Locale.ROOT, "casa_csv F 1s area %.1f: window refits median %.1f (sd %.1f), "
                + "cut-out refits median %.1f (sd %.1f)%n", w.best(), w.median(), w.sd(), c.median(), c.sd());
        assertEquals(w.best(), w.median(), 0.5 * w.sd(), "window refits centred on the fit");
        assertTrue(w.refitsContainFit());
        assertTrue(Math.abs(c.median() - c.best()) > Math.abs(w.median() - w.best()), "the cut-out window is biased");
        // a window whose points are not the fitted ones is refused, not silently refitted elsewhere
        MonteCarlo.Window shifted = new MonteCarlo.Window(be, cps, from + 1, to);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> MonteCarlo.run(best, shifted, o, Map.of(), (d, t) -> true));
    }
}
