package org.interphase.sims.api;

import java.util.List;
import java.util.Map;

import org.interphase.model.Polarity;
import org.interphase.model.SignalKind;

/**
 * A SurfaceLab signal name taken apart.
 * <p>
 * SurfaceLab notation: {@code _n} is a subscript count ({@code C_6H_5+}), {@code ^13C} an isotope
 * ({@code ^207Pb+}), the trailing {@code +}/{@code -} the polarity. A summed signal lists its members,
 * separated by {@code ", "} except the last, which is glued to the one before
 * ({@code ^206PbI_3-, ^207PbI_3-PbI_3-} = {@code ^206PbI_3-} + {@code ^207PbI_3-} + {@code PbI_3-}).
 * A ratio is {@code A / ( B )} where A and B may themselves be sums. {@code total} is the total ion count.
 *
 * @param label        the name as exported
 * @param kind         ION, TOTAL, RATIO or SUM
 * @param polarity     from the trailing sign of the (numerator's) ions; UNKNOWN for {@code total}
 * @param members      the ions summed in the signal (numerator for a ratio; one ion for ION; empty for TOTAL)
 * @param denominator  the ions of a ratio's denominator (empty unless RATIO)
 * @param isotopes     isotope labels in the members, e.g. {@code 13C}, {@code 207Pb}, in order of appearance
 * @param composition  element counts of the primary ion (the ion itself, or the last member of a sum, which
 *                     SurfaceLab names after the main isotope pattern); empty when the formula is not parseable
 */
public record SignalName(String label, SignalKind kind, Polarity polarity, List<String> members,
        List<String> denominator, List<String> isotopes, Map<String, Integer> composition) {

    public SignalName {
        members = List.copyOf(members);
        denominator = List.copyOf(denominator);
        isotopes = List.copyOf(isotopes);
        composition = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(composition));
    }

    /** Parses a SurfaceLab signal name; never fails (an unknown pattern is an ION with empty composition). */
    public static SignalName parse(String label) {
        return SignalNameParser.parse(label);
    }

    /** Whether any member carries an explicit isotope label. */
    public boolean isotopic() {
        return !isotopes.isEmpty();
    }
}
