package org.interphase.sims.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.interphase.model.SignalKind;
import org.interphase.sims.api.IonMass;
import org.interphase.sims.api.ProfileData;
import org.interphase.sims.api.SignalData;
import org.interphase.sims.api.SignalName;

/** Groups of signals for the picker and the default selection; free of SWT. */
public final class SignalGroups {

    /** Name of the element group of ions made only of C, H, N and O. */
    public static final String ORGANIC = "C, H, N, O (organic)";
    private static final Set<String> CHNO = Set.of("C", "H", "N", "O");

    /**
     * A group of signals.
     *
     * @param name    shown in the tree
     * @param members indices into the profile's signals, in file order
     */
    public record Group(String name, List<Integer> members) {
        public Group {
            members = List.copyOf(members);
        }
    }

    private SignalGroups() {
    }

    /** The signals of {@code profile} grouped by {@code grouping}; every signal is in exactly one group. */
    public static List<Group> group(ProfileData profile, Grouping grouping) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        List<SignalData> signals = profile.signals();
        for (int i = 0; i < signals.size(); i++) {
            groups.computeIfAbsent(key(signals.get(i).name(), grouping), k -> new ArrayList<>()).add(i);
        }
        List<Group> out = new ArrayList<>();
        groups.forEach((k, v) -> out.add(new Group(k + " (" + v.size() + ")", v)));
        if (grouping == Grouping.ELEMENT) {
            out.sort(Comparator.comparing(Group::name, String.CASE_INSENSITIVE_ORDER));
        }
        return out;
    }

    static String key(SignalName name, Grouping grouping) {
        return switch (grouping) {
            case KIND -> switch (name.kind()) {
                case ION -> "ions";
                case SUM -> "summed isotopes";
                case RATIO -> "ratios";
                case TOTAL -> "total";
            };
            case POLARITY -> name.polarity().getName().toLowerCase(Locale.ROOT);
            case ELEMENT -> element(name);
        };
    }

    /**
     * The characteristic element of a signal: the heaviest element other than C, H, N and O; for ions made
     * only of those, the element itself when there is one ({@code C_3+} is carbon) or {@link #ORGANIC}.
     * Ratios and {@code total} form their own groups.
     */
    public static String element(SignalName name) {
        if (name.kind() == SignalKind.TOTAL) {
            return "total";
        }
        if (name.kind() == SignalKind.RATIO) {
            return "ratios";
        }
        Map<String, Integer> c = name.composition();
        if (c.isEmpty()) {
            return "unassigned";
        }
        String best = null;
        double bestMass = -1;
        for (String el : c.keySet()) {
            if (CHNO.contains(el)) {
                continue;
            }
            double m = IonMass.of(el + "+").orElse(0);
            if (m > bestMass) {
                best = el;
                bestMass = m;
            }
        }
        if (best != null) {
            return best;
        }
        return c.size() == 1 ? c.keySet().iterator().next() : ORGANIC;
    }

    /** Indices of the {@code n} ION signals with the largest finite maximum, most intense first. */
    public static List<Integer> mostIntense(ProfileData profile, int n) {
        List<SignalData> s = profile.signals();
        List<Integer> ions = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).name().kind() == SignalKind.ION) {
                ions.add(i);
            }
        }
        ions.sort(Comparator.comparingDouble((Integer i) -> max(s.get(i).intensity())).reversed());
        return List.copyOf(ions.subList(0, Math.min(n, ions.size())));
    }

    static double max(double[] y) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            if (Double.isFinite(v) && v > m) {
                m = v;
            }
        }
        return m;
    }
}
