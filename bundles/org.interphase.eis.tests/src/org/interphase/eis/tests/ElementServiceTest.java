package org.interphase.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.CircuitSyntaxException;
import org.interphase.eis.api.CnlsFitter;
import org.interphase.eis.api.Complex;
import org.interphase.eis.api.ElementLibrary;
import org.interphase.eis.api.ElementType;
import org.interphase.eis.api.FitOptions;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.InitialGuess;
import org.interphase.eis.api.ParameterSpec;
import org.interphase.eis.api.Weighting;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** A plug-in element registered as an OSGi service is parsed next to the built-in ones. */
class ElementServiceTest {

    /** Debye relaxation Z = R / (1 + j w tau), with analytic derivatives, under a chosen symbol. */
    record Debye(String symbol, Optional<Character> cdcLetter) implements ElementType {

        @Override
        public String description() {
            return "Debye: Z = R / (1 + j w tau)";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.positive("R", "Ohm", 100), ParameterSpec.positive("tau", "s", 1e-3));
        }

        @Override
        public Complex impedance(double w, double[] p, int o, Complex[] grad) {
            Complex d = new Complex(1, w * p[o + 1]);
            Complex inv = d.reciprocal();
            if (grad != null) {
                grad[o] = inv;
                grad[o + 1] = inv.square().times(new Complex(0, -w * p[o]));
            }
            return inv.times(p[o]);
        }
    }

    @Test
    void registeredElementIsParsedFittedAndGoneWhenUnregistered() {
        BundleContext ctx = FrameworkUtil.getBundle(ElementServiceTest.class).getBundleContext();
        assertThrows(CircuitSyntaxException.class, () -> Circuit.parse("R0-Kd1"));
        ServiceRegistration<ElementType> reg = ctx.registerService(ElementType.class,
                new Debye("Kd", Optional.of('K')), null);
        ServiceRegistration<ElementType> clash = ctx.registerService(ElementType.class,
                new Debye("R", Optional.empty()), null);
        try {
            assertTrue(ElementLibrary.installed().bySymbol("Kd").isPresent());
            Circuit c = Circuit.parse("R0-Kd1");
            assertEquals(List.of("R0", "Kd1_0", "Kd1_1"), c.parameterNames());
            assertEquals("R1-K1", Circuit.parse("RK").toImpedancePy(), "the CDC letter works too (CDC names use the letter)");
            assertEquals(2, Circuit.parse("RK").parameters().stream().filter(s -> s.unit().equals("Ohm")).count());
            // Debye at w tau = 1: Z = R/2 - j R/2
            double[] p = {10, 100, 1e-3};
            Complex z = c.impedance(1 / (2 * Math.PI * 1e-3), p);
            assertEquals(60, z.re(), 1e-9);
            assertEquals(-50, z.im(), 1e-9);
            // the built-in R keeps its meaning: the clashing service is left out
            assertEquals(7, Circuit.parse("R0").impedance(1, new double[] {7}).re(), 0);
            // guesses and the fitter work on plug-in elements (derivatives through the Complex path)
            ImpedanceData d = Synthetic.spectrum(c, p, 0.1, 1e6, 40, 0, 1);
            double[] guess = InitialGuess.of(c, d);
            assertEquals(3, guess.length);
            FitResult r = CnlsFitter.fit(c, d, new double[] {5, 300, 3e-4}, FitOptions.local(Weighting.MODULUS));
            assertEquals(100, r.values()[1], 1e-6 * 100);
            assertEquals(1e-3, r.values()[2], 1e-6 * 1e-3);
        } finally {
            reg.unregister();
            clash.unregister();
        }
        assertThrows(CircuitSyntaxException.class, () -> Circuit.parse("R0-Kd1"), "gone with its plug-in");
    }
}
