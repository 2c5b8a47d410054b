package org.interphase.xps.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.interphase.xps.api.Backgrounds;
import org.interphase.xps.api.LineShape;
import org.interphase.xps.api.LineShapes;
import org.interphase.xps.api.TougaardCrossSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Analytic checks of backgrounds and line shapes (synthetic data with known answers). */
class BackgroundAndShapeTest {

    static double integrate(LineShape s, double fwhm, double range, int n) {
        double h = 2 * range / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double w = i == 0 || i == n ? 0.5 : 1;
            sum += w * s.value(-range + i * h, fwhm);
        }
        return sum * h;
    }

    @ParameterizedTest
    @ValueSource(strings = { "GL(0)", "GL(30)", "GL(70)", "SGL(0)", "SGL(30)", "V(0.5)", "LA(1.5,2.5,50)" })
    void unitArea(String name) {
        LineShape s = LineShape.parse(name);
        // finite-range integral misses the Lorentzian tail: ~ m fwhm / (pi range) at most
        assertEquals(1.0, integrate(s, 1.3, 2000, 2_000_000), 1.5e-3, name);
    }

    @Test
    void glEndMembersHaveTheirFwhm() {
        for (String name : new String[] { "GL(0)", "GL(100)", "SGL(0)", "SGL(100)", "SGL(30)" }) {
            LineShape s = LineShape.parse(name);
            assertEquals(0.5, s.value(0.7, 1.4) / s.value(0, 1.4), 1e-12, name);
        }
        // pure Lorentzian GL(100): area 1 analytically normalised incl. tails
        LineShape l = LineShape.parse("GL(100)");
        assertEquals(2 / (Math.PI * 1.4), l.value(0, 1.4), 1e-6);
    }

    @Test
    void voigtMatchesNumericalConvolution() {
        double fg = 1.2;
        double ratio = 0.7;
        double fl = ratio * fg;
        LineShape v = new LineShapes.Voigt(ratio);
        double sigma = fg / (2 * Math.sqrt(2 * Math.log(2)));
        double peak = v.value(0, fg);
        for (double d : new double[] { 0, 0.3, 0.8, 1.5, 3, 6 }) {
            double h = 1e-3;
            double sum = 0;
            for (double t = -60; t <= 60; t += h) {
                double g = Math.exp(-0.5 * t * t / (sigma * sigma)) / (sigma * Math.sqrt(2 * Math.PI));
                double l = (fl / 2) / Math.PI / ((d - t) * (d - t) + fl * fl / 4);
                sum += g * l * h;
            }
            assertEquals(sum, v.value(d, fg), 2e-4 * peak, "Voigt at d=" + d); // Humlicek W4 ~1e-4
        }
        // vanishing Lorentzian width -> Gaussian
        LineShape g = new LineShapes.Voigt(1e-9);
        assertEquals(2 * Math.sqrt(Math.log(2) / Math.PI) / fg, g.value(0, fg), 1e-4);
    }

    @Test
    void doniachSunjicWithoutAsymmetryIsLorentzian() {
        LineShape ds = new LineShapes.DoniachSunjic(0);
        for (double d : new double[] { 0.2, 0.5, 1, 3 }) {
            assertEquals(1 / (1 + 4 * d * d), ds.value(d, 1) / ds.value(0, 1), 1e-9);
        }
        LineShape asym = new LineShapes.DoniachSunjic(0.2);
        assertEquals(true, asym.value(3, 1) > asym.value(-3, 1), "tail towards higher binding energy");
    }

    @Test
    void shirleyRecoversAnExactShirleyStep() {
        int n = 401;
        double[] x = new double[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 280 + i * 0.05; // binding energy ascending
            p[i] = 1000 * Math.exp(-0.5 * Math.pow((x[i] - 290) / 0.8, 2));
        }
        double[] cum = new double[n];
        for (int i = 1; i < n; i++) {
            cum[i] = cum[i - 1] + 0.5 * (p[i] + p[i - 1]) * 0.05;
        }
        double a = 100;
        double b = 400;
        double[] y = new double[n];
        double[] expected = new double[n];
        for (int i = 0; i < n; i++) {
            expected[i] = a + (b - a) * cum[i] / cum[n - 1];
            y[i] = expected[i] + p[i];
        }
        double[] bg = Backgrounds.shirley(x, y, 0);
        for (int i = 0; i < n; i++) {
            assertEquals(expected[i], bg[i], 1e-6, "point " + i);
        }
        // reversed order (kinetic-energy-like) gives the same background
        double[] xr = new double[n];
        double[] yr = new double[n];
        for (int i = 0; i < n; i++) {
            xr[i] = x[n - 1 - i];
            yr[i] = y[n - 1 - i];
        }
        double[] bgr = Backgrounds.shirley(xr, yr, 0);
        for (int i = 0; i < n; i++) {
            assertEquals(expected[n - 1 - i], bgr[i], 1e-6);
        }
    }

    @Test
    void linearAndEndAveraging() {
        double[] x = { 0, 1, 2, 3, 4 };
        double[] y = { 1, 3, 5, 7, 9 };
        double[] bg = Backgrounds.linear(x, y, 1);
        assertEquals(2, bg[0], 1e-12); // mean of 1, 3
        assertEquals(8, bg[4], 1e-12); // mean of 7, 9
        assertEquals(5, bg[2], 1e-12);
    }

    @Test
    void tougaardOfADeltaPeakIsTheCrossSection() {
        // one elastic line at KE 100 on zero: background at 100 - T equals K(T) * intensity * dx
        int n = 1001;
        double dx = 0.05;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 50 + i * dx;
        }
        y[1000] = 0; // high-KE end stays at zero
        y[990] = 1000;
        TougaardCrossSection k = TougaardCrossSection.universal();
        double[] bg = Backgrounds.tougaard(x, y, k, 0, true);
        for (int i = 0; i < 990; i += 97) {
            double t = x[990] - x[i];
            assertEquals(k.value(t) * 1000 * dx, bg[i], 1e-9);
        }
        assertEquals(0, bg[995], 0);
    }
}
