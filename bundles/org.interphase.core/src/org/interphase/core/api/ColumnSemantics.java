package org.interphase.core.api;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the column names of a text table say about its technique. Every text importer's
 * {@link Importer#detect(FileProbe) detect} asks this one classifier, so that a table is recognised by the
 * quantities its header names and never by its file name: frequency, Z', Z'', |Z| or phase make an
 * impedance spectrum; binding or kinetic energy (or CPS) an XPS spectrum; channel or m/z a mass spectrum;
 * sputter time, dose, fluence or depth a depth profile; voltage with current or capacity a cycling record.
 * A generic importer returns 0 when the header names another technique's quantities.
 */
public final class ColumnSemantics {

    /** The quantity a column name stands for. */
    public enum Quantity {
        FREQUENCY, Z_REAL, Z_IMAG, Z_MODULUS, Z_PHASE, BINDING_ENERGY, KINETIC_ENERGY, COUNTS_PER_SECOND, COUNTS,
        SPUTTER_TIME, DOSE, FLUENCE, DEPTH, INTENSITY, CHANNEL, MASS_TO_CHARGE, TIME, VOLTAGE, CURRENT, CAPACITY,
        LOOP, UNKNOWN
    }

    /** The kind of table a header describes. */
    public enum Kind {
        /** An impedance spectrum (EIS). */
        IMPEDANCE,
        /** An XPS spectrum. */
        XPS,
        /** A mass spectrum (channel / m/z). */
        MASS_SPECTRUM,
        /** A depth profile (sputter time, dose, fluence, depth). */
        DEPTH_PROFILE,
        /** A galvanostatic cycling record (voltage with current or capacity, no impedance). */
        CYCLING,
        /** Nothing recognisable. */
        NONE
    }

    private static final Pattern CELL_SPLIT = Pattern.compile("\t|;|,");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern QUOTES = Pattern.compile("^[#\"']+|[\"]+$");
    private static final Pattern DATA_PREFIX = Pattern.compile("^data\\s*:\\s*");
    private static final Pattern F_UNIT = Pattern.compile("f([/(\\[]|_hz).*");
    private static final Pattern Z_OHM = Pattern.compile("z(/|\\(|\\[)?ohm.*");
    private static final Pattern BE_UNIT = Pattern.compile("be([/(\\[]|_[a-z]).*");
    private static final Pattern KE_UNIT = Pattern.compile("ke([/(\\[]|_[a-z]).*");

    private ColumnSemantics() {
    }

    /** The quantity of one column name (case, blanks, quotes and a {@code Data:}/{@code #} prefix ignored). */
    public static Quantity quantity(String name) {
        String n = DATA_PREFIX.matcher(QUOTES.matcher(name.toLowerCase(Locale.ROOT).strip().replace("\"\"", "\""))
                .replaceAll("")).replaceFirst("").replace(" ", "").replace('\u2019', '\'');
        if (n.isEmpty()) {
            return Quantity.UNKNOWN;
        }
        if (n.startsWith("freq") || n.equals("f") || F_UNIT.matcher(n).matches()) {
            return Quantity.FREQUENCY;
        }
        if (n.contains("z''") || n.contains("z\"") || n.contains("im(z") || n.startsWith("zim") || n.startsWith("-zim")
                || n.contains("zimag") || n.startsWith("-im(") || n.startsWith("imag") || n.startsWith("z_im")) {
            return Quantity.Z_IMAG;
        }
        if (n.contains("z'") || n.contains("re(z") || n.startsWith("zre") || n.startsWith("real") || n.startsWith("z_re")) {
            return Quantity.Z_REAL;
        }
        if (n.contains("|z|") || n.startsWith("zmod") || n.startsWith("mod(z") || n.startsWith("abs(z")
                || Z_OHM.matcher(n).matches()) {
            return Quantity.Z_MODULUS;
        }
        if (n.startsWith("phase") || n.startsWith("zphz") || n.startsWith("phz") || n.startsWith("theta")) {
            return Quantity.Z_PHASE;
        }
        if (n.contains("binding") || n.equals("be") || BE_UNIT.matcher(n).matches() || n.startsWith("b.e")) {
            return Quantity.BINDING_ENERGY;
        }
        if (n.contains("kinetic") || n.equals("ke") || KE_UNIT.matcher(n).matches() || n.startsWith("k.e")) {
            return Quantity.KINETIC_ENERGY;
        }
        if (n.startsWith("cps") || n.contains("c/s") || n.contains("counts/s") || n.contains("countspersecond")) {
            return Quantity.COUNTS_PER_SECOND;
        }
        if (n.startsWith("count")) {
            return Quantity.COUNTS;
        }
        if (n.startsWith("sputter") || n.startsWith("etchtime")) {
            return Quantity.SPUTTER_TIME;
        }
        if (n.startsWith("dose")) {
            return Quantity.DOSE;
        }
        if (n.startsWith("fluence")) {
            return Quantity.FLUENCE;
        }
        if (n.startsWith("depth")) {
            return Quantity.DEPTH;
        }
        if (n.startsWith("intensit")) {
            return Quantity.INTENSITY;
        }
        if (n.startsWith("channel")) {
            return Quantity.CHANNEL;
        }
        if (n.equals("m/z") || n.startsWith("m/z") || n.startsWith("m/q") || n.equals("mass") || n.startsWith("mass(")
                || n.startsWith("mass/")) {
            return Quantity.MASS_TO_CHARGE;
        }
        if (n.startsWith("loop") || n.startsWith("cyclenumber") || n.equals("cycle") || n.startsWith("cycleindex")
                || n.startsWith("cyc#")) {
            return Quantity.LOOP;
        }
        if (n.startsWith("volt") || n.startsWith("ewe") || n.startsWith("<ewe>") || n.startsWith("ecell")
                || n.equals("e/v") || n.equals("u/v") || n.equals("volts")) {
            return Quantity.VOLTAGE;
        }
        if (n.startsWith("current") || n.equals("i/a") || n.equals("i/ma") || n.startsWith("<i>") || n.equals("amps")) {
            return Quantity.CURRENT;
        }
        if (n.contains("cap.") || n.startsWith("capacity") || n.contains("amp-hr") || n.contains("(ah)")
                || n.contains("q-q0") || n.contains("mah")) {
            return Quantity.CAPACITY;
        }
        if (n.startsWith("time") || n.equals("t/s") || n.startsWith("testtime")) {
            return Quantity.TIME;
        }
        return Quantity.UNKNOWN;
    }

    /** The quantities of the cells of one header line (split at tabs, semicolons, commas, or else blanks). */
    public static List<Quantity> quantities(String line) {
        String[] cells = CELL_SPLIT.matcher(line).find() ? CELL_SPLIT.split(line) : BLANKS.split(line.strip());
        List<Quantity> out = new ArrayList<>();
        for (String c : cells) {
            out.add(quantity(c));
        }
        return out;
    }

    /** The kind of table named by a set of column quantities. */
    public static Kind kind(Set<Quantity> q) {
        boolean impedance = q.contains(Quantity.Z_REAL) && q.contains(Quantity.Z_IMAG)
                || q.contains(Quantity.Z_MODULUS) && q.contains(Quantity.Z_PHASE)
                || q.contains(Quantity.FREQUENCY) && (q.contains(Quantity.Z_REAL) || q.contains(Quantity.Z_IMAG)
                        || q.contains(Quantity.Z_MODULUS) || q.contains(Quantity.Z_PHASE));
        if (impedance) {
            return Kind.IMPEDANCE;
        }
        if (q.contains(Quantity.BINDING_ENERGY) || q.contains(Quantity.KINETIC_ENERGY)) {
            return Kind.XPS;
        }
        boolean depth = q.contains(Quantity.SPUTTER_TIME) || q.contains(Quantity.DOSE) || q.contains(Quantity.FLUENCE)
                || q.contains(Quantity.DEPTH);
        if (!depth && (q.contains(Quantity.CHANNEL) || q.contains(Quantity.MASS_TO_CHARGE))) {
            return Kind.MASS_SPECTRUM;
        }
        if (depth) {
            return Kind.DEPTH_PROFILE;
        }
        if (q.contains(Quantity.VOLTAGE) && (q.contains(Quantity.CURRENT) || q.contains(Quantity.CAPACITY))) {
            return Kind.CYCLING;
        }
        if (q.contains(Quantity.COUNTS_PER_SECOND)) {
            return Kind.XPS;
        }
        return Kind.NONE;
    }

    /** The kind of one header line. */
    public static Kind kindOfLine(String line) {
        List<Quantity> q = quantities(line);
        return q.isEmpty() ? Kind.NONE : kind(EnumSet.copyOf(q));
    }

    /**
     * The kind of a table from the start of its text: the strongest kind named by any of its first 80 lines
     * (impedance, then XPS, mass spectrum, depth profile, cycling), or {@link Kind#NONE} when no line names
     * a technique's quantities (e.g. a table without header).
     */
    public static Kind classify(String headText) {
        Set<Kind> found = EnumSet.noneOf(Kind.class);
        headText.lines().limit(80).forEach(l -> found.add(kindOfLine(l)));
        for (Kind k : Kind.values()) {
            if (found.contains(k)) {
                return k;
            }
        }
        return Kind.NONE;
    }

    /** The kind of the table whose first 8 KiB the probe holds. */
    public static Kind classify(FileProbe probe) {
        return probe.isDirectory() ? Kind.NONE : classify(probe.headText());
    }
}
