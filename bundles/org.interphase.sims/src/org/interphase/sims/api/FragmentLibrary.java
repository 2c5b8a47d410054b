package org.interphase.sims.api;

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
import java.util.OptionalDouble;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * Fragments that mark battery-interface species in ToF-SIMS (e.g. PO_3- for phosphate, LiS- for Li2S),
 * shipped as editable JSON ({@code data/fragments.json} in this bundle) with a source for every entry.
 */
public final class FragmentLibrary {

    /** Resource path of the shipped library. */
    public static final String RESOURCE = "/data/fragments.json";

    /**
     * One library entry.
     *
     * @param label    the ion in SurfaceLab notation, e.g. {@code PO_3-}
     * @param species  the interphase or matrix species it indicates
     * @param category e.g. "oxidation product"
     * @param source   where the assignment comes from
     * @param note     optional remark ("" when none)
     */
    public record Fragment(String label, String species, String category, String source, String note) {

        /** Exact m/z computed from the label ({@link IonMass}). */
        public OptionalDouble exactMass() {
            return IonMass.of(label);
        }

        /** The label parsed (polarity, composition). */
        public SignalName name() {
            return SignalName.parse(label);
        }
    }

    private record FileFormat(int formatVersion, String description, List<Fragment> fragments) {
    }

    private final List<Fragment> fragments;

    private FragmentLibrary(List<Fragment> fragments) {
        this.fragments = List.copyOf(fragments);
    }

    /** The library shipped with the bundle. */
    public static FragmentLibrary shipped() throws IOException {
        try (InputStream in = FragmentLibrary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the bundle has no " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        }
    }

    /** A user-edited library file in the same format. */
    public static FragmentLibrary load(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        }
    }

    private static FragmentLibrary parse(Reader reader, String where) throws IOException {
        FileFormat f;
        try {
            f = new Gson().fromJson(reader, FileFormat.class);
        } catch (JsonParseException e) {
            throw new IOException(where + ": not a fragment library: " + e.getMessage(), e);
        }
        if (f == null || f.fragments() == null) {
            throw new IOException(where + ": no 'fragments' list");
        }
        List<Fragment> out = new ArrayList<>();
        for (int i = 0; i < f.fragments().size(); i++) {
            Fragment fr = f.fragments().get(i);
            if (fr == null || fr.label() == null || fr.label().isBlank() || fr.source() == null || fr.source().isBlank()) {
                throw new IOException(where + ": fragment " + (i + 1) + " needs a label and a source");
            }
            out.add(new Fragment(fr.label(), nz(fr.species()), nz(fr.category()), fr.source(), nz(fr.note())));
        }
        return new FragmentLibrary(out);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** All entries in file order. */
    public List<Fragment> fragments() {
        return fragments;
    }

    /** Entries whose label, species or category contains {@code text} (case-insensitive). */
    public List<Fragment> search(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return fragments.stream().filter(f -> (f.label() + "\n" + f.species() + "\n" + f.category())
                .toLowerCase(Locale.ROOT).contains(t)).toList();
    }

    /** The signals of a profile that are library fragments, in profile order. */
    public List<SignalData> matching(ProfileData profile) {
        return profile.signals().stream()
                .filter(s -> fragments.stream().anyMatch(f -> f.label().equals(s.label()))).toList();
    }
}
