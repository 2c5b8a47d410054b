package org.interphase.xps.api;

import java.util.Optional;

/**
 * One model parameter: a start (or fixed) value, bounds for the fit, and optionally a link expression
 * ({@code A + 1.18}, {@code A.area * 0.5}; see {@link PeakModel}) that makes it a function of other
 * parameters. A parameter is free unless it is fixed or linked; bounds apply to free parameters only.
 *
 * @param value start value (the value, when fixed)
 * @param min   lower bound (may be -infinity)
 * @param max   upper bound (may be +infinity)
 * @param fixed whether the value is held
 * @param link  link expression, when the parameter follows others
 */
public record Param(double value, double min, double max, boolean fixed, Optional<String> link) {

    public Param {
        if (Double.isNaN(value) || Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException("bad parameter: value " + value + ", bounds " + min + ".." + max);
        }
        if (link.isEmpty() && !fixed && (value < min || value > max)) {
            throw new IllegalArgumentException("start value " + value + " outside bounds " + min + ".." + max);
        }
    }

    /** A free parameter without bounds. */
    public static Param free(double value) {
        return new Param(value, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false, Optional.empty());
    }

    /** A free parameter within [min, max]. */
    public static Param bounded(double value, double min, double max) {
        return new Param(value, min, max, false, Optional.empty());
    }

    /** A held parameter. */
    public static Param fixed(double value) {
        return new Param(value, value, value, true, Optional.empty());
    }

    /** A parameter given by an expression of other parameters. */
    public static Param linked(String expression) {
        return new Param(0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false, Optional.of(expression));
    }

    /** Whether the fit adjusts this parameter directly. */
    public boolean isFree() {
        return !fixed && link.isEmpty();
    }

    /** The same parameter with another start value (bounds widened if needed for free parameters). */
    public Param withValue(double v) {
        if (fixed) {
            return fixed(v);
        }
        return new Param(v, Math.min(min, v), Math.max(max, v), false, link);
    }
}
