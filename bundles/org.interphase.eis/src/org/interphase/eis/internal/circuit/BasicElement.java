package org.interphase.eis.internal.circuit;

import java.util.List;
import java.util.Optional;

import org.interphase.eis.api.Complex;
import org.interphase.eis.api.ElementType;
import org.interphase.eis.api.ParameterSpec;

/** Lumped elements: R, C, L, constant-phase element and the semi-infinite Warburg. */
public enum BasicElement implements ElementType {

    /** Resistor, Z = R. */
    R("R", 'R', "resistor, Z = R", List.of(ParameterSpec.positive("R", "Ohm", 100))) {
        @Override
        public Complex impedance(double w, double[] p, int o, Complex[] grad) {
            if (grad != null) {
                grad[o] = Complex.ONE;
            }
            return Complex.real(p[o]);
        }
    },
    /** Capacitor, Z = 1/(j w C). */
    C("C", 'C', "capacitor, Z = 1/(j w C)", List.of(ParameterSpec.positive("C", "F", 1e-6))) {
        @Override
        public Complex impedance(double w, double[] p, int o, Complex[] grad) {
            double c = p[o];
            if (grad != null) {
                grad[o] = new Complex(0, 1 / (w * c * c));
            }
            return new Complex(0, -1 / (w * c));
        }
    },
    /** Inductor, Z = j w L. */
    L("L", 'L', "inductor, Z = j w L", List.of(ParameterSpec.positive("L", "H", 1e-6))) {
        @Override
        public Complex impedance(double w, double[] p, int o, Complex[] grad) {
            if (grad != null) {
                grad[o] = new Complex(0, w);
            }
            return new Complex(0, w * p[o]);
        }
    },
    /** Constant-phase element, Z = 1/(Q (j w)^a). */
    CPE("CPE", 'Q', "constant-phase element, Z = 1/(Q (j w)^a)",
            List.of(ParameterSpec.positive("Q", "S s^a", 1e-6), ParameterSpec.exponent("a", 0.9))) {
        @Override
        public Complex impedance(double w, double[] p, int o, Complex[] grad) {
            Complex z = Complex.jOmegaPow(w, p[o + 1]).times(p[o]).reciprocal();
            if (grad != null) {
                grad[o] = z.times(-1 / p[o]);
                grad[o + 1] = z.times(new Complex(-Math.log(w), -Math.PI / 2));
            }
            return z;
        }
    },
    /** Semi-infinite Warburg, Z = sigma (1 - j)/sqrt(w). */
    W("W", 'W', "semi-infinite Warburg, Z = sigma (1 - j) / sqrt(w)",
            List.of(ParameterSpec.positive("sigma", "Ohm s^-1/2", 10))) {
        @Override
        public Complex impedance(double w, double[] p, int o, Complex[] grad) {
            double k = 1 / Math.sqrt(w);
            if (grad != null) {
                grad[o] = new Complex(k, -k);
            }
            return new Complex(p[o] * k, -p[o] * k);
        }
    };

    private final String symbol;
    private final char cdc;
    private final String description;
    private final List<ParameterSpec> parameters;

    BasicElement(String symbol, char cdc, String description, List<ParameterSpec> parameters) {
        this.symbol = symbol;
        this.cdc = cdc;
        this.description = description;
        this.parameters = parameters;
    }

    @Override
    public String symbol() {
        return symbol;
    }

    @Override
    public Optional<Character> cdcLetter() {
        return Optional.of(cdc);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return parameters;
    }
}
