package org.interphase.xps.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * Relative sensitivity factors per core level, shipped as editable, versioned JSON
 * ({@code data/rsf-scofield-alka.json}: Scofield 1976 cross sections for Al K-alpha, C 1s = 1) with a source
 * for every value; sources starting with {@code [GK]} mark unverified defaults.
 *
 * @param version     table version (bump when editing)
 * @param name        table name
 * @param description what the values are
 * @param photonEnergy photon energy the values are for, eV
 * @param entries     the values
 * @param transmission what the values assume of the area: {@code file} (divide by the analyser transmission
 *                    the file gives at the peak, as CasaXPS does) or {@code none}
 * @param mfpExponent  m of the escape-depth factor KE^m the values assume is divided out (0: none)
 */
public record RsfTable(String version, String name, String description, double photonEnergy, List<Entry> entries,
        String transmission, double mfpExponent) {

    /** Resource path of the shipped table. */
    public static final String RESOURCE = "/data/rsf-scofield-alka.json";

    /** The shipped sets by name ({@code xps-quant --rsf NAME}). */
    public static final Map<String, String> SETS = Map.of("scofield", RESOURCE, "kratos",
            "/data/rsf-kratos-f1s-alka.json");

    /** A table that assumes the file's transmission and no escape-depth factor. */
    public RsfTable(String version, String name, String description, double photonEnergy, List<Entry> entries) {
        this(version, name, description, photonEnergy, entries, "file", 0);
    }

    /**
     * One value.
     *
     * @param coreLevel e.g. {@code S 2p} (both lines) or {@code S 2p3/2}
     * @param rsf       relative sensitivity factor
     * @param source    where it comes from
     */
    public record Entry(String coreLevel, double rsf, String source) {
        /** Whether the source marks the value as an unverified default. */
        public boolean unverified() {
            return source.startsWith("[GK]");
        }
    }

    private record FileFormat(int formatVersion, String version, String name, String description, double photonEnergy,
            List<Entry> entries, String transmission, Double mfpExponent) {
    }

    public RsfTable {
        entries = List.copyOf(entries);
        if (!"file".equals(transmission) && !"none".equals(transmission)) {
            throw new IllegalArgumentException("transmission must be 'file' or 'none', not '" + transmission + "'");
        }
        if (!Double.isFinite(mfpExponent)) {
            throw new IllegalArgumentException("mfpExponent must be a number");
        }
    }

    /** The default table shipped with the bundle (Scofield). */
    public static RsfTable shipped() throws IOException {
        return shipped("scofield");
    }

    /**
     * A table shipped with the bundle by name: {@code scofield} (Scofield 1976 cross sections, C 1s = 1) or
     * {@code kratos} (Kratos Axis library values, F 1s = 1).
     */
    public static RsfTable shipped(String set) throws IOException {
        String resource = SETS.get(set.toLowerCase(Locale.ROOT));
        if (resource == null) {
            throw new IllegalArgumentException("no RSF set '" + set + "'; shipped: " + new java.util.TreeSet<>(SETS.keySet()));
        }
        try (InputStream in = RsfTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the bundle has no " + resource);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        }
    }

    /** A user-edited table in the same format. */
    public static RsfTable load(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        }
    }

    private static RsfTable parse(Reader reader, String where) throws IOException {
        FileFormat f;
        try {
            f = new Gson().fromJson(reader, FileFormat.class);
        } catch (JsonParseException e) {
            throw new IOException(where + ": not an RSF table: " + e.getMessage(), e);
        }
        if (f == null || f.entries() == null || f.version() == null) {
            throw new IOException(where + ": needs 'version' and 'entries'");
        }
        for (int i = 0; i < f.entries().size(); i++) {
            Entry e = f.entries().get(i);
            if (e == null || e.coreLevel() == null || !(e.rsf() > 0) || e.source() == null || e.source().isBlank()) {
                throw new IOException(where + ": entry " + (i + 1) + " needs a core level, an RSF > 0 and a source");
            }
        }
        String t = f.transmission() == null ? "file" : f.transmission();
        if (!"file".equals(t) && !"none".equals(t)) {
            throw new IOException(where + ": 'transmission' must be \"file\" or \"none\", not '" + t + "'");
        }
        return new RsfTable(f.version(), f.name(), f.description(), f.photonEnergy(), f.entries(), t,
                f.mfpExponent() == null ? 0 : f.mfpExponent());
    }

    /** Writes the table as JSON (the shipped format). */
    public void save(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new GsonBuilder().setPrettyPrinting().create()
                    .toJson(new FileFormat(1, version, name, description, photonEnergy, entries, transmission,
                            mfpExponent), w);
        }
    }

    /** The entry for a core level (case and spacing insensitive: {@code s2p}, {@code S 2p}). */
    public Optional<Entry> entry(String coreLevel) {
        String k = key(coreLevel);
        return entries.stream().filter(e -> key(e.coreLevel()).equals(k)).findFirst();
    }

    /** The RSF for a core level. */
    public Optional<Double> rsf(String coreLevel) {
        return entry(coreLevel).map(Entry::rsf);
    }

    /** A copy with one value set (added or replaced) and a new version. */
    public RsfTable with(String coreLevel, double rsf, String source, String newVersion) {
        List<Entry> l = new ArrayList<>(entries);
        Entry e = new Entry(coreLevel, rsf, source);
        int i = l.indexOf(entry(coreLevel).orElse(null));
        if (i >= 0) {
            l.set(i, e);
        } else {
            l.add(e);
        }
        return new RsfTable(newVersion, name, description, photonEnergy, l, transmission, mfpExponent);
    }

    private static String key(String s) {
        return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
