package org.interphase.xps.tests;

import static org.interphase.xps.tests.Synthetic.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.xps.api.BackgroundSpec;
import org.interphase.xps.api.ComponentResult;
import org.interphase.xps.api.Doublet;
import org.interphase.xps.api.FitOptions;
import org.interphase.xps.api.FitResult;
import org.interphase.xps.api.Param;
import org.interphase.xps.api.Peak;
import org.interphase.xps.api.PeakFitter;
import org.interphase.xps.api.PeakModel;
import org.interphase.xps.internal.fit.Expression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Analytic checks of the peak fitter on synthetic S 2p doublets with known parameters. */
class PeakFitterTest {

    /** Two free doublets, start values off by 0.25 eV, 25 % in FWHM and 30 % in area. */
    static PeakModel model(boolean refinedBackground) {
        Doublet s2p = Doublet.fixed(SPLIT, 0.5);
        return PeakModel.of(BackgroundSpec.shirley(0).refine(refinedBackground))
                .add(Peak.doublet("Li2S", GL30, Param.bounded(POS_A + 0.25, 159, 161), Param.bounded(1.1, 0.3, 3),
                        Param.bounded(AREA_A * 0.7, 0, 1e9), s2p))
                .add(Peak.doublet("PS4", GL30, Param.bounded(POS_B - 0.2, 161, 162.5), Param.bounded(0.8, 0.3, 3),
                        Param.bounded(AREA_B * 1.3, 0, 1e9), s2p));
    }

    @org.junit.jupiter.api.Test
    void aComponentWithoutSignalDoesNotTakeAwayTheOtherErrors() {
        // a third component where the spectrum has no peak: its area goes to its bound 0, which leaves its
        // position and width without any gradient; the two real doublets must keep finite errors
        PeakModel m = model(false).add(Peak.singlet("Ghost", GL30, Param.bounded(165.5, 165, 166),
                Param.bounded(1.0, 0.5, 2), Param.fixed(0)));
        FitResult r = PeakFitter.fit(x(), noisy(clean(), 7), m, FitOptions.poisson(CPS_FACTOR));
        ComponentResult a = r.component("Li2S").orElseThrow();
        assertTrue(Double.isFinite(a.positionError()) && a.positionError() > 0, "Li2S position error " + a.positionError());
        assertTrue(Double.isFinite(a.areaError()) && a.areaError() > 0, "Li2S area error " + a.areaError());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void noiseFreeDoubletsAreRecovered(boolean refined) {
        FitResult r = PeakFitter.fit(x(), clean(), model(refined), FitOptions.poisson(CPS_FACTOR));
        assertTrue(r.converged());
        // refined Shirley is the generator's background exactly; the held (iterative) Shirley sees the
        // GL tails at the region ends (~1e-5 of the peak), hence the looser tolerance
        double tolE = refined ? 1e-5 : 2e-3;
        double tolRel = refined ? 1e-5 : 2e-3;
        ComponentResult a = r.component("Li2S").orElseThrow();
        ComponentResult b = r.component("PS4").orElseThrow();
        assertEquals(POS_A, a.position(), tolE);
        assertEquals(POS_B, b.position(), tolE);
        assertEquals(FWHM_A, a.fwhm(), FWHM_A * tolRel);
        assertEquals(FWHM_B, b.fwhm(), FWHM_B * tolRel);
        assertEquals(AREA_A, a.area(), AREA_A * tolRel);
        assertEquals(AREA_B, b.area(), AREA_B * tolRel);
        assertEquals(2, a.lines().size());
        assertEquals(POS_A + SPLIT, a.lines().get(1).position(), 1e-9);
        assertEquals(0.5, a.lines().get(1).area() / a.lines().get(0).area(), 1e-12);
        assertTrue(r.reducedChi2() < 1e-3, "noise-free chi2 " + r.reducedChi2());
        if (refined) {
            assertEquals(K, r.parameter("background.scale").orElseThrow().value(), 1e-6);
            assertEquals(B0, r.parameter("background.offset").orElseThrow().value(), 1e-3);
        }
    }

    @Test
    void linksByExpressionAreHonoured() {
        // generate B with position = A + 1.7, fwhm = A, area = A * 2.4
        double[] y = withBackground(x(), peaks(x(), POS_A, FWHM_A, AREA_A, POS_A + 1.7, FWHM_A, AREA_A * 2.4));
        PeakModel m = model(true).link("PS4", "position", "Li2S + 1.7").link("PS4", "fwhm", "Li2S")
                .link("PS4", "area", "Li2S.area * 2.4");
        FitResult r = PeakFitter.fit(x(), y, m, FitOptions.poisson(CPS_FACTOR));
        assertEquals(POS_A, r.component("Li2S").orElseThrow().position(), 1e-5);
        assertEquals(POS_A + 1.7, r.component("PS4").orElseThrow().position(), 1e-5);
        assertEquals(AREA_A * 2.4, r.component("PS4").orElseThrow().area(), AREA_A * 1e-5);
        assertEquals(3 + 2, r.freeNames().size(), "3 Li2S parameters + background offset and scale");
        // a linked parameter carries the propagated error of its source: area error of B = 2.4 x that of A
        double ea = r.parameter("Li2S.amount").orElseThrow().error();
        double eb = r.parameter("PS4.amount").orElseThrow().error();
        assertEquals(2.4 * ea, eb, 1e-6 * eb);
    }

    @Test
    void boundsHold() {
        PeakModel m = model(true).set("Li2S", "fwhm", Param.bounded(0.7, 0.3, 0.8));
        FitResult r = PeakFitter.fit(x(), clean(), m, FitOptions.poisson(CPS_FACTOR));
        var w = r.parameter("Li2S.fwhm").orElseThrow();
        assertEquals(0.8, w.value(), 0);
        assertTrue(w.atBound());
        assertTrue(Double.isNaN(w.error()));
    }

    @Test
    void fixedParametersStay() {
        PeakModel m = model(true).set("PS4", "fwhm", Param.fixed(FWHM_B));
        FitResult r = PeakFitter.fit(x(), clean(), m, FitOptions.poisson(CPS_FACTOR));
        assertEquals(FWHM_B, r.component("PS4").orElseThrow().fwhm(), 0);
        assertEquals(0, r.parameter("PS4.fwhm").orElseThrow().error(), 0);
        assertEquals(AREA_B, r.component("PS4").orElseThrow().area(), AREA_B * 1e-5);
    }

    /**
     * With Poisson noise, 200 noisy copies: the true area and position fall within 2 covariance standard
     * errors in at least 90 % of the fits (95.4 % expected), and reduced chi2 averages 1 within 0.05.
     */
    @Test
    void poissonNoiseCoverage() {
        double[] clean = clean();
        int trials = 200;
        int inArea = 0;
        int inPos = 0;
        double chi = 0;
        for (int t = 0; t < trials; t++) {
            FitResult r = PeakFitter.fit(x(), noisy(clean, 1000 + t), model(true), FitOptions.poisson(CPS_FACTOR));
            ComponentResult a = r.component("Li2S").orElseThrow();
            inArea += Math.abs(a.area() - AREA_A) <= 2 * a.areaError() ? 1 : 0;
            inPos += Math.abs(a.position() - POS_A) <= 2 * a.positionError() ? 1 : 0;
            chi += r.reducedChi2() / trials;
        }
        assertTrue(inArea >= 0.9 * trials, "area coverage " + inArea + "/" + trials);
        assertTrue(inPos >= 0.9 * trials, "position coverage " + inPos + "/" + trials);
        assertEquals(1, chi, 0.05);
    }

    @Test
    void expressions() {
        Expression e = Expression.parse("A + 2 * (B.area - 1) / 4 - -1e-1");
        assertEquals(2, e.refs().size());
        assertEquals(new Expression.Ref("B", "area"), e.refs().get(1));
        assertEquals(10 + 2 * (5 - 1) / 4.0 + 0.1, e.evaluate(r -> r.peak().equals("A") ? 10 : 5), 1e-12);
        assertEquals("PS4 3-", Expression.parse("'PS4 3-' * 0.5").refs().get(0).peak());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Expression.parse("A + * 2"));
        assertTrue(bad.getMessage().contains("column 5"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Expression.parse("(A + 1"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> PeakFitter.fit(x(), clean(), model(false).link("PS4", "position", "Nope + 1"),
                        FitOptions.poisson(1)));
        assertTrue(unknown.getMessage().contains("Nope.position"), unknown.getMessage());
        IllegalArgumentException circ = assertThrows(IllegalArgumentException.class,
                () -> PeakFitter.fit(x(), clean(), model(false).link("PS4", "position", "Li2S + 1")
                        .link("Li2S", "position", "PS4 - 1"), FitOptions.poisson(1)));
        assertTrue(circ.getMessage().contains("circular"), circ.getMessage());
    }

    @Test
    void badDataIsRejected() {
        double[] y = clean();
        y[7] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> PeakFitter.fit(x(), y, model(false), FitOptions.poisson(1)));
        assertThrows(IllegalArgumentException.class,
                () -> PeakFitter.fit(new double[0], new double[0], model(false), FitOptions.poisson(1)));
    }
}
