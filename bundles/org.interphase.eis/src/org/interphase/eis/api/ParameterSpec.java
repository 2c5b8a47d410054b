package org.interphase.eis.api;

/**
 * A parameter of a circuit element.
 *
 * @param name    name within the element, e.g. "Q" or "a"
 * @param unit    unit, e.g. "Ohm", "F", "S s^a", "" for exponents
 * @param lower   lower bound (0 for physical magnitudes)
 * @param upper   upper bound ({@code +Infinity} when unbounded)
 * @param typical a typical value used when no initial guess is given
 */
public record ParameterSpec(String name, String unit, double lower, double upper, double typical) {

    /** A magnitude that must be positive and spans decades: fitted as its logarithm. */
    public static ParameterSpec positive(String name, String unit, double typical) {
        return new ParameterSpec(name, unit, 0, Double.POSITIVE_INFINITY, typical);
    }

    /** An exponent in [0, 1]. */
    public static ParameterSpec exponent(String name, double typical) {
        return new ParameterSpec(name, "", 0, 1, typical);
    }

    /** Whether the fitter works with log(value): lower bound 0 and no upper bound. */
    public boolean logScale() {
        return lower == 0 && upper == Double.POSITIVE_INFINITY;
    }

    /** The same specification under another name. */
    public ParameterSpec named(String newName) {
        return new ParameterSpec(newName, unit, lower, upper, typical);
    }

    /** The same specification with other bounds. */
    public ParameterSpec bounded(double newLower, double newUpper) {
        return new ParameterSpec(name, unit, newLower, newUpper, typical);
    }
}
