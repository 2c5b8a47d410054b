package org.interphase.core.api;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.interphase.model.Interphase;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultFlag;
import org.interphase.model.util.QuantityKeys;

/**
 * One value of a result before it enters the model: what {@link Results#parameter} turns into a
 * {@code ResultParameter}. Build with {@link #of} and the {@code with...} methods.
 *
 * @param name          display name, e.g. "R1" or "Li3P fraction of P 2p"
 * @param value         best estimate
 * @param standardError 1σ (NaN when unknown)
 * @param lower95       lower end of the 95 % interval (NaN: from σ when finite)
 * @param upper95       upper end of the 95 % interval (NaN: from σ when finite)
 * @param unit          unit text, e.g. "Ohm", "%", "eV"
 * @param kind          what the value quantifies
 * @param quantityKey   stable identity ({@link QuantityKeys}); empty: derived from kind and name
 * @param flags         warnings
 * @param fixed         held fixed by the user
 * @param interphase    the interphase species the value characterises, if any
 */
public record ResultValue(String name, double value, double standardError, double lower95, double upper95, String unit,
        QuantityKind kind, Optional<String> quantityKey, Set<ResultFlag> flags, boolean fixed,
        Optional<Interphase> interphase) {

    /** z of the two-sided 95 % normal interval. */
    public static final double Z95 = 1.959963984540054;

    public ResultValue {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /** A value with σ and no interval, flags, key or link. */
    public static ResultValue of(String name, double value, double standardError, String unit, QuantityKind kind) {
        return new ResultValue(name, value, standardError, Double.NaN, Double.NaN, unit, kind, Optional.empty(), Set.of(),
                false, Optional.empty());
    }

    /** With a 95 % interval. */
    public ResultValue withInterval(double lower, double upper) {
        return new ResultValue(name, value, standardError, lower, upper, unit, kind, quantityKey, flags, fixed, interphase);
    }

    /** With the quantity key {@code QuantityKeys.of(kind, subject, region)}. */
    public ResultValue withKey(String subject, String region) {
        return new ResultValue(name, value, standardError, lower95, upper95, unit, kind,
                Optional.of(QuantityKeys.of(kind, subject, region)), flags, fixed, interphase);
    }

    /** With these flags (replacing any). */
    public ResultValue withFlags(Set<ResultFlag> f) {
        return new ResultValue(name, value, standardError, lower95, upper95, unit, kind, quantityKey, f, fixed, interphase);
    }

    /** Held fixed or not. */
    public ResultValue withFixed(boolean f) {
        return new ResultValue(name, value, standardError, lower95, upper95, unit, kind, quantityKey, flags, f, interphase);
    }

    /** Linked to an interphase species. */
    public ResultValue withInterphase(Optional<Interphase> i) {
        return new ResultValue(name, value, standardError, lower95, upper95, unit, kind, quantityKey, flags, fixed, i);
    }
}
