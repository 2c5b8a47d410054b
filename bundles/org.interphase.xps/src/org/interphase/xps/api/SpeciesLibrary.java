package org.interphase.xps.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * Species of battery interphases for XPS fitting, shipped as editable, versioned JSON
 * ({@code data/xps-species.json}, from DOMAIN.md section 2.2) with a source for every value. Use
 * {@link SpeciesModels} to turn picked species into fit components.
 *
 * @param version     library version
 * @param description what the library is
 * @param species     all species
 * @param compounds   compounds made of species of several core levels, with their expected atom ratios
 */
public record SpeciesLibrary(String version, String description, List<Species> species, List<Compound> compounds) {

    /** Resource path of the shipped library. */
    public static final String RESOURCE = "/data/xps-species.json";

    public SpeciesLibrary {
        species = List.copyOf(species);
        compounds = List.copyOf(compounds);
    }

    /** A library without compounds. */
    public SpeciesLibrary(String version, String description, List<Species> species) {
        this(version, description, species, List.of());
    }

    /**
     * A compound whose components are species of several core levels, e.g. LiTFSI (F 1s, O 1s, S 2p, C 1s,
     * N 1s, Li 1s), with the number of atoms per formula unit: the atom ratios (areas divided by RSFs) expected
     * from the pure compound.
     *
     * @param name       e.g. {@code LiTFSI}
     * @param formula    e.g. {@code LiC2F6NO4S2}
     * @param components species ids and atoms per formula unit
     * @param source     where the ratios come from
     */
    public record Compound(String name, String formula, List<Component> components, String source) {
        public Compound {
            components = List.copyOf(components);
        }
    }

    /**
     * One component of a {@link Compound}.
     *
     * @param coreLevel core level of the species
     * @param label     species label
     * @param atoms     atoms per formula unit (&gt; 0)
     */
    public record Component(String coreLevel, String label, int atoms) {
    }

    private record DoubletJson(Double splitting, Double ratio, String splittingSource, String ratioSource) {
    }

    private record CoreJson(String name, DoubletJson doublet, com.google.gson.JsonObject fwhm) {
    }

    private record ShapeJson(String value, String source) {
    }

    private record SpeciesJson(String coreLevel, String label, String name, com.google.gson.JsonObject be,
            ShapeJson lineShape, String origin) {
    }

    private record FileFormat(int formatVersion, String version, String description, List<CoreJson> coreLevels,
            List<SpeciesJson> species, List<Compound> compounds) {
    }

    /** The library shipped with the bundle. */
    public static SpeciesLibrary shipped() throws IOException {
        try (InputStream in = SpeciesLibrary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the bundle has no " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        }
    }

    /** A user-edited library in the same format. */
    public static SpeciesLibrary load(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        }
    }

    private static SpeciesLibrary parse(Reader reader, String where) throws IOException {
        FileFormat f;
        try {
            f = new Gson().fromJson(reader, FileFormat.class);
        } catch (JsonParseException e) {
            throw new IOException(where + ": not a species library: " + e.getMessage(), e);
        }
        if (f == null || f.species() == null || f.coreLevels() == null || f.version() == null) {
            throw new IOException(where + ": needs 'version', 'coreLevels' and 'species'");
        }
        List<Species> out = new ArrayList<>();
        for (int i = 0; i < f.species().size(); i++) {
            SpeciesJson s = f.species().get(i);
            String at = where + ": species " + (i + 1);
            if (s == null || s.coreLevel() == null || s.label() == null || s.be() == null || s.lineShape() == null) {
                throw new IOException(at + " needs coreLevel, label, be and lineShape");
            }
            CoreJson c = f.coreLevels().stream().filter(k -> k.name().equals(s.coreLevel())).findFirst()
                    .orElseThrow(() -> new IOException(at + ": core level '" + s.coreLevel() + "' is not defined"));
            double lo = number(s.be(), "min", at);
            double hi = number(s.be(), "max", at);
            double def = number(s.be(), "default", at);
            String beSource = text(s.be(), "source", at);
            if (!(lo <= def && def <= hi)) {
                throw new IOException(at + " (" + s.label() + "): default BE " + def + " outside " + lo + ".." + hi);
            }
            if (c.fwhm() == null) {
                throw new IOException(where + ": core level " + c.name() + " needs fwhm");
            }
            Optional<Species.DoubletRule> d = Optional.empty();
            if (c.doublet() != null) {
                DoubletJson dj = c.doublet();
                if (dj.splitting() == null || dj.ratio() == null || dj.splittingSource() == null
                        || dj.ratioSource() == null) {
                    throw new IOException(where + ": core level " + c.name() + ": doublet needs splitting, ratio and "
                            + "their sources");
                }
                d = Optional.of(new Species.DoubletRule(dj.splitting(), dj.ratio(), dj.splittingSource(),
                        dj.ratioSource()));
            }
            if (s.lineShape().source() == null) {
                throw new IOException(at + ": lineShape needs a source");
            }
            LineShape.parse(s.lineShape().value());
            out.add(new Species(s.coreLevel(), s.label(), s.name() == null ? s.label() : s.name(), lo, hi, def,
                    beSource, number(c.fwhm(), "default", at), number(c.fwhm(), "min", at),
                    number(c.fwhm(), "max", at), text(c.fwhm(), "source", at), s.lineShape().value(),
                    s.lineShape().source(), d, s.origin() == null ? "" : s.origin()));
        }
        List<Compound> compounds = new ArrayList<>();
        for (int i = 0; f.compounds() != null && i < f.compounds().size(); i++) {
            Compound c = f.compounds().get(i);
            String at = where + ": compound " + (i + 1);
            if (c == null || c.name() == null || c.components() == null || c.components().isEmpty()
                    || c.source() == null || c.source().isBlank()) {
                throw new IOException(at + " needs a name, components and a source");
            }
            for (Component k : c.components()) {
                if (k == null || k.atoms() <= 0 || out.stream().noneMatch(s -> s.coreLevel().equals(k.coreLevel())
                        && s.label().equals(k.label()))) {
                    throw new IOException(at + " (" + c.name() + "): component " + k
                            + " is not a species of the library or has no atoms > 0");
                }
            }
            compounds.add(new Compound(c.name(), c.formula() == null ? c.name() : c.formula(), c.components(),
                    c.source()));
        }
        return new SpeciesLibrary(f.version(), f.description(), out, compounds);
    }

    /** A compound by name (case-insensitive). */
    public Optional<Compound> compound(String name) {
        return compounds.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    private static double number(com.google.gson.JsonObject o, String key, String at) throws IOException {
        if (!o.has(key) || !o.get(key).isJsonPrimitive() || !o.get(key).getAsJsonPrimitive().isNumber()) {
            throw new IOException(at + ": '" + key + "' must be a number");
        }
        return o.get(key).getAsDouble();
    }

    private static String text(com.google.gson.JsonObject o, String key, String at) throws IOException {
        if (!o.has(key) || o.get(key).getAsString().isBlank()) {
            throw new IOException(at + ": '" + key + "' (a source) is required");
        }
        return o.get(key).getAsString();
    }

    /** The species of a core level ({@code S 2p}; spacing and case ignored). */
    public List<Species> forCoreLevel(String coreLevel) {
        String k = key(coreLevel);
        return species.stream().filter(s -> key(s.coreLevel()).equals(k)).toList();
    }

    /** A species by core level and label (case-insensitive label). */
    public Optional<Species> find(String coreLevel, String label) {
        return forCoreLevel(coreLevel).stream().filter(s -> s.label().equalsIgnoreCase(label)).findFirst();
    }

    /**
     * The core level a region holds, from its species and transition ({@code S}, {@code 2p}) or else from
     * the start of its label ({@code S 2p/9}, {@code S2p}), when the library knows it.
     */
    public Optional<String> coreLevelOf(XpsRegionData region) {
        List<String> candidates = List.of(region.species() + " " + region.transition(), region.label());
        for (String c : candidates) {
            String k = key(c.split("/")[0]);
            Optional<String> hit = species.stream().map(Species::coreLevel).filter(l -> k.startsWith(key(l)))
                    .findFirst();
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    private static String key(String s) {
        return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
