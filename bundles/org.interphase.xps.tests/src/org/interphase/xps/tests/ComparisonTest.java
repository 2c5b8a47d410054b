package org.interphase.xps.tests;

import static org.interphase.xps.tests.Synthetic.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.interphase.xps.api.ComponentResult;
import org.interphase.xps.api.FitOptions;
import org.interphase.xps.api.FitResult;
import org.interphase.xps.api.PeakFitter;
import org.interphase.xps.api.SeriesFitter;
import org.interphase.xps.api.SpectrumComparison;
import org.interphase.xps.api.SpectrumComparison.Aligned;
import org.interphase.xps.api.SpectrumComparison.Normalisation;
import org.interphase.xps.api.SpectrumComparison.Series;
import org.junit.jupiter.api.Test;

/** Comparison across cycles: common grid, normalisation, difference spectra, joint series fit. */
class ComparisonTest {

    private static double[] ramp(double from, double step, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = from + i * step;
        }
        return x;
    }

    @Test
    void linearDataAreInterpolatedExactlyOnTheOverlap() {
        // y = 3 x + 1 sampled ascending at 0.1 eV and descending at 0.05 eV over shifted ranges
        double[] xa = ramp(150, 0.1, 201); // 150..170
        double[] xb = ramp(172, -0.05, 361); // 172..154
        double[] ya = java.util.Arrays.stream(xa).map(v -> 3 * v + 1).toArray();
        double[] yb = java.util.Arrays.stream(xb).map(v -> 3 * v + 1).toArray();
        Aligned a = SpectrumComparison.align(List.of(new Series("a", xa, ya), new Series("b", xb, yb)),
                Normalisation.NONE, 0, 0, 0);
        assertEquals(170, a.grid()[0], 1e-9, "descending grid starts at the lowest maximum");
        assertEquals(154, a.grid()[a.grid().length - 1], 1e-6, "and ends at the highest minimum");
        assertEquals(0.1, a.grid()[0] - a.grid()[1], 1e-12, "coarsest step");
        for (int k = 0; k < a.grid().length; k++) {
            assertEquals(3 * a.grid()[k] + 1, a.values().get(0)[k], 1e-9);
            assertEquals(3 * a.grid()[k] + 1, a.values().get(1)[k], 1e-9);
        }
        double[] d = a.difference(1, 0);
        for (double v : d) {
            assertEquals(0, v, 1e-9);
        }
        assertThrows(IllegalArgumentException.class, () -> SpectrumComparison.align(List.of(
                new Series("a", ramp(0, 1, 5), new double[5]), new Series("b", ramp(10, 1, 5), new double[5])),
                Normalisation.NONE, 0, 0, 0));
    }

    @Test
    void normalisationsAreExact() {
        double[] x = x();
        double[] y1 = clean();
        double[] y2 = y1.clone();
        for (int i = 0; i < y2.length; i++) {
            y2[i] *= 3.5;
        }
        List<Series> s = List.of(new Series("1", x, y1), new Series("2", x, y2));
        Aligned max = SpectrumComparison.align(s, Normalisation.MAX, 0, 0, 0);
        assertEquals(1, java.util.Arrays.stream(max.values().get(0)).max().orElseThrow(), 1e-12);
        assertArrayEquals(max.values().get(0), max.values().get(1), 1e-12, "scaled copies coincide after MAX");
        assertEquals(3.5, max.factors()[1] / max.factors()[0], 1e-12);
        Aligned area = SpectrumComparison.align(s, Normalisation.AREA, 0, 0, 0);
        assertEquals(1, SpectrumComparison.trapezoid(area.grid(), area.values().get(1)), 1e-12);
        // reference window around the PS4 2p3/2 line: its maximum becomes 1
        Aligned ref = SpectrumComparison.align(s, Normalisation.REFERENCE_PEAK, 161.2, 162.2, 0);
        double m = 0;
        for (int k = 0; k < ref.grid().length; k++) {
            if (ref.grid()[k] >= 161.2 && ref.grid()[k] <= 162.2) {
                m = Math.max(m, ref.values().get(1)[k]);
            }
        }
        assertEquals(1, m, 1e-12);
        double[] off = max.stackOffsets(0.5);
        assertEquals(0.5, off[1] - off[0], 1e-12, "offset = fraction x overall maximum (1 after MAX)");
        assertThrows(IllegalArgumentException.class, () -> SpectrumComparison.align(s, Normalisation.REFERENCE_PEAK,
                300, 301, 0));
    }

    /** Li2S grows from 10 % to 60 % of the S 2p area over the "cycles"; positions and widths stay. */
    private static final double[] LI2S_AREAS = {1500, 5000, 9000};
    private static final double[] PS4_AREAS = {13500, 12000, 6000};

    private static List<SeriesFitter.Member> series(boolean noise) {
        List<SeriesFitter.Member> m = new ArrayList<>();
        for (int i = 0; i < LI2S_AREAS.length; i++) {
            double[] y = withBackground(x(), peaks(x(), POS_A, FWHM_A, LI2S_AREAS[i], POS_B, FWHM_B, PS4_AREAS[i]));
            m.add(new SeriesFitter.Member("cycle " + i, x(), noise ? noisy(y, 100 + i) : y, CPS_FACTOR));
        }
        return m;
    }

    @Test
    void jointFitRecoversNoiseFreeSeriesWithOneSharedPositionAndWidth() {
        SeriesFitter.Result r = SeriesFitter.fit(series(false), PeakFitterTest.model(true), Set.of("position", "fwhm"),
                FitOptions.Weighting.POISSON);
        assertTrue(r.converged());
        assertEquals(List.of("Li2S.position", "Li2S.fwhm", "PS4.position", "PS4.fwhm"), r.shared());
        for (int i = 0; i < LI2S_AREAS.length; i++) {
            FitResult f = r.fits().get(i);
            ComponentResult a = f.component("Li2S").orElseThrow();
            assertEquals(POS_A, a.position(), 1e-5);
            assertEquals(FWHM_A, a.fwhm(), 1e-5);
            assertEquals(LI2S_AREAS[i], a.area(), 1e-5 * LI2S_AREAS[i]);
            assertEquals(PS4_AREAS[i], f.component("PS4").orElseThrow().area(), 1e-5 * PS4_AREAS[i]);
            double expected = 100 * LI2S_AREAS[i] / (LI2S_AREAS[i] + PS4_AREAS[i]);
            assertEquals(expected, r.fractions().get(i).get(0).percent(), 1e-4);
            assertEquals(100, r.fractions().get(i).get(0).percent() + r.fractions().get(i).get(1).percent(), 1e-9);
        }
    }

    @Test
    void sharingPositionsAndWidthsShrinksTheAreaErrorsOfAWeakComponent() {
        List<SeriesFitter.Member> members = series(true);
        SeriesFitter.Result joint = SeriesFitter.fit(members, PeakFitterTest.model(true), Set.of("position", "fwhm"),
                FitOptions.Weighting.POISSON);
        assertEquals(joint.fits().get(0).component("Li2S").orElseThrow().position(),
                joint.fits().get(2).component("Li2S").orElseThrow().position(), 0, "one shared position");
        for (int i = 0; i < members.size(); i++) {
            SeriesFitter.Member mb = members.get(i);
            FitResult alone = PeakFitter.fit(mb.x(), mb.y(), PeakFitterTest.model(true), FitOptions.poisson(CPS_FACTOR));
            ComponentResult ja = joint.fits().get(i).component("Li2S").orElseThrow();
            ComponentResult sa = alone.component("Li2S").orElseThrow();
            // the generating truth lies within 3 standard errors (covariance of the joint problem)
            assertEquals(LI2S_AREAS[i], ja.area(), 3 * ja.areaError(), "cycle " + i);
            SeriesFitter.Fraction fr = joint.fractions().get(i).get(0);
            double truth = 100 * LI2S_AREAS[i] / (LI2S_AREAS[i] + PS4_AREAS[i]);
            assertTrue(fr.error() > 0, "fraction error " + fr.error());
            assertEquals(truth, fr.percent(), 3 * fr.error(), "fraction, cycle " + i);
            // 3 spectra inform the shared parameters: the per-spectrum area error can only shrink
            assertTrue(ja.areaError() < sa.areaError(), "cycle " + i + ": joint " + ja.areaError() + " vs alone "
                    + sa.areaError());
        }
        // chi2 per point ~ 1 for correct Poisson weights
        assertEquals(1, joint.reducedChi2(), 0.2);
    }

    @Test
    void aSeriesFitCanBeCancelled() {
        int[] polls = { 0 };
        assertThrows(java.util.concurrent.CancellationException.class, () -> SeriesFitter.fit(series(false),
                PeakFitterTest.model(true), Set.of("position"), FitOptions.Weighting.POISSON, () -> ++polls[0] > 1));
        assertEquals(2, polls[0], "stops at the first poll that answers true");
    }
}
