package org.interphase.eis.internal.circuit;

import java.util.List;
import java.util.Optional;

import org.interphase.eis.api.Complex;
import org.interphase.eis.api.ElementType;
import org.interphase.eis.api.ParameterSpec;

/**
 * Lumped elements: R, C, L, constant-phase element and the semi-infinite Warburg. Each is written once,
 * as an allocation-free {@link FastElement}; the {@code Complex} API form is derived from it.
 */
public enum BasicElement implements ElementType, FastElement {

    /** Resistor, Z = R. */
    R("R", 'R', "resistor, Z = R", List.of(ParameterSpec.positive("R", "Ohm", 100))) {
        @Override
        public void evaluate(double w, double[] p, int o, double[] z, double[] gRe, double[] gIm) {
            z[0] = p[o];
            z[1] = 0;
            if (gRe != null) {
                gRe[o] = 1;
                gIm[o] = 0;
            }
        }
    },
    /** Capacitor, Z = 1/(j w C). */
    C("C", 'C', "capacitor, Z = 1/(j w C)", List.of(ParameterSpec.positive("C", "F", 1e-6))) {
        @Override
        public void evaluate(double w, double[] p, int o, double[] z, double[] gRe, double[] gIm) {
            double c = p[o];
            z[0] = 0;
            z[1] = -1 / (w * c);
            if (gRe != null) {
                gRe[o] = 0;
                gIm[o] = 1 / (w * c * c);
            }
        }
    },
    /** Inductor, Z = j w L. */
    L("L", 'L', "inductor, Z = j w L", List.of(ParameterSpec.positive("L", "H", 1e-6))) {
        @Override
        public void evaluate(double w, double[] p, int o, double[] z, double[] gRe, double[] gIm) {
            z[0] = 0;
            z[1] = w * p[o];
            if (gRe != null) {
                gRe[o] = 0;
                gIm[o] = w;
            }
        }
    },
    /** Constant-phase element, Z = 1/(Q (j w)^a). */
    CPE("CPE", 'Q', "constant-phase element, Z = 1/(Q (j w)^a)",
            List.of(ParameterSpec.positive("Q", "S s^a", 1e-6), ParameterSpec.exponent("a", 0.9))) {
        @Override
        public void evaluate(double w, double[] p, int o, double[] z, double[] gRe, double[] gIm) {
            double a = p[o + 1];
            // 1/(Q (jw)^a) = w^-a e^{-j pi a/2} / Q
            double m = Math.pow(w, -a) / p[o];
            double phi = -Math.PI / 2 * a;
            double re = m * Math.cos(phi);
            double im = m * Math.sin(phi);
            z[0] = re;
            z[1] = im;
            if (gRe != null) {
                gRe[o] = -re / p[o];
                gIm[o] = -im / p[o];
                double lr = -Math.log(w);
                double li = -Math.PI / 2;
                gRe[o + 1] = re * lr - im * li;
                gIm[o + 1] = re * li + im * lr;
            }
        }
    },
    /** Semi-infinite Warburg, Z = sigma (1 - j)/sqrt(w). */
    W("W", 'W', "semi-infinite Warburg, Z = sigma (1 - j) / sqrt(w)",
            List.of(ParameterSpec.positive("sigma", "Ohm s^-1/2", 10))) {
        @Override
        public void evaluate(double w, double[] p, int o, double[] z, double[] gRe, double[] gIm) {
            double k = 1 / Math.sqrt(w);
            z[0] = p[o] * k;
            z[1] = -p[o] * k;
            if (gRe != null) {
                gRe[o] = k;
                gIm[o] = -k;
            }
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

    /** The {@code Complex} form of {@link #evaluate}, one definition per element instead of two. */
    @Override
    public Complex impedance(double w, double[] p, int o, Complex[] grad) {
        return FastElement.viaArrays(this, w, p, o, parameters.size(), grad);
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
