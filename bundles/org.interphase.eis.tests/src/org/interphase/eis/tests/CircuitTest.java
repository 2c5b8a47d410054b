package org.interphase.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.CircuitSyntaxException;
import org.interphase.eis.api.Complex;
import org.interphase.eis.api.ElementLibrary;
import org.interphase.eis.api.ElementType;
import org.interphase.eis.api.ImpedanceKernel;
import org.interphase.eis.api.ParameterSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Circuit parsing in both dialects, analytic element values and analytic derivatives. */
class CircuitTest {

    @Test
    void impedancePyDialect() {
        Circuit c = Circuit.parse("R0-p(R1,CPE1)-Wo1");
        assertEquals(Circuit.Dialect.IMPEDANCE_PY, c.dialect());
        assertEquals(List.of("R0", "R1", "CPE1_0", "CPE1_1", "Wo1_0", "Wo1_1"), c.parameterNames());
        assertEquals("R0-p(R1,CPE1)-Wo1", c.toImpedancePy());
    }

    @Test
    void boukampCdcDialect() {
        Circuit c = Circuit.parse("R(RQ)(RQ)W");
        assertEquals(Circuit.Dialect.CDC, c.dialect());
        assertEquals(List.of("R1", "R2", "Q1_0", "Q1_1", "R3", "Q2_0", "Q2_1", "W1"), c.parameterNames());
        assertEquals("R1-p(R2,Q1)-p(R3,Q2)-W1", c.toImpedancePy());
        assertEquals("R1-p(C1,R2-p(C2,R3))", Circuit.parse("R(C[R(CR)])").toImpedancePy());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"R0-p(R1; 7", "R0-X1; 3", "R0-R0; 3", "R(RQ; 1", "R0-; 3", "RZ; 1",
        "p(R1); 5"})
    void syntaxErrorsNameThePosition(String text, int position) {
        CircuitSyntaxException e = assertThrows(CircuitSyntaxException.class, () -> Circuit.parse(text));
        assertEquals(position, e.position(), e.getMessage());
        assertTrue(Circuit.validate(text).isPresent());
    }

    @Test
    void analyticValues() {
        double w = 1000;
        double f = w / (2 * Math.PI);
        // R || C at w = 1/(RC): Z = R/(1+j)
        Complex z = Circuit.parse("p(R1,C1)").impedance(f, new double[] {10, 1e-4});
        assertEquals(5, z.re(), 1e-12);
        assertEquals(-5, z.im(), 1e-12);
        // CPE with a = 1 is a capacitor; Zarc with phi = 1 is R || C with C = tau/R; HN with beta = 1 is a Zarc
        close(Circuit.parse("C1").impedance(f, new double[] {2e-6}),
                Circuit.parse("CPE1").impedance(f, new double[] {2e-6, 1}), 1e-12);
        close(Circuit.parse("p(R1,C1)").impedance(f, new double[] {50, 2e-6}),
                Circuit.parse("Zarc1").impedance(f, new double[] {50, 1e-4, 1}), 1e-12);
        close(Circuit.parse("Zarc1").impedance(f, new double[] {50, 1e-4, 0.8}),
                Circuit.parse("HN1").impedance(f, new double[] {50, 1e-4, 0.8, 1}), 1e-12);
        // finite Warburgs at w -> 0: open -> R/(j w tau) + R/3, short -> R; Gerischer -> R
        double f0 = 1e-9;
        assertEquals(10.0 / 3, Circuit.parse("Wo1").impedance(f0, new double[] {10, 1}).re(), 1e-6);
        assertEquals(10, Circuit.parse("Ws1").impedance(f0, new double[] {10, 1}).re(), 1e-6);
        assertEquals(10, Circuit.parse("G1").impedance(f0, new double[] {10, 1}).re(), 1e-6);
        // semi-infinite Warburg: 45 degrees
        Complex wb = Circuit.parse("W1").impedance(f, new double[] {3});
        assertEquals(3 / Math.sqrt(w), wb.re(), 1e-12);
        assertEquals(-wb.re(), wb.im(), 1e-12);
        // blocking transmission line (Rct -> infinity, a = 1) at low frequency: Rion/3 + 1/(j w Q)
        Complex tlm = Circuit.parse("TLM1").impedance(1e-4, new double[] {30, 1e20, 1e-3, 1});
        assertEquals(10, tlm.re(), 1e-3);
        assertEquals(-1 / (2 * Math.PI * 1e-4 * 1e-3), tlm.im(), 1e-6 * Math.abs(tlm.im()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"R0-p(R1,CPE1)-Wo1", "L0-p(C1,R2-Ws1)-W1", "G1-p(Zarc1,HN1)", "R0-p(R1,L1)-TLM1",
        "R(RQ)(RQ)W", "p(R1,CPE1,C1)-p(R2-Wo2,p(R3,CPE3))"})
    void analyticDerivativesMatchFiniteDifferences(String text) {
        Circuit c = Circuit.parse(text);
        double[] p = c.typicalValues();
        for (int i = 0; i < p.length; i++) {
            p[i] *= 1 + 0.1 * Math.sin(i + 1); // break symmetries
            if (c.parameters().get(i).upper() == 1) {
                p[i] = Math.min(p[i], 0.97);
            }
        }
        Complex[] grad = new Complex[p.length];
        for (double f : new double[] {1e-3, 0.37, 12, 4.2e3, 1e6}) {
            c.impedance(f, p, grad);
            for (int k = 0; k < p.length; k++) {
                double h = 1e-6 * Math.abs(p[k]);
                double[] up = p.clone();
                double[] dn = p.clone();
                up[k] += h;
                dn[k] -= h;
                Complex fd = c.impedance(f, up).minus(c.impedance(f, dn)).times(1 / (2 * h));
                // central differences carry ~1e-10 |Z|/p rounding error: compare on that scale
                double scale = Math.max(fd.abs(), c.impedance(f, p).abs() / Math.abs(p[k]) * 1e-3);
                int kk = k;
                double ff = f;
                assertEquals(0, grad[k].minus(fd).abs() / scale, 1e-5,
                        () -> text + " d/d" + c.parameterNames().get(kk) + " at f = " + ff + ": " + grad[kk] + " vs " + fd);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"R0-p(R1,CPE1)-Wo1", "L0-p(C1,R2-Ws1)-W1", "G1-p(Zarc1,HN1)", "R0-p(R1,L1)-TLM1",
        "p(R1,CPE1,C1)-p(R2-Wo2,p(R3,CPE3))"})
    void allocationFreeKernelEqualsTheComplexPath(String text) {
        Circuit c = Circuit.parse(text);
        double[] p = c.typicalValues();
        ImpedanceKernel k = c.kernel();
        Complex[] grad = new Complex[p.length];
        // 1e-7 Hz puts the open Warburg (tau = 1 s) into its small-|s| series branch
        for (double f : new double[] {1e-7, 1e-3, 0.37, 12, 4.2e3, 1e6}) {
            Complex z = c.impedance(f, p, grad);
            k.evaluate(2 * Math.PI * f, p, true);
            double tol = 1e-12 * z.abs();
            assertEquals(z.re(), k.re(), tol, text + " Re Z at " + f);
            assertEquals(z.im(), k.im(), tol, text + " Im Z at " + f);
            for (int j = 0; j < p.length; j++) {
                double gt = 1e-12 * Math.max(grad[j].abs(), 1e-300);
                assertEquals(grad[j].re(), k.gradRe()[j], gt, text + " Re dZ/dp" + j);
                assertEquals(grad[j].im(), k.gradIm()[j], gt, text + " Im dZ/dp" + j);
            }
        }
    }

    @Test
    void userElementsArePluggable() {
        ElementType k = new ElementType() {
            @Override
            public String symbol() {
                return "K";
            }

            @Override
            public String description() {
                return "test element Z = 2 k";
            }

            @Override
            public List<ParameterSpec> parameters() {
                return List.of(ParameterSpec.positive("k", "Ohm", 1));
            }

            @Override
            public Complex impedance(double omega, double[] p, int offset, Complex[] grad) {
                if (grad != null) {
                    grad[offset] = Complex.real(2);
                }
                return Complex.real(2 * p[offset]);
            }
        };
        ElementLibrary lib = ElementLibrary.builtIn().with(k);
        Circuit c = Circuit.parse("R0-K1", lib);
        assertEquals(7, c.impedance(1, new double[] {1, 3}).re(), 0);
        assertEquals(Optional.empty(), lib.byCdcLetter('K').map(ElementType::symbol));
        assertThrows(CircuitSyntaxException.class, () -> Circuit.parse("R0-K1"));
    }

    private static void close(Complex a, Complex b, double rel) {
        assertEquals(0, a.minus(b).abs() / b.abs(), rel, a + " vs " + b);
    }
}
