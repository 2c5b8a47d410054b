package org.interphase.xps.api;

import java.util.List;
import java.util.Locale;

/** Core-level names of regions: {@code S 2p} from species and transition, or from a label such as {@code S 2p/9}. */
final class CoreLevels {

    private CoreLevels() {
    }

    /** Lower case without spaces: {@code S 2p} and {@code s2p} are the same. */
    static String key(String s) {
        return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** The names a region may go by: species + transition, and its label up to the first '/'. */
    static List<String> candidates(XpsRegionData r) {
        return List.of(r.species() + " " + r.transition(), r.label().split("/")[0]);
    }

    /** Whether the region holds the core level (exact name after removing spaces and case). */
    static boolean matches(XpsRegionData r, String coreLevel) {
        String k = key(coreLevel);
        return candidates(r).stream().anyMatch(c -> key(c).equals(k));
    }
}
