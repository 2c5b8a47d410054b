package org.interphase.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.CircuitSyntaxException;
import org.interphase.eis.api.CnlsFitter;
import org.interphase.eis.api.FitFlag;
import org.interphase.eis.api.FitOptions;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.Weighting;
import org.junit.jupiter.api.Test;

/** Linked parameters, Boukamp weighting and admittance fits on synthetic spectra with known parameters. */
class FitterOptionsTest {

    static final String TWO_ARCS = "R0-p(R1,CPE1)-p(R2,CPE2)";
    /** Two arcs of equal resistance and equal CPE exponent, three decades apart. */
    static final double[] TRUTH = {20, 500, 1e-9, 0.8, 500, 1e-6, 0.8};
    static final double[] START = {15, 300, 3e-9, 0.75, 800, 3e-7, 0.85};

    static ImpedanceData data(double noise) {
        return Synthetic.spectrum(Circuit.parse(TWO_ARCS), TRUTH, 0.01, 1e7, 60, noise, 7);
    }

    @Test
    void linkedParametersFromTheCircuitText() {
        Circuit c = Circuit.parse(TWO_ARCS + "; R2 = R1, CPE2_1 = CPE1_1");
        assertEquals(java.util.Map.of("R2", "R1", "CPE2_1", "CPE1_1"), c.links());
        assertEquals(7, c.parameterCount(), "linked parameters stay in the vector");
        FitResult r = CnlsFitter.fit(c, data(0.002), START, FitOptions.local(Weighting.MODULUS));
        assertTrue(r.converged(), r.message());
        assertEquals(2 * 60 - 5, r.degreesOfFreedom(), "two parameters fewer to estimate");
        var r1 = r.parameter("R1").orElseThrow();
        var r2 = r.parameter("R2").orElseThrow();
        assertEquals(r1.value(), r2.value(), 0, "R2 = R1 exactly");
        assertEquals(r1.standardError(), r2.standardError(), 0, "and carries R1's uncertainty");
        assertTrue(r2.has(FitFlag.LINKED) && !r1.has(FitFlag.LINKED));
        assertEquals(500, r1.value(), 0.01 * 500, "0.2 % noise: R within 1 %");
        assertEquals(0.8, r.parameter("CPE2_1").orElseThrow().value(), 0.005);
        assertEquals(r.parameter("CPE1_1").orElseThrow().value(), r.parameter("CPE2_1").orElseThrow().value(), 0);
        // the same links given as options instead of text give the same fit
        FitResult o = CnlsFitter.fit(Circuit.parse(TWO_ARCS), data(0.002), START,
                FitOptions.local(Weighting.MODULUS).withLink("R2", "R1").withLink("CPE2_1", "CPE1_1"));
        assertEquals(r.chiSquare(), o.chiSquare(), 1e-12 * r.chiSquare());
        // a linked fit is never better than the free one (it is the free fit with two constraints)
        FitResult free = CnlsFitter.fit(Circuit.parse(TWO_ARCS), data(0.002), START, FitOptions.local(Weighting.MODULUS));
        assertTrue(free.chiSquare() <= r.chiSquare() * (1 + 1e-9));
    }

    @Test
    void badLinksAreSyntaxErrorsWithPositions() {
        CircuitSyntaxException e = assertThrows(CircuitSyntaxException.class, () -> Circuit.parse("R0-R1; R1 = Q9"));
        assertTrue(e.reason().startsWith("no parameter Q9"), e.reason());
        assertEquals(6, e.position());
        e = assertThrows(CircuitSyntaxException.class, () -> Circuit.parse("p(R1,CPE1); CPE1_0 = R1"));
        assertTrue(e.reason().contains("different units"), e.reason());
        e = assertThrows(CircuitSyntaxException.class, () -> Circuit.parse("R0-R1-R2; R1 = R0, R2 = R1"));
        assertTrue(e.reason().contains("chains"), e.reason());
        assertThrows(CircuitSyntaxException.class, () -> Circuit.parse("R0-R1; R1 R0"));
    }

    @Test
    void boukampWeightingIsModulusWeighting() {
        // Boukamp 1986: w_i = 1/(Z'_i^2 + Z''_i^2) on the squared residuals = sigma = |Z_i| per component
        ImpedanceData d = data(0.01);
        Circuit c = Circuit.parse(TWO_ARCS);
        FitResult b = CnlsFitter.fit(c, d, START, FitOptions.local(Weighting.BOUKAMP));
        FitResult m = CnlsFitter.fit(c, d, START, FitOptions.local(Weighting.MODULUS));
        for (int i = 0; i < TRUTH.length; i++) {
            assertEquals(m.values()[i], b.values()[i], 1e-12 * Math.abs(m.values()[i]));
        }
        assertEquals(b.pseudoChiSquare(), b.chiSquare(), 1e-12, "weighted chi2 is Boukamp's pseudo-chi2");
        assertEquals(Weighting.BOUKAMP, b.weighting());
    }

    @Test
    void admittanceFitRecoversExactParameters() {
        ImpedanceData d = data(0);
        Circuit c = Circuit.parse(TWO_ARCS);
        for (Weighting w : new Weighting[] {Weighting.MODULUS, Weighting.UNIT, Weighting.PROPORTIONAL}) {
            FitResult y = CnlsFitter.fit(c, d, START, FitOptions.local(w).withAdmittance(true));
            assertTrue(y.converged(), w + ": " + y.message());
            for (int i = 0; i < TRUTH.length; i++) {
                assertEquals(TRUTH[i], y.values()[i], 1e-5 * TRUTH[i], w + " in Y: " + c.parameterNames().get(i));
            }
            assertTrue(y.pseudoChiSquare() < 1e-15, "pseudo-chi2 is still computed in Z: " + y.pseudoChiSquare());
        }
    }

    @Test
    void admittanceAndImpedanceFitsAgreeOnNoisyDataWithModulusWeights() {
        // to first order |dY|/|Y| = |dZ|/|Z|: modulus-weighted fits in Y and Z see the same relative residuals
        ImpedanceData d = data(0.005);
        Circuit c = Circuit.parse(TWO_ARCS);
        FitResult z = CnlsFitter.fit(c, d, START, FitOptions.local(Weighting.MODULUS));
        FitResult y = CnlsFitter.fit(c, d, START, FitOptions.local(Weighting.MODULUS).withAdmittance(true));
        for (int i = 0; i < TRUTH.length; i++) {
            double se = z.parameters().get(i).standardError();
            assertEquals(z.values()[i], y.values()[i], 0.5 * se, c.parameterNames().get(i) + " within sigma/2");
        }
    }
}
