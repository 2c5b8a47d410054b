package org.interphase.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.CnlsFitter;
import org.interphase.eis.api.FitFlag;
import org.interphase.eis.api.FitOptions;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.FittedParameter;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.Weighting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Known-answer fits: every element recovered from exact and from noisy synthetic spectra. */
class FitterSyntheticTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "R0-p(R1,C1); 10 100 1e-6",
        "R0-p(R1,CPE1)-Wo1; 20 500 1e-7 0.85 300 2",
        "R0-p(R1,CPE1)-Ws1; 20 500 1e-7 0.85 300 2",
        "L0-R0-p(R1,CPE1)-W1; 1e-6 5 50 1e-5 0.8 40",
        "R0-p(R1,CPE1)-G1; 5 40 1e-6 0.9 200 1e-2",
        "R0-Zarc1-Zarc2; 10 100 1e-4 0.8 300 1e-1 0.7",
        "R0-HN1; 10 100 1e-4 0.8 0.6",
        "R0-TLM1; 2 30 500 1e-4 0.85",
        "R(RQ)(RQ); 20 1300 3e-9 0.77 2e4 2e-7 0.9" })
    void recoversExactParametersFromPerturbedStart(String text, String values) {
        Circuit c = Circuit.parse(text);
        double[] truth = parse(values);
        ImpedanceData d = Synthetic.spectrum(c, truth, 1e-2, 1e6, 71, 0, 1);
        double[] start = truth.clone();
        for (int i = 0; i < start.length; i++) {
            boolean exponent = c.parameters().get(i).upper() == 1;
            start[i] = exponent ? Math.min(0.95, start[i] + (i % 2 == 0 ? 0.07 : -0.07))
                    : start[i] * (i % 2 == 0 ? 2.5 : 0.4);
        }
        FitResult r = CnlsFitter.fit(c, d, start, FitOptions.local(Weighting.MODULUS).withStarts(4));
        for (int i = 0; i < truth.length; i++) {
            assertEquals(truth[i], r.values()[i], 1e-6 * Math.abs(truth[i]),
                    text + " " + c.parameterNames().get(i) + " " + Arrays.toString(r.values()));
        }
        assertTrue(r.pseudoChiSquare() < 1e-16, "exact data: pseudo-chi2 " + r.pseudoChiSquare());
        assertTrue(r.converged());
        assertFalse(r.has(FitFlag.DID_NOT_MOVE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "R0-p(R1,CPE1)-p(R2,CPE2); 20 500 1e-7 0.85 2000 1e-5 0.75",
        "R0-p(R1,CPE1)-Wo1; 20 500 1e-7 0.85 300 2" })
    void noisyDataAreRecoveredWithinTheReportedUncertainty(String text, String values) {
        Circuit c = Circuit.parse(text);
        double[] truth = parse(values);
        ImpedanceData d = Synthetic.spectrum(c, truth, 1e-2, 1e6, 81, 0.005, 42);
        FitResult r = CnlsFitter.fit(c, d, FitOptions.defaults());
        for (int i = 0; i < truth.length; i++) {
            FittedParameter p = r.parameters().get(i);
            // 0.5 % relative noise with modulus weighting: within 4 standard errors, and inside the 95 % CI
            // for most parameters (checked loosely: 4 sigma)
            assertEquals(truth[i], p.value(), 4 * p.standardError(), p.name() + " " + p);
            assertTrue(p.standardError() > 0);
        }
        // reduced chi2 ~ noise^2 with modulus weighting
        assertEquals(0.005 * 0.005, r.reducedChiSquare(), 0.3 * 0.005 * 0.005);
        assertTrue(r.flags().isEmpty(), r.flags().toString());
    }

    @Test
    void startAtTheOptimumIsReportedAsNotMoved() {
        Circuit c = Circuit.parse("R0-p(R1,C1)");
        double[] truth = {10, 100, 1e-6};
        ImpedanceData d = Synthetic.spectrum(c, truth, 1, 1e6, 40, 0, 1);
        FitResult r = CnlsFitter.fit(c, d, truth, FitOptions.local(Weighting.UNIT));
        assertTrue(r.has(FitFlag.DID_NOT_MOVE), "an unchanged start is never silently a result");
    }

    @Test
    void redundantParametersAreNonIdentifiable() {
        Circuit c = Circuit.parse("R0-R1-p(R2,C1)");
        ImpedanceData d = Synthetic.spectrum(Circuit.parse("R0-p(R2,C1)"), new double[] {10, 100, 1e-6}, 1, 1e6, 40,
                0.001, 3);
        FitResult r = CnlsFitter.fit(c, d, new double[] {3, 4, 80, 2e-6}, FitOptions.local(Weighting.MODULUS));
        assertTrue(r.parameter("R0").orElseThrow().has(FitFlag.NON_IDENTIFIABLE), r.parameters().toString());
        assertTrue(r.parameter("R1").orElseThrow().has(FitFlag.NON_IDENTIFIABLE));
        assertTrue(r.has(FitFlag.NON_IDENTIFIABLE));
        assertEquals(10, r.values()[0] + r.values()[1], 0.05, "their sum is determined");
    }

    @Test
    void fixedAndBoundedParameters() {
        Circuit c = Circuit.parse("R0-p(R1,CPE1)");
        double[] truth = {10, 100, 1e-5, 0.8};
        ImpedanceData d = Synthetic.spectrum(c, truth, 1e-1, 1e6, 50, 0, 1);
        FitResult fixed = CnlsFitter.fit(c, d, new double[] {5, 50, 1e-6, 0.9},
                FitOptions.local(Weighting.MODULUS).withFixed("R0", 10));
        assertEquals(10, fixed.values()[0], 0);
        assertTrue(fixed.parameter("R0").orElseThrow().has(FitFlag.FIXED));
        assertEquals(100, fixed.values()[1], 1e-6);
        FitResult bounded = CnlsFitter.fit(c, d, new double[] {5, 50, 1e-6, 0.7},
                FitOptions.local(Weighting.MODULUS).withBounds("CPE1_1", 0.5, 0.75));
        FittedParameter a = bounded.parameter("CPE1_1").orElseThrow();
        assertEquals(0.75, a.value(), 1e-12);
        assertTrue(a.has(FitFlag.AT_BOUND));
        assertTrue(Double.isNaN(a.standardError()));
    }

    @Test
    void fitsWithoutAnyGuess() {
        Circuit c = Circuit.parse("R0-p(R1,CPE1)-p(R2,CPE2)");
        double[] truth = {20, 500, 1e-7, 0.85, 2000, 1e-5, 0.75};
        ImpedanceData d = Synthetic.spectrum(c, truth, 1e-2, 1e6, 71, 0, 1);
        FitResult r = CnlsFitter.fit(c, d, FitOptions.defaults());
        for (int i = 0; i < truth.length; i++) {
            assertEquals(truth[i], r.values()[i], 1e-5 * truth[i], c.parameterNames().get(i));
        }
    }

    private static double[] parse(String values) {
        return Arrays.stream(values.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }
}
