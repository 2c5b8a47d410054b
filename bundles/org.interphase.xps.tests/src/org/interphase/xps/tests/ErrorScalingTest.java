package org.interphase.xps.tests;

import static org.interphase.xps.tests.Synthetic.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interphase.xps.api.FitOptions;
import org.interphase.xps.api.FitResult;
import org.interphase.xps.api.PeakFitter;
import org.junit.jupiter.api.Test;

/**
 * Covariance scaled by the reduced chi2 under Poisson weights when chi2_r &gt; 1 (as lmfit's scale_covar). The
 * reference is the empirical spread of fits to many independent spectra whose noise is twice the Poisson noise
 * (variance 4x: chi2_r about 4), which the scaled errors must match and the unscaled ones miss by a factor 2.
 */
class ErrorScalingTest {

    /** Overdispersed copy: clean + 2 x (Poisson noise). */
    static double[] overdispersed(long seed) {
        double[] c = clean();
        double[] n = noisy(c, seed);
        double[] y = new double[c.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = c[i] + 2 * (n[i] - c[i]);
        }
        return y;
    }

    @Test
    void errorsScaleWithTheReducedChi2AndMatchTheSpreadOfRepeatedFits() {
        FitOptions scaled = FitOptions.poisson(CPS_FACTOR);
        FitOptions unscaled = scaled.withScaling(FitOptions.ErrorScaling.UNSCALED);
        int trials = 120;
        double[] pos = new double[trials];
        double sumScaled = 0;
        double sumUnscaled = 0;
        double sumChi2 = 0;
        for (int t = 0; t < trials; t++) {
            double[] y = overdispersed(1000 + t);
            FitResult a = PeakFitter.fit(x(), y, PeakFitterTest.model(true), scaled);
            FitResult b = PeakFitter.fit(x(), y, PeakFitterTest.model(true), unscaled);
            pos[t] = a.component("Li2S").orElseThrow().position();
            double ea = a.component("Li2S").orElseThrow().positionError();
            double eb = b.component("Li2S").orElseThrow().positionError();
            assertEquals(a.reducedChi2(), a.covarianceScale(), 1e-12, "chi2_r > 1: scaled by it");
            assertEquals(1, b.covarianceScale());
            assertEquals(Math.sqrt(a.reducedChi2()), ea / eb, 1e-6, "errors scale with sqrt(chi2_r)");
            sumScaled += ea;
            sumUnscaled += eb;
            sumChi2 += a.reducedChi2();
        }
        double mean = java.util.Arrays.stream(pos).average().orElseThrow();
        double ss = 0;
        for (double p : pos) {
            ss += (p - mean) * (p - mean);
        }
        double spread = Math.sqrt(ss / (trials - 1));
        System.out.printf(java.util.Locale.ROOT, "Li2S position over %d spectra with 2x Poisson noise: spread %.5f eV; "
                + "mean error scaled %.5f, unscaled %.5f; mean chi2_r %.2f%n", trials, spread, sumScaled / trials,
                sumUnscaled / trials, sumChi2 / trials);
        // the sd of a 120-sample sd is about 6.5 %: 1.25 leaves room
        double rs = sumScaled / trials / spread;
        assertTrue(rs > 1 / 1.25 && rs < 1.25, "scaled errors match the spread: ratio " + rs);
        assertTrue(sumUnscaled / trials / spread < 0.65, "unscaled errors are about half the spread");
    }

    @Test
    void plainPoissonDataAreNotScaledWhenChi2IsBelowOne() {
        // chi2_r of Poisson data is 1 within sqrt(2 / dof) = 0.09: try seeds until one is below 1
        for (long seed = 1; seed < 40; seed++) {
            FitResult r = PeakFitter.fit(x(), noisy(clean(), seed), PeakFitterTest.model(true),
                    FitOptions.poisson(CPS_FACTOR));
            if (r.reducedChi2() < 1) {
                assertEquals(1, r.covarianceScale());
                assertTrue(r.errorScaling().startsWith("errors from the Poisson variances, not scaled"));
                return;
            }
        }
        throw new AssertionError("no seed gave chi2_r < 1");
    }
}
