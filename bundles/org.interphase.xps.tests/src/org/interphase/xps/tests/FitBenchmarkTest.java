package org.interphase.xps.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.interphase.xps.api.BackgroundSpec;
import org.interphase.xps.api.Doublet;
import org.interphase.xps.api.FitOptions;
import org.interphase.xps.api.FitResult;
import org.interphase.xps.api.MonteCarlo;
import org.interphase.xps.api.Param;
import org.interphase.xps.api.Peak;
import org.interphase.xps.api.PeakFitter;
import org.interphase.xps.api.PeakModel;
import org.interphase.xps.api.Backgrounds;
import org.junit.jupiter.api.Test;

/**
 * The speed case, measured (medians printed to the test log; no time is asserted; run with releng/scripts/bench.sh so that
 * shared CI machines do not fail): Shirley background + 6-component constrained fit of a 400-point
 * region, and Monte Carlo with 1,000 refits on 2 threads.
 */
@org.junit.jupiter.api.Tag("benchmark")
class FitBenchmarkTest {

    static final double[] POS = {160.0, 161.6, 163.2, 166.8, 168.9, 170.5};

    static double[] x() {
        double[] x = new double[400];
        for (int i = 0; i < x.length; i++) {
            x[i] = 176 - 0.05 * i;
        }
        return x;
    }

    /** Six GL(30) singlets, all FWHM linked to the first, two positions linked as offsets. */
    static PeakModel model(double shift) {
        PeakModel m = PeakModel.of(BackgroundSpec.shirley(2));
        for (int k = 0; k < POS.length; k++) {
            m = m.add(Peak.singlet("P" + k, Synthetic.GL30, Param.bounded(POS[k] + shift, POS[k] - 1, POS[k] + 1),
                    k == 0 ? Param.bounded(1.0, 0.4, 2.5) : Param.linked("P0"), Param.bounded(2000 + 500 * k, 0, 1e9)));
        }
        return m.link("P1", "position", "P0 + 1.6").link("P4", "position", "P3 + 2.1");
    }

    static double[] data() {
        double[] x = x();
        double[] p = new double[x.length];
        for (int k = 0; k < POS.length; k++) {
            for (int i = 0; i < x.length; i++) {
                p[i] += (2500 + 400 * k) * Synthetic.GL30.value(x[i] - POS[k], 0.95);
            }
        }
        return Synthetic.noisy(Synthetic.withBackground(x, p), 11);
    }

    @Test
    void sixComponentFitAndMonteCarlo() {
        double[] x = x();
        double[] y = data();
        FitOptions o = FitOptions.poisson(Synthetic.CPS_FACTOR);
        int reps = 60;
        double[] ms = new double[reps];
        FitResult r = null;
        for (int i = -20; i < reps; i++) {
            long t0 = System.nanoTime();
            Backgrounds.shirley(x, y, 2);
            r = PeakFitter.fit(x, y, model(0.15), o);
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(ms);
        double median = ms[reps / 2];
        System.out.printf("BENCH xps fit 400 points, 6 components (4 free positions, 1 FWHM, 6 areas): median %.2f ms,"
                + " %d iterations, reduced chi2 %.3f%n", median, r.iterations(), r.reducedChi2());
        assertTrue(r.converged());
        assertEquals(POS[3], r.component("P3").orElseThrow().position(), 0.02);
        long t0 = System.nanoTime();
        MonteCarlo.Result mc = MonteCarlo.run(r, new MonteCarlo.Options(1000, 3, 2));
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("BENCH xps Monte Carlo 1000 refits, 2 threads: %.2f s (%d not converged)%n", s,
                mc.notConverged());
        assertEquals(1000, mc.trials());
    }

    /** A joint fit of 10 such spectra with positions and the FWHM shared (one 4000-point problem). */
    @Test
    void seriesFitOfTenSpectra() {
        java.util.List<org.interphase.xps.api.SeriesFitter.Member> members = new java.util.ArrayList<>();
        for (int s = 0; s < 10; s++) {
            double[] x = x();
            double[] p = new double[x.length];
            for (int k = 0; k < POS.length; k++) {
                for (int i = 0; i < x.length; i++) {
                    p[i] += (2500 + 400 * k + 150 * s * (k == 0 ? 1 : 0)) * Synthetic.GL30.value(x[i] - POS[k], 0.95);
                }
            }
            members.add(new org.interphase.xps.api.SeriesFitter.Member("s" + s, x,
                    Synthetic.noisy(Synthetic.withBackground(x, p), 100 + s), Synthetic.CPS_FACTOR));
        }
        int reps = 15;
        double[] ms = new double[reps];
        org.interphase.xps.api.SeriesFitter.Result r = null;
        for (int i = -5; i < reps; i++) {
            long t0 = System.nanoTime();
            r = org.interphase.xps.api.SeriesFitter.fit(members, model(0.15), java.util.Set.of("position", "fwhm"),
                    FitOptions.Weighting.POISSON);
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(ms);
        System.out.printf("BENCH xps series fit 10 x 400 points, 6 components, positions+FWHM shared (%d shared, "
                + "%d per-spectrum areas): median %.1f ms, %d iterations, reduced chi2 %.3f%n", r.shared().size(),
                10 * POS.length, ms[reps / 2], r.iterations(), r.reducedChi2());
        assertTrue(r.converged());
    }
}
