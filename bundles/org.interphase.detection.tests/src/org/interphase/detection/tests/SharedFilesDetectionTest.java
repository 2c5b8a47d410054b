package org.interphase.detection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.Imported;
import org.interphase.core.api.Importer;
import org.interphase.core.api.ImporterChoice;
import org.interphase.core.api.Importers;
import org.interphase.model.Measurement;
import org.interphase.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Walks every file of {@code ../shared/data} with all importer services registered and checks which importer
 * the registry picks, against the data README (what each file is). Files that are not measurements of the
 * four techniques (cycler exports, a CasaXPS quantification report) must not be claimed confidently by any
 * importer. Skipped, and listed in {@link #SKIPPED}: documentation (README/markdown, licences, pictures).
 */
class SharedFilesDetectionTest {

    /** Documentation, not data. */
    static final List<String> SKIPPED = List.of(".md", "license", "licence", "copying", ".png", ".jpg", ".svg", ".pdf");

    /** Relative path (or its folder prefix) to the importer id the README implies; "-" = no importer. */
    static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("eis/autoeis_battery_data.npy", "eis.numpy.npy"),
            Map.entry("eis/hybriddrt_EISGALV_EISTest3.DTA", "eis.gamry.dta"),
            Map.entry("eis/hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpr", "eis.biologic.mpr"),
            Map.entry("eis/hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpt.txt", "eis.biologic.mpt"),
            Map.entry("eis/impedancepy_exampleData.csv", "eis.delimited"),
            Map.entry("eis/pydrttools_LIB_data.txt", "eis.delimited"),
            Map.entry("sims/iontof_depth_profiles/", "sims.iontof.surfacelab.profile"),
            Map.entry("sims/iontof_mass_spectra/P_Ru_Bi1_1.txt", "sims.iontof.surfacelab.spectrum"),
            Map.entry("tomo/ucl_cylindrical_cell/", "tomo.tiff"),
            Map.entry("xps/casa_csv/20240220_Au_MPPipTFSI4AMSIol3_F_1s.csv", "xps.casa.export"),
            Map.entry("xps/casa_oracle/FeO_analyzed_lineshapes_cols.txt", "xps.casa.export"),
            Map.entry("xps/casa_oracle/FeO_analyzed_results.csv", "-"),
            Map.entry("xps/specs/", "xps.specs.xy"),
            Map.entry("xps/vamas/", "xps.vamas"),
            Map.entry("cycling/", "-")));

    static String expected(String rel) {
        return EXPECTED.entrySet().stream().filter(e -> rel.equals(e.getKey()) || e.getKey().endsWith("/")
                && rel.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError(rel + " is not in the expected table: add what the README says it is"));
    }

    static String technique(String id) {
        return switch (id.substring(0, id.indexOf('.'))) {
            case "eis" -> "EIS";
            case "xps" -> "XPS";
            case "sims" -> "TOF_SIMS";
            case "tomo" -> "TOMOGRAPHY";
            default -> throw new IllegalArgumentException(id);
        };
    }

    /** The importer the registry picks confidently, or empty. */
    static Optional<Importer> confident(Path file) throws IOException {
        Optional<Importer> best = Importers.best(file, Importers.all());
        if (best.isEmpty() || best.get().detect(FileProbe.of(file)) < ImporterChoice.CONFIDENT) {
            return Optional.empty();
        }
        return best;
    }

    static List<Path> dataFiles(List<String> skipped) throws IOException {
        Path root = SharedData.root();
        assertTrue(Files.isDirectory(root), "shared data folder missing: " + root);
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (SKIPPED.stream().anyMatch(s -> s.startsWith(".") ? name.endsWith(s) : name.startsWith(s))) {
                    skipped.add(root.relativize(p).toString());
                } else {
                    out.add(p);
                }
            }
        }
        return out;
    }

    @Test
    void everySharedFileIsRecognisedAsWhatTheReadmeSaysItIs() throws Exception {
        List<String> skipped = new ArrayList<>();
        List<Path> files = dataFiles(skipped);
        assertEquals(List.of("README.md"), skipped, "only the README is skipped as documentation");
        assertTrue(files.size() >= 42, "the README lists 42 data files: " + files.size());
        List<String> wrong = new ArrayList<>();
        for (Path f : files) {
            String rel = SharedData.root().relativize(f).toString().replace('\\', '/');
            String want = expected(rel);
            Optional<Importer> got = confident(f);
            String gotId = got.map(Importer::id).orElse("-");
            if (!want.equals(gotId)) {
                wrong.add(rel + ": expected " + want + ", got " + gotId + " " + scores(f));
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void everyRecognisedSharedFileIsReadIntoItsTechnique() throws Exception {
        for (Path f : dataFiles(new ArrayList<>())) {
            String rel = SharedData.root().relativize(f).toString().replace('\\', '/');
            String want = expected(rel);
            if (want.equals("-")) {
                continue;
            }
            Imported imported = Importers.read(f);
            for (Measurement m : imported.measurements()) {
                assertEquals(want, m.getImporterId(), rel);
                assertEquals(technique(want), org.interphase.model.util.Measurements.technique(m), rel);
            }
            assertFalse(imported.format().isBlank(), rel);
            if (!want.equals("sims.iontof.surfacelab.spectrum")) {
                assertFalse(imported.measurements().isEmpty(), rel + " gives a measurement");
            }
        }
    }

    @Test
    void theTiffSliceFolderIsOneVolume() throws Exception {
        Path folder = SharedData.file("tomo", "ucl_cylindrical_cell", "cell_vol");
        assertEquals("tomo.tiff", confident(folder).map(Importer::id).orElse("-"));
    }

    static String scores(Path f) {
        try {
            FileProbe probe = FileProbe.of(f);
            StringBuilder s = new StringBuilder("[");
            for (Importer i : Importers.all()) {
                double d = i.detect(probe);
                if (d > 0) {
                    s.append(i.id()).append('=').append(d).append(' ');
                }
            }
            return s.append(']').toString();
        } catch (IOException e) {
            fail(e);
            return "";
        }
    }
}
