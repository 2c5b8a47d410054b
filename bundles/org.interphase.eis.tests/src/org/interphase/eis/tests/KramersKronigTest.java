package org.interphase.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.Complex;
import org.interphase.eis.api.EisReaders;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.KkMethod;
import org.interphase.eis.api.KkOptions;
import org.interphase.eis.api.KkResult;
import org.interphase.eis.api.KkStep;
import org.interphase.eis.api.KramersKronig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** lin-KK (Schönleber 2014) with the robust choice of M. */
class KramersKronigTest {

    @ParameterizedTest
    @ValueSource(strings = {"R0-p(R1,C1)", "R0-p(R1,CPE1)-p(R2,CPE2)", "R0-p(R1,C1)-Wo1", "L0-R0-p(R1,CPE1)-CPE2"})
    void syntheticValidCircuitsGiveSmallResiduals(String text) {
        Circuit c = Circuit.parse(text);
        double[] p = switch (text) {
            case "R0-p(R1,C1)" -> new double[] {10, 100, 1e-5};
            case "R0-p(R1,CPE1)-p(R2,CPE2)" -> new double[] {10, 100, 1e-5, 0.85, 300, 1e-3, 0.7};
            case "R0-p(R1,C1)-Wo1" -> new double[] {10, 100, 1e-6, 200, 5};
            default -> new double[] {1e-6, 5, 200, 1e-7, 0.8, 1e-4, 0.9};
        };
        ImpedanceData d = Synthetic.spectrum(c, p, 0.01, 1e6, 71, 0, 1);
        KkResult r = KramersKronig.test(d);
        // exact data: the KK model reproduces them to well below 0.5 % (typically < 0.1 %)
        assertTrue(r.maxResidual() < 5e-3, text + ": " + r.verdict());
        assertTrue(r.valid(), r.verdict());
        assertEquals(0.01, r.threshold());
    }

    @Test
    void noisyValidSpectrumStaysValid() {
        Circuit c = Circuit.parse("R0-p(R1,CPE1)-p(R2,C2)");
        ImpedanceData d = Synthetic.spectrum(c, new double[] {10, 100, 1e-4, 0.8, 50, 1e-1}, 0.01, 1e5, 60, 0.002, 7);
        KkResult r = KramersKronig.test(d);
        // 0.2 % noise: residuals of the size of the noise, well inside 1 %
        assertTrue(r.valid(), r.verdict());
        assertTrue(r.rmsResidual() < 0.004, "rms " + r.rmsResidual());
    }

    @Test
    void driftingResistanceIsNotValid() {
        // R1 grows by 30 % with elapsed time over the sweep (2 periods per point, high to low frequency)
        int n = 60;
        double[] f = new double[n];
        double[] re = new double[n];
        double[] im = new double[n];
        double[] t = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            f[i] = 1e5 * Math.pow(1e-7, i / (n - 1.0));
            total += 2 / f[i];
            t[i] = total;
        }
        Circuit c = Circuit.parse("R0-p(R1,C1)");
        for (int i = 0; i < n; i++) {
            Complex z = c.impedance(f[i], new double[] {10, 100 * (1 + 0.3 * t[i] / total), 1e-5});
            re[i] = z.re();
            im[i] = z.im();
        }
        KkResult r = KramersKronig.test(ImpedanceData.of(f, re, im));
        assertFalse(r.valid(), r.verdict());
        assertTrue(r.maxResidual() > 0.02, r.verdict());
        ImpedanceData stationary = Synthetic.spectrum(c, new double[] {10, 100, 1e-5}, 1e-2, 1e5, 60, 0, 1);
        assertTrue(KramersKronig.test(stationary).maxResidual() < 0.1 * r.maxResidual());
    }

    @Test
    void gamryFileIsValidWithThePlateauChoiceWhereTheMuCriterionFails() throws Exception {
        ImpedanceData d = EisReaders.readFirst(SharedData.eis(SharedData.DTA));
        // impedance.py 1.7.1, c = 0.5: stops at M = 4 with 18 % residuals, a false "invalid" (reproduced here
        // with the complex fit and series L and C)
        KkResult mu = KramersKronig.test(d, KkOptions.defaults().withMethod(KkMethod.MU).withMuCriterion(0.5));
        assertEquals(4, mu.m());
        assertEquals(0.18, mu.maxResidual(), 0.01);
        assertFalse(mu.valid());
        // README: with M = 40 the residuals are below 0.9 %
        KkResult m40 = KramersKronig.test(d, KkOptions.defaults().withFixedM(40));
        assertTrue(m40.maxResidual() < 0.009, m40.verdict());
        KkResult robust = KramersKronig.test(d);
        assertTrue(robust.valid(), robust.verdict());
        assertTrue(robust.m() >= 30, "M " + robust.m());
        assertTrue(robust.m() > robust.suggestions().get(KkMethod.PSEUDO_CHI2_KNEE));
        assertEquals(71, robust.curve().size(), "M = 1 .. N for the plot");
        // a fixed M is solved alone and gives the same step as the full curve's M = 40
        assertEquals(1, m40.curve().size());
        assertEquals(40, m40.m());
        KkStep full = robust.curve().get(39);
        assertEquals(40, full.m());
        assertEquals(full.pseudoChiSquare(), m40.pseudoChiSquare(), 1e-9 * full.pseudoChiSquare());
        assertEquals(full.maxResidual(), m40.maxResidual(), 1e-9);
    }

    @Test
    void solidElectrolyteFile() throws Exception {
        ImpedanceData d = EisReaders.readFirst(SharedData.eis(SharedData.MPT));
        KkResult r = KramersKronig.test(d);
        // measured: plateau M = 52 of 79, largest residual 0.24 %, with the series capacitance for the
        // blocking-electrode spike
        assertTrue(r.valid(), r.verdict());
        assertTrue(r.maxResidual() < 0.005, r.verdict());
        assertTrue(r.capacitance() > 1e-8 && r.capacitance() < 1e-5, "C " + r.capacitance());
        KkResult example = KramersKronig.test(EisReaders.readFirst(SharedData.eis(SharedData.CSV)));
        assertTrue(example.valid(), example.verdict());
    }

    @Test
    void maskedPointsLeaveFitAndVerdict() {
        Circuit c = Circuit.parse("R0-p(R1,C1)");
        ImpedanceData clean = Synthetic.spectrum(c, new double[] {10, 100, 1e-5}, 0.1, 1e5, 50, 0, 1);
        double[] re = clean.zReal();
        re[20] *= 1.1; // one bad point
        ImpedanceData bad = ImpedanceData.of(clean.frequencyHz(), re, clean.zImag());
        KkResult all = KramersKronig.test(bad);
        assertFalse(all.valid(), all.verdict());
        KkResult masked = KramersKronig.test(bad, KkOptions.defaults().withMasked(Set.of(20)));
        assertTrue(masked.valid(), masked.verdict());
        assertEquals(Set.of(20), masked.masked());
        assertTrue(Math.abs(masked.residualReal()[20]) > 0.05, "the masked point keeps its (large) residual");
        assertThrows(IllegalArgumentException.class,
                () -> KramersKronig.test(bad, KkOptions.defaults().withMasked(Set.of(99))));
    }

    /**
     * Issue 15 item 4: the QR path (one Householder QR per M on shared rows) chooses the same M by every rule
     * and gives the same residuals and curve as the previous SVD per M, on the Gamry file and impedance.py's
     * example data (measured: residuals within 4e-12, pseudo-chi2 within 3e-10 relative, mu within 2e-12).
     */
    @Test
    void qrPathEqualsTheSvdPathOnRealFiles() throws Exception {
        for (String name : java.util.List.of(SharedData.DTA, SharedData.CSV)) {
            ImpedanceData d = EisReaders.readFirst(SharedData.eis(name));
            for (KkOptions o : java.util.List.of(KkOptions.defaults(), KkOptions.defaults().withMethod(KkMethod.MU),
                    KkOptions.defaults().withFixedM(40))) {
                KkResult qr = org.interphase.eis.internal.valid.KkTest.run(d, o);
                KkResult svd = org.interphase.eis.internal.valid.KkTest.runWithSvd(d, o);
                assertEquals(svd.m(), qr.m(), name + " " + o.method());
                assertEquals(svd.suggestions(), qr.suggestions(), name);
                assertEquals(svd.valid(), qr.valid());
                assertEquals(svd.curve().size(), qr.curve().size());
                for (int i = 0; i < d.size(); i++) {
                    assertEquals(svd.residualReal()[i], qr.residualReal()[i], 1e-9, name + " point " + i);
                    assertEquals(svd.residualImag()[i], qr.residualImag()[i], 1e-9, name + " point " + i);
                }
                for (int k = 0; k < svd.curve().size(); k++) {
                    KkStep a = svd.curve().get(k);
                    KkStep b = qr.curve().get(k);
                    assertEquals(a.pseudoChiSquare(), b.pseudoChiSquare(), 1e-6 * a.pseudoChiSquare(), name + " M " + a.m());
                    assertEquals(a.maxResidual(), b.maxResidual(), 1e-9, name + " M " + a.m());
                    assertEquals(a.mu(), b.mu(), 1e-6, name + " M " + a.m());
                }
            }
        }
    }
}
