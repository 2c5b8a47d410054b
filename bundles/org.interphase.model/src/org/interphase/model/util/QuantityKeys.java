package org.interphase.model.util;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.interphase.model.AnalysisResult;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultParameter;

/**
 * The one naming scheme of result quantities: a stable key {@code KIND/subject[/region]}, where subject is the
 * species (spaces removed), element or parameter name and region the core level or signal it was measured
 * in, e.g. {@code SPECIES_FRACTION/Li3P/P 2p} or {@code INTERFACIAL_RESISTANCE/R1}. Values with equal keys are
 * one quantity: the Interface Timeline draws them as one series, whichever path (editor, batch, demo) made them.
 */
public final class QuantityKeys {

    private static final Pattern FRACTION = Pattern.compile("(.+?) fraction(?: of (.+?))?(?: \\(%\\))?");
    private static final Pattern REGION = Pattern.compile("\"(?:region|coreLevel)\"\\s*:\\s*\"([^\"]+)\"");

    private QuantityKeys() {
    }

    /** The key of a quantity; {@code region} may be null or blank. */
    public static String of(QuantityKind kind, String subject, String region) {
        String s = subject == null ? "" : subject.trim().replaceAll("\\s+", " ");
        if (kind == QuantityKind.SPECIES_FRACTION) {
            s = s.replace(" ", ""); // a formula: "Li3 P" and "Li3P" are one species
        }
        String k = kind.getName() + "/" + s;
        return region == null || region.isBlank() ? k : k + "/" + region.trim();
    }

    /** The stored key of {@code p}, or the key derived from its kind, interphase, name and result settings. */
    public static String keyOf(ResultParameter p) {
        String stored = p.getQuantityKey();
        return stored != null && !stored.isBlank() ? stored : derive(p);
    }

    /**
     * The key of a parameter saved without one (older studies): species fractions become
     * {@code SPECIES_FRACTION/species/region} from the linked interphase or the name ("Li3P fraction",
     * "Li3P fraction of P 2p") and the region in the name or the result's settings; others {@code KIND/name}.
     */
    public static String derive(ResultParameter p) {
        String name = p.getName() == null ? "" : p.getName().trim();
        if (p.getQuantity() == QuantityKind.SPECIES_FRACTION) {
            Matcher m = FRACTION.matcher(name);
            String species = p.getInterphase() != null && p.getInterphase().getSpecies() != null
                    ? p.getInterphase().getSpecies() : m.matches() ? m.group(1) : name;
            String region = m.matches() && m.group(2) != null ? m.group(2) : regionOf(p).orElse(null);
            return of(QuantityKind.SPECIES_FRACTION, species, region);
        }
        return of(p.getQuantity(), name, null);
    }

    /** A readable label of a key: "Li3P fraction of P 2p", "R1". */
    public static String label(String key) {
        String[] parts = key.split("/", 3);
        if (parts[0].equals(QuantityKind.SPECIES_FRACTION.getName()) && parts.length > 1) {
            return parts[1] + " fraction" + (parts.length > 2 ? " of " + parts[2] : "");
        }
        int slash = key.indexOf('/');
        return slash < 0 ? key : key.substring(slash + 1);
    }

    private static Optional<String> regionOf(ResultParameter p) {
        if (p.eContainer() instanceof AnalysisResult a && a.getSettings() != null) {
            Matcher m = REGION.matcher(a.getSettings());
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
