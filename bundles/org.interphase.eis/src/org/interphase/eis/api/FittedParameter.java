package org.interphase.eis.api;

import java.util.Set;

/**
 * One fitted parameter.
 *
 * @param name          parameter name, e.g. "CPE1_0"
 * @param unit          unit
 * @param value         fitted value
 * @param initial       the user's start value
 * @param standardError 1-sigma standard error (NaN when not estimable: fixed, on a bound, singular)
 * @param lower95       lower end of the 95 % confidence interval (log-symmetric for positive magnitudes)
 * @param upper95       upper end of the 95 % confidence interval
 * @param flags         warnings for this parameter
 */
public record FittedParameter(String name, String unit, double value, double initial, double standardError,
        double lower95, double upper95, Set<FitFlag> flags) {

    public FittedParameter {
        flags = Set.copyOf(flags);
    }

    /** Whether the parameter carries {@code flag}. */
    public boolean has(FitFlag flag) {
        return flags.contains(flag);
    }
}
