package org.interphase.eis.internal.circuit;

import java.util.List;
import java.util.Optional;

import org.interphase.eis.api.Complex;
import org.interphase.eis.api.ElementType;
import org.interphase.eis.api.ParameterSpec;

/**
 * Distributed elements: finite-length Warburgs, Gerischer, Zarc, Havriliak-Negami and the de Levie
 * transmission line. Formulas follow impedance.py where it has the element (Wo, Ws, G, Zarc). Each element
 * is one formula given to the constructor: either a {@link FastElement} (allocation-free, used by the
 * fitter's kernel; its {@code Complex} form is derived) or a {@link Formula} in complex arithmetic.
 */
public enum DistributedElement implements ElementType {

    /** Finite-length Warburg, open (reflective) boundary: Z = R coth(s)/s, s = sqrt(j w tau). */
    Wo("Wo", 'O', "finite Warburg, open: Z = R coth(s)/s, s = sqrt(j w tau)",
            List.of(ParameterSpec.positive("R", "Ohm", 10), ParameterSpec.positive("tau", "s", 1)),
            (w, p, o, z, gRe, gIm) -> Diffusion.open(w, p[o], p[o + 1], o, z, gRe, gIm)),
    /** Finite-length Warburg, short (transmissive) boundary: Z = R tanh(s)/s. */
    Ws("Ws", 'T', "finite Warburg, short: Z = R tanh(s)/s, s = sqrt(j w tau)",
            List.of(ParameterSpec.positive("R", "Ohm", 10), ParameterSpec.positive("tau", "s", 1)),
            (Formula) (w, p, o, g) -> Diffusion.shortCircuit(w, p[o], p[o + 1], o, g)),
    /** Gerischer, Z = R / sqrt(1 + j w tau). */
    G("G", 'G', "Gerischer: Z = R / sqrt(1 + j w tau)",
            List.of(ParameterSpec.positive("R", "Ohm", 100), ParameterSpec.positive("tau", "s", 1e-3)),
            (Formula) DistributedElement::gerischer),
    /** Zarc (R parallel to a CPE written with a time constant), Z = R / (1 + (j w tau)^phi). */
    Zarc("Zarc", null, "Zarc: Z = R / (1 + (j w tau)^phi)", List.of(ParameterSpec.positive("R", "Ohm", 100),
            ParameterSpec.positive("tau", "s", 1e-3), ParameterSpec.exponent("phi", 0.9)),
            (Formula) (w, p, o, g) -> Relaxation.havriliakNegami(w, p[o], p[o + 1], p[o + 2], 1, o, g, false)),
    /** Havriliak-Negami, Z = R / (1 + (j w tau)^alpha)^beta. */
    HN("HN", null, "Havriliak-Negami: Z = R / (1 + (j w tau)^alpha)^beta", List.of(
            ParameterSpec.positive("R", "Ohm", 100), ParameterSpec.positive("tau", "s", 1e-3),
            ParameterSpec.exponent("alpha", 0.9), ParameterSpec.exponent("beta", 0.9)),
            (Formula) (w, p, o, g) -> Relaxation.havriliakNegami(w, p[o], p[o + 1], p[o + 2], p[o + 3], o, g, true)),
    /**
     * De Levie transmission line of a porous electrode with ionic resistance Rion and an interface
     * R_ct parallel to a CPE (de Levie, Electrochim. Acta 8 (1963) 751): Z = sqrt(Rion Zi) coth(sqrt(Rion/Zi)).
     */
    TLM("TLM", null, "de Levie transmission line: Z = Rion coth(k)/k, k = sqrt(Rion/Zi), Zi = Rct || CPE(Q, a)",
            List.of(ParameterSpec.positive("Rion", "Ohm", 10), ParameterSpec.positive("Rct", "Ohm", 100),
                    ParameterSpec.positive("Q", "S s^a", 1e-3), ParameterSpec.exponent("a", 0.9)),
            (Formula) (w, p, o, g) -> Diffusion.transmissionLine(w, p[o], p[o + 1], p[o + 2], p[o + 3], o, g));

    /** An element formula in complex arithmetic: Z, and dZ/dp[o + k] into grad when it is not null. */
    @FunctionalInterface
    interface Formula {
        Complex impedance(double w, double[] p, int o, Complex[] grad);
    }

    private final String symbol;
    private final Character cdc;
    private final String description;
    private final List<ParameterSpec> parameters;
    private final Formula formula;
    private final FastElement fast;

    DistributedElement(String symbol, Character cdc, String description, List<ParameterSpec> parameters,
            Formula formula) {
        this(symbol, cdc, description, parameters, formula, null);
    }

    DistributedElement(String symbol, Character cdc, String description, List<ParameterSpec> parameters,
            FastElement fast) {
        this(symbol, cdc, description, parameters, null, fast);
    }

    DistributedElement(String symbol, Character cdc, String description, List<ParameterSpec> parameters,
            Formula formula, FastElement fast) {
        this.symbol = symbol;
        this.cdc = cdc;
        this.description = description;
        this.parameters = parameters;
        this.formula = formula;
        this.fast = fast;
    }

    /** Gerischer Z = R (1 + j w tau)^-1/2; dZ/dtau = -j w R / 2 (1 + j w tau)^-3/2. */
    private static Complex gerischer(double w, double[] p, int o, Complex[] grad) {
        Complex u = new Complex(1, w * p[o + 1]);
        Complex inv = u.sqrt().reciprocal();
        if (grad != null) {
            grad[o] = inv;
            grad[o + 1] = inv.divide(u).times(new Complex(0, -0.5 * w * p[o]));
        }
        return inv.times(p[o]);
    }

    @Override
    public Complex impedance(double w, double[] p, int o, Complex[] grad) {
        return fast != null ? FastElement.viaArrays(fast, w, p, o, parameters.size(), grad)
                : formula.impedance(w, p, o, grad);
    }

    /** The allocation-free form, or null when the element has none (the kernel's hot path: no Optional). */
    FastElement fastOrNull() {
        return fast;
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
