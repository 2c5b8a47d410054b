package org.interphase.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.CnlsFitter;
import org.interphase.eis.api.FitOptions;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.PhysicalQuantities;
import org.interphase.eis.api.PhysicalQuantity;
import org.interphase.eis.api.Weighting;
import org.junit.jupiter.api.Test;

/** Brug capacitance, relaxation frequency and conductivity: analytic values and propagated errors. */
class PhysicalQuantitiesTest {

    static final double[][] ZERO = new double[3][3];

    @Test
    void brugCapacitanceAnalyticCases() {
        // n = 1: the CPE is a capacitor, C = Q whatever R
        assertEquals(2.5e-6, PhysicalQuantities.brugCapacitance(1234, 2.5e-6, 1, ZERO)[0], 1e-18);
        // R = 1e3, Q = 1e-6, n = 0.8: C = 1e-6^(1.25) * 1e3^(0.25) = 10^-6.75
        assertEquals(Math.pow(10, -6.75), PhysicalQuantities.brugCapacitance(1e3, 1e-6, 0.8, ZERO)[0], 1e-18);
    }

    @Test
    void relaxationFrequencyIsTheArcApex() {
        assertEquals(1 / (2 * Math.PI * 1e-3), PhysicalQuantities.relaxationFrequency(1e3, 1e-6, 1, ZERO)[0], 1e-9);
        // R || CPE: -Z'' peaks at w = (R Q)^(-1/n); find the apex on a dense grid
        double r = 2e3;
        double q = 3e-8;
        double n = 0.75;
        Circuit c = Circuit.parse("p(R1,CPE1)");
        double best = 0;
        double fBest = 0;
        for (int i = 0; i <= 20000; i++) {
            double f = Math.pow(10, -1 + 8 * i / 20000.0);
            double mIm = -c.impedance(f, new double[] {r, q, n}).im();
            if (mIm > best) {
                best = mIm;
                fBest = f;
            }
        }
        double fr = PhysicalQuantities.relaxationFrequency(r, q, n, ZERO)[0];
        assertEquals(fr, fBest, 1e-3 * fr, "grid step 0.1 %");
    }

    @Test
    void propagatedErrorsMatchMonteCarlo() {
        double r = 1e3;
        double q = 1e-6;
        double n = 0.8;
        double[] sd = {10, 2e-8, 0.004}; // 1 %, 2 %, 0.5 %
        double rho = 0.6; // R and Q correlated, n and Q anti-correlated
        double[][] cov = {{sd[0] * sd[0], rho * sd[0] * sd[1], 0}, {rho * sd[0] * sd[1], sd[1] * sd[1],
            -rho * sd[1] * sd[2]}, {0, -rho * sd[1] * sd[2], sd[2] * sd[2]}};
        double[][] l = cholesky(cov);
        Random rnd = new Random(3);
        int m = 40000;
        double[] cs = new double[m];
        double[] fs = new double[m];
        for (int k = 0; k < m; k++) {
            double[] z = {rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian()};
            double[] x = {r, q, n};
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j <= i; j++) {
                    x[i] += l[i][j] * z[j];
                }
            }
            cs[k] = PhysicalQuantities.brugCapacitance(x[0], x[1], x[2], ZERO)[0];
            fs[k] = PhysicalQuantities.relaxationFrequency(x[0], x[1], x[2], ZERO)[0];
        }
        // first-order propagation vs sampling: within 5 % (sampling error of a std with 40,000 draws ~0.4 %)
        double sc = PhysicalQuantities.brugCapacitance(r, q, n, cov)[1];
        double sf = PhysicalQuantities.relaxationFrequency(r, q, n, cov)[1];
        assertEquals(std(cs), sc, 0.05 * sc);
        assertEquals(std(fs), sf, 0.05 * sf);
    }

    @Test
    void conductivityFromPelletGeometry() {
        // 1 mm thick, 1 cm^2, 100 Ohm: 1e-3 S/cm; 2 % on R and 1 % on L add in quadrature
        double[] s = PhysicalQuantities.conductivity(100, 2, new PhysicalQuantities.Geometry(0.1, 0.001, 1, 0));
        assertEquals(1e-3, s[0], 1e-15);
        assertEquals(1e-3 * Math.sqrt(0.02 * 0.02 + 0.01 * 0.01), s[1], 1e-12);
        assertEquals(1e-3, PhysicalQuantities.conductivity(100, 0, PhysicalQuantities.Geometry.of(1000, 1))[0], 1e-15);
    }

    @Test
    void quantitiesOfAFitCoverTheTruth() {
        Circuit c = Circuit.parse("R0-p(R1,CPE1)-CPE2");
        double[] truth = {100, 1300, 3e-9, 0.78, 2e-7, 0.87};
        FitResult fit = CnlsFitter.fit(c, Synthetic.spectrum(c, truth, 0.01, 1e7, 70, 0.003, 5), truth.clone(),
                FitOptions.local(Weighting.MODULUS));
        List<PhysicalQuantity> qs = PhysicalQuantities.of(c, fit, Optional.of(PhysicalQuantities.Geometry.of(500, 0.785)),
                Optional.of("R1"));
        assertEquals(3, qs.size(), qs.toString());
        PhysicalQuantity ce = qs.get(0);
        assertEquals("Ceff(R1,CPE1)", ce.name());
        double expected = PhysicalQuantities.brugCapacitance(1300, 3e-9, 0.78, ZERO)[0];
        assertTrue(ce.standardError() > 0 && Math.abs(ce.value() - expected) < 4 * ce.standardError(),
                ce + " vs " + expected);
        assertEquals("Hz", qs.get(1).unit());
        PhysicalQuantity s = qs.get(2);
        assertEquals(PhysicalQuantity.Kind.IONIC_CONDUCTIVITY, s.kind());
        double sigma = 0.05 / (1300 * 0.785); // 500 um over 0.785 cm^2
        assertEquals(sigma, s.value(), 0.02 * sigma);
        double r1se = fit.parameter("R1").orElseThrow().standardError();
        assertEquals(s.value() * r1se / fit.parameter("R1").orElseThrow().value(), s.standardError(), 1e-12);
    }

    private static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = i == j ? Math.sqrt(s) : s / l[j][j];
            }
        }
        return l;
    }

    private static double std(double[] x) {
        double m = 0;
        for (double v : x) {
            m += v;
        }
        m /= x.length;
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (x.length - 1));
    }
}
