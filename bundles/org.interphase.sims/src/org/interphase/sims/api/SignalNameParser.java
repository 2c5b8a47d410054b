package org.interphase.sims.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.interphase.model.Polarity;
import org.interphase.model.SignalKind;

/** Parses SurfaceLab signal names (see {@link SignalName} for the notation). */
final class SignalNameParser {

    private static final String RATIO_OPEN = " / ( ";

    private SignalNameParser() {
    }

    /** Parses one label. */
    public static SignalName parse(String label) {
        String s = label.strip();
        if (s.equalsIgnoreCase("total")) {
            return new SignalName(label, SignalKind.TOTAL, Polarity.UNKNOWN, List.of(), List.of(), List.of(), Map.of());
        }
        int ratio = s.indexOf(RATIO_OPEN);
        if (ratio > 0 && s.endsWith(")")) {
            List<String> num = members(s.substring(0, ratio));
            List<String> den = members(s.substring(ratio + RATIO_OPEN.length(), s.length() - 1).strip());
            return new SignalName(label, SignalKind.RATIO, polarity(num), num, den, isotopes(num),
                    composition(num.get(num.size() - 1)));
        }
        List<String> members = members(s);
        SignalKind kind = members.size() > 1 ? SignalKind.SUM : SignalKind.ION;
        return new SignalName(label, kind, polarity(members), members, List.of(), isotopes(members),
                composition(members.get(members.size() - 1)));
    }

    /**
     * Splits a sum into its ions: at {@code ", "} and after a polarity sign that is directly followed by the
     * start of another ion (an upper-case element or an isotope {@code ^}).
     */
    static List<String> members(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split(",\\s*")) {
            int start = 0;
            for (int i = 0; i < part.length() - 1; i++) {
                char c = part.charAt(i);
                char next = part.charAt(i + 1);
                if ((c == '+' || c == '-') && (next == '^' || Character.isUpperCase(next))) {
                    out.add(part.substring(start, i + 1));
                    start = i + 1;
                }
            }
            String last = part.substring(start).strip();
            if (!last.isEmpty()) {
                out.add(last);
            }
        }
        if (out.isEmpty()) {
            out.add(s);
        }
        return out;
    }

    private static Polarity polarity(List<String> ions) {
        String last = ions.get(ions.size() - 1);
        if (last.endsWith("+")) {
            return Polarity.POSITIVE;
        }
        return last.endsWith("-") ? Polarity.NEGATIVE : Polarity.UNKNOWN;
    }

    private static List<String> isotopes(List<String> ions) {
        Set<String> found = new LinkedHashSet<>();
        for (String ion : ions) {
            for (int i = ion.indexOf('^'); i >= 0; i = ion.indexOf('^', i + 1)) {
                int j = i + 1;
                while (j < ion.length() && Character.isDigit(ion.charAt(j))) {
                    j++;
                }
                int k = element(ion, j);
                if (j > i + 1 && k > j) {
                    found.add(ion.substring(i + 1, k));
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** End index of an element symbol starting at {@code i}, or {@code i} when there is none. */
    private static int element(String s, int i) {
        if (i >= s.length() || !Character.isUpperCase(s.charAt(i))) {
            return i;
        }
        return i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1)) ? i + 2 : i + 1;
    }

    /**
     * Element counts of one ion such as {@code ^13CH_5N_2+} (C 1, H 5, N 2); empty when the text does not
     * follow the notation.
     */
    static Map<String, Integer> composition(String ion) {
        return composition(ion, false);
    }

    /**
     * Element counts keyed by element, or with {@code isotopic} by nuclide where one is given ({@code 13C},
     * else {@code C}); empty when the text does not follow the notation.
     */
    public static Map<String, Integer> composition(String ion, boolean isotopic) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        String s = ion.endsWith("+") || ion.endsWith("-") ? ion.substring(0, ion.length() - 1) : ion;
        int i = 0;
        while (i < s.length()) {
            String mass = "";
            if (s.charAt(i) == '^') {
                int m = ++i;
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                mass = s.substring(m, i);
            }
            int end = element(s, i);
            if (end == i) {
                return Map.of();
            }
            String symbol = (isotopic ? mass : "") + s.substring(i, end);
            i = end;
            int n = 1;
            if (i < s.length() && s.charAt(i) == '_') {
                int j = ++i;
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                if (i == j || i - j > 6) {
                    return Map.of(); // no count, or an absurd one (C_99999999999H+): not an ion formula
                }
                n = Integer.parseInt(s.substring(j, i));
            }
            counts.merge(symbol, n, Integer::sum);
        }
        return counts;
    }
}
