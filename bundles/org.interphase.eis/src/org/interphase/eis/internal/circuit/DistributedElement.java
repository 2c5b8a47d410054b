package org.interphase.eis.internal.circuit;

import java.util.List;
import java.util.Optional;

import org.interphase.eis.api.Complex;
import org.interphase.eis.api.ElementType;
import org.interphase.eis.api.ParameterSpec;

/**
 * Distributed elements: finite-length Warburgs, Gerischer, Zarc, Havriliak-Negami and the de Levie
 * transmission line. Formulas follow impedance.py where it has the element (Wo, Ws, G, Zarc).
 */
public enum DistributedElement implements ElementType {

    /** Finite-length Warburg, open (reflective) boundary: Z = R coth(s)/s, s = sqrt(j w tau). */
    Wo("Wo", 'O', "finite Warburg, open: Z = R coth(s)/s, s = sqrt(j w tau)", List.of(
            ParameterSpec.positive("R", "Ohm", 10), ParameterSpec.positive("tau", "s", 1))) {
        @Override
        public Complex impedance(double w, double[] p, int o, Complex[] grad) {
            return FastElement.viaArrays(this::evaluate, w, p, o, 2, grad);
        }

        @Override
        void evaluate(double w, double[] p, int o, double[] z, double[] gRe, double[] gIm) {
            Diffusion.open(w, p[o], p[o + 1], o, z, gRe, gIm);
        }
    },
    /** Finite-length Warburg, short (transmissive) boundary: Z = R tanh(s)/s. */
    Ws("Ws", 'T', "finite Warburg, short: Z = R tanh(s)/s, s = sqrt(j w tau)", List.of(
            ParameterSpec.positive("R", "Ohm", 10), ParameterSpec.positive("tau", "s", 1))) {
        @Override
        public Complex impedance(double w, double[] p, int o, Complex[] grad) {
            return Diffusion.shortCircuit(w, p[o], p[o + 1], o, grad);
        }
    },
    /** Gerischer, Z = R / sqrt(1 + j w tau). */
    G("G", 'G', "Gerischer: Z = R / sqrt(1 + j w tau)", List.of(
            ParameterSpec.positive("R", "Ohm", 100), ParameterSpec.positive("tau", "s", 1e-3))) {
        @Override
        public Complex impedance(double w, double[] p, int o, Complex[] grad) {
            Complex u = new Complex(1, w * p[o + 1]);
            Complex inv = u.sqrt().reciprocal();
            if (grad != null) {
                grad[o] = inv;
                grad[o + 1] = inv.divide(u).times(new Complex(0, -0.5 * w * p[o]));
            }
            return inv.times(p[o]);
        }
    },
    /** Zarc (R parallel to a CPE written with a time constant), Z = R / (1 + (j w tau)^phi). */
    Zarc("Zarc", null, "Zarc: Z = R / (1 + (j w tau)^phi)", List.of(ParameterSpec.positive("R", "Ohm", 100),
            ParameterSpec.positive("tau", "s", 1e-3), ParameterSpec.exponent("phi", 0.9))) {
        @Override
        public Complex impedance(double w, double[] p, int o, Complex[] grad) {
            return Relaxation.havriliakNegami(w, p[o], p[o + 1], p[o + 2], 1, o, grad, false);
        }
    },
    /** Havriliak-Negami, Z = R / (1 + (j w tau)^alpha)^beta. */
    HN("HN", null, "Havriliak-Negami: Z = R / (1 + (j w tau)^alpha)^beta", List.of(
            ParameterSpec.positive("R", "Ohm", 100), ParameterSpec.positive("tau", "s", 1e-3),
            ParameterSpec.exponent("alpha", 0.9), ParameterSpec.exponent("beta", 0.9))) {
        @Override
        public Complex impedance(double w, double[] p, int o, Complex[] grad) {
            return Relaxation.havriliakNegami(w, p[o], p[o + 1], p[o + 2], p[o + 3], o, grad, true);
        }
    },
    /**
     * De Levie transmission line of a porous electrode with ionic resistance Rion and an interface
     * R_ct parallel to a CPE (de Levie, Electrochim. Acta 8 (1963) 751): Z = sqrt(Rion Zi) coth(sqrt(Rion/Zi)).
     */
    TLM("TLM", null, "de Levie transmission line: Z = Rion coth(k)/k, k = sqrt(Rion/Zi), Zi = Rct || CPE(Q, a)",
            List.of(ParameterSpec.positive("Rion", "Ohm", 10), ParameterSpec.positive("Rct", "Ohm", 100),
                    ParameterSpec.positive("Q", "S s^a", 1e-3), ParameterSpec.exponent("a", 0.9))) {
        @Override
        public Complex impedance(double w, double[] p, int o, Complex[] grad) {
            return Diffusion.transmissionLine(w, p[o], p[o + 1], p[o + 2], p[o + 3], o, grad);
        }
    };

    /** Allocation-free evaluation where written (see {@link FastElement}); the others go through Complex. */
    void evaluate(double w, double[] p, int o, double[] z, double[] gRe, double[] gIm) {
        Complex v = impedance(w, p, o, null);
        z[0] = v.re();
        z[1] = v.im();
    }

    /** Whether {@link #evaluate} is the allocation-free form (then the kernel uses it). */
    boolean fast() {
        return this == Wo;
    }

    private final String symbol;
    private final Character cdc;
    private final String description;
    private final List<ParameterSpec> parameters;

    DistributedElement(String symbol, Character cdc, String description, List<ParameterSpec> parameters) {
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
        return Optional.ofNullable(cdc);
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
