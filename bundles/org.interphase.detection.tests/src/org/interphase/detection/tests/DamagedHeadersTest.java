package org.interphase.detection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.core.api.Importer;
import org.interphase.core.api.ImporterChoice;
import org.interphase.core.api.Importers;
import org.interphase.model.Measurement;
import org.interphase.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 5: a text file of ../shared/data whose header is damaged (a UTF-8 BOM, four leading NUL bytes,
 * one flipped byte in its first line, CR-only line ends) is read as its own technique or refused naming the
 * file, never read as another technique. The mutated copies keep the original file name and live in a
 * temporary folder.
 */
class DamagedHeadersTest {

    @TempDir
    Path tmp;

    static final Map<String, UnaryOperator<byte[]>> MUTATIONS = Map.of(
            "bom", b -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b),
            "nul", b -> concat(new byte[4], b),
            "flip", DamagedHeadersTest::flipFirstLineByte,
            "cr", DamagedHeadersTest::crOnly);

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Flips one bit of the fourth byte (a letter of the magic or of the first header cell). */
    static byte[] flipFirstLineByte(byte[] b) {
        byte[] out = b.clone();
        int i = Math.min(3, out.length - 1);
        if (out[i] != '\n' && out[i] != '\r') {
            out[i] ^= 0x01;
        }
        return out;
    }

    static byte[] crOnly(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\r' && i + 1 < b.length && b[i + 1] == '\n') {
                continue;
            }
            out.write(b[i] == '\n' ? '\r' : b[i]);
        }
        return out.toByteArray();
    }

    /**
     * Formats without a magic first line: a stray or flipped byte there is part of a column name or comment, and
     * the file may still be read by its own importer.
     */
    static final List<String> GENERIC = List.of("eis.delimited", "xps.casa.export", "sims.iontof.surfacelab.profile",
            "sims.iontof.surfacelab.spectrum");

    static boolean isText(byte[] b) {
        for (int i = 0; i < Math.min(b.length, 8192); i++) {
            if (b[i] == 0) {
                return false;
            }
        }
        return true;
    }

    @Test
    void damagedTextFilesAreTheirOwnTechniqueOrRefusedNamingTheFile() throws Exception {
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (Path f : SharedFilesDetectionTest.dataFiles(new ArrayList<>())) {
            String rel = SharedData.root().relativize(f).toString().replace('\\', '/');
            String want = SharedFilesDetectionTest.expected(rel);
            byte[] bytes = Files.readAllBytes(f);
            if (want.equals("-") || !isText(bytes)) {
                continue;
            }
            String technique = SharedFilesDetectionTest.technique(want);
            for (Map.Entry<String, UnaryOperator<byte[]>> m : MUTATIONS.entrySet()) {
                Path dir = Files.createDirectories(tmp.resolve(m.getKey()).resolve(rel).getParent());
                Path copy = Files.write(dir.resolve(f.getFileName()), m.getValue().apply(bytes));
                tried++;
                String what = m.getKey() + " " + rel + ": ";
                Optional<Importer> got = SharedFilesDetectionTest.confident(copy);
                if (got.isPresent() && !got.get().id().equals(want)) {
                    // not even a looser reader of the same technique: the format's own importer claims it
                    wrong.add(what + "detected as " + got.get().id() + " " + SharedFilesDetectionTest.scores(copy));
                    continue;
                }
                try {
                    Imported imported = Importers.read(copy);
                    if ((m.getKey().equals("nul") || m.getKey().equals("flip")) && !GENERIC.contains(want)) {
                        wrong.add(what + "a damaged magic is read, not refused");
                    }
                    for (Measurement meas : imported.measurements()) {
                        String t = org.interphase.model.util.Measurements.technique(meas);
                        if (!t.equals(technique)) {
                            wrong.add(what + "read as " + t + " by " + meas.getImporterId());
                        }
                    }
                } catch (ImportException e) {
                    if (m.getKey().equals("bom")) {
                        wrong.add(what + "a UTF-8 BOM is not stripped: " + e.getMessage());
                    }
                    if (!e.getMessage().contains(copy.getFileName().toString())) {
                        wrong.add(what + "refusal does not name the file: " + e.getMessage());
                    }
                } catch (RuntimeException e) {
                    wrong.add(what + "unexpected " + e);
                }
            }
        }
        assertTrue(tried >= 60, "mutated copies: " + tried);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void aDamagedEcLabMagicIsRefusedByTheEcLabImporterNamingFileAndLine() throws Exception {
        byte[] mpt = Files.readAllBytes(SharedData.file("eis", "hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpt.txt"));
        for (Map.Entry<String, UnaryOperator<byte[]>> m : Map.of("nul", MUTATIONS.get("nul"), "flip",
                MUTATIONS.get("flip")).entrySet()) {
            Path copy = Files.write(tmp.resolve(m.getKey() + ".mpt"), m.getValue().apply(mpt));
            assertEquals("eis.biologic.mpt", SharedFilesDetectionTest.confident(copy).map(Importer::id).orElse("-"));
            ImportException e = assertThrows(ImportException.class, () -> Importers.read(copy));
            assertTrue(e.getMessage().startsWith(m.getKey() + ".mpt, line 1: damaged EC-Lab header at line 1"),
                    e.getMessage());
        }
        // a first line replaced altogether: the EC-Lab structure (Nb header lines on line 2) still claims it
        String text = new String(mpt, java.nio.charset.StandardCharsets.ISO_8859_1);
        Path replaced = Files.writeString(tmp.resolve("replaced.mpt"), "Exported by hand" + text.substring(text.indexOf('\n')),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals("eis.biologic.mpt", SharedFilesDetectionTest.confident(replaced).map(Importer::id).orElse("-"));
        assertEquals("replaced.mpt, line 1: damaged EC-Lab header at line 1: expected 'EC-Lab ASCII FILE', found"
                + " 'Exported by hand'", assertThrows(ImportException.class, () -> Importers.read(replaced)).getMessage());
        Path flipped = tmp.resolve("flip.mpt");
        assertTrue(assertThrows(ImportException.class, () -> Importers.read(flipped)).getMessage()
                .contains("'EC-Mab ASCII FILE' instead of 'EC-Lab ASCII FILE'"));
    }

    @Test
    void aSpecsXyWithABomIsAnXpsSpectrumNotAnImpedanceSpectrum() throws Exception {
        Path copy = Files.write(tmp.resolve("bom.xy"), MUTATIONS.get("bom").apply(
                Files.readAllBytes(SharedData.file("xps", "specs", "mm-specs.xy"))));
        assertEquals("xps.specs.xy", SharedFilesDetectionTest.confident(copy).map(Importer::id).orElse("-"));
        ImportException e = assertThrows(ImportException.class, () -> ImporterChoice.choose(copy,
                org.interphase.eis.api.ImpedanceImporter.class, List.of(), "an impedance spectrum", Optional.empty()));
        assertTrue(e.getMessage().contains("this file is an XPS spectrum"), e.getMessage());
    }

    @Test
    void utf16TextIsRefusedWithAClearReason() throws Exception {
        String text = Files.readString(SharedData.file("eis", "impedancepy_exampleData.csv"),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        Path copy = Files.write(tmp.resolve("utf16.csv"), text.getBytes(java.nio.charset.StandardCharsets.UTF_16));
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(copy));
        assertEquals("utf16.csv, line 1: " + org.interphase.core.api.FileProbe.UTF16_REFUSAL, e.getMessage());
        ImportException c = assertThrows(ImportException.class, () -> ImporterChoice.choose(copy,
                org.interphase.eis.api.ImpedanceImporter.class, List.of(), "an impedance spectrum", Optional.empty()));
        assertTrue(c.getMessage().contains("UTF-16 text: save as UTF-8"), c.getMessage());
    }
}
