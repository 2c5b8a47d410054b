package org.interphase.eis.api;

import java.util.List;
import java.util.Optional;

/**
 * A kind of circuit element (R, CPE, Warburg ...). Implementations must be stateless and thread-safe.
 * Plug-ins contribute their own types as OSGi services of this interface (e.g. a DS component with
 * {@code @Component(service = ElementType.class)}), which {@link Circuit#parse(String)} finds through
 * {@link ElementLibrary#installed()}, or explicitly through {@link ElementLibrary#with(ElementType)}.
 */
public interface ElementType {

    /** Symbol in impedance.py-style circuit strings, e.g. "CPE" (element names are symbol + number). */
    String symbol();

    /** One-letter code in Boukamp's circuit description code, when the element has one (e.g. 'Q'). */
    default Optional<Character> cdcLetter() {
        return Optional.empty();
    }

    /** What the element is, with its formula. */
    String description();

    /** The parameters in the order they appear in parameter vectors. */
    List<ParameterSpec> parameters();

    /**
     * The impedance at angular frequency {@code omega} (rad/s). The element's parameters are
     * {@code p[offset] ... p[offset + n - 1]}; when {@code grad} is not null, the analytic derivatives
     * dZ/dp[offset + k] are written into {@code grad[offset + k]}.
     */
    Complex impedance(double omega, double[] p, int offset, Complex[] grad);
}
