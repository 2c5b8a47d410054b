package org.interphase.eis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.FitFlag;
import org.interphase.eis.api.FitMonitor;
import org.interphase.eis.api.FitOptions;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.SeriesFitter;
import org.interphase.eis.api.SeriesOptions;
import org.interphase.eis.api.SeriesResult;
import org.junit.jupiter.api.Test;

/** Series labels stay with their arc (ordered by relaxation time) and do not depend on the thread count. */
class CanonicalOrderTest {

    static final Circuit TWO_ARCS = Circuit.parse("R0-p(R1,CPE1)-p(R2,CPE2)");

    /** Arc 1 (fast, τ ≈ 1e-7..1e-6 s) grows from 100 to 1550 Ω and overtakes arc 2 (slow, 500 Ω, τ ≈ 1e-3 s). */
    static double[] crossing(int cycle) {
        return new double[] {20, 100 + 50 * (cycle - 1), 1e-9, 0.9, 500, 2e-6, 0.85};
    }

    static double tau(double r, double q, double a) {
        return Math.pow(r * q, 1 / a);
    }

    static List<ImpedanceData> series(int n, long seed) {
        List<ImpedanceData> out = new ArrayList<>();
        for (int c = 1; c <= n; c++) {
            ImpedanceData d = Synthetic.spectrum(TWO_ARCS, crossing(c), 0.01, 1e7, 60, 0.002, seed + c);
            out.add(new ImpedanceData("cycle " + c, d.frequencyHz(), d.zReal(), d.zImag(), OptionalInt.of(c), Map.of()));
        }
        return out;
    }

    @Test
    void crossingResistancesKeepTheirLabelsByTau() {
        List<ImpedanceData> s = series(30, 500);
        SeriesResult r = SeriesFitter.fit(TWO_ARCS, s, SeriesOptions.of(FitOptions.defaults()).withThreads(2),
                FitMonitor.NONE);
        assertTrue(r.ordering().contains("p(R1,CPE1), p(R2,CPE2) ordered by τ"), r.ordering());
        for (int i = 0; i < 30; i++) {
            double[] truth = crossing(i + 1);
            double[] v = r.fits().get(i).values();
            assertEquals(truth[1], v[1], 0.05 * truth[1], "R1 (fast arc) of cycle " + (i + 1));
            assertEquals(truth[4], v[4], 0.05 * truth[4], "R2 (slow arc) of cycle " + (i + 1));
            assertTrue(tau(v[1], v[2], v[3]) < tau(v[4], v[5], v[6]), "τ1 < τ2 at cycle " + (i + 1));
        }
    }

    @Test
    void aFitThatLandsOnSwappedLabelsIsRelabelledAndSaysSo() {
        List<ImpedanceData> s = series(1, 900);
        double[] t = crossing(1);
        double[] swapped = {t[0], t[4], t[5], t[6], t[1], t[2], t[3]};
        SeriesResult r = SeriesFitter.fit(TWO_ARCS, s, swapped, SeriesOptions.of(FitOptions.local(
                org.interphase.eis.api.Weighting.MODULUS)), FitMonitor.NONE);
        FitResult f = r.fits().get(0);
        assertTrue(f.has(FitFlag.REORDERED), f.flags().toString());
        assertFalse(f.warnings().contains(FitFlag.REORDERED));
        assertEquals(t[1], f.values()[1], 0.05 * t[1]);
        assertEquals(t[4], f.values()[4], 0.05 * t[4]);
        assertEquals(t[2], f.parameter("CPE1_0").orElseThrow().value(), 0.3 * t[2], "Q moved with its R");
        double[][] cov = f.covariance();
        double se = f.parameter("R1").orElseThrow().standardError();
        if (Double.isFinite(se)) {
            assertEquals(se * se, cov[1][1], 1e-9 * se * se, "covariance moved with the labels");
        }
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        List<ImpedanceData> s = series(130, 7000);
        SeriesOptions o = SeriesOptions.of(FitOptions.defaults());
        SeriesResult one = SeriesFitter.fit(TWO_ARCS, s, o, FitMonitor.NONE);
        SeriesResult two = SeriesFitter.fit(TWO_ARCS, s, o.withThreads(2), FitMonitor.NONE);
        SeriesResult three = SeriesFitter.fit(TWO_ARCS, s, o.withThreads(3), FitMonitor.NONE);
        for (int i = 0; i < 130; i++) {
            assertArrayEquals(one.fits().get(i).values(), two.fits().get(i).values(), "cycle " + (i + 1));
            assertArrayEquals(one.fits().get(i).values(), three.fits().get(i).values(), "cycle " + (i + 1));
        }
    }
}
