package org.interphase.cycling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.interphase.core.api.ImportException;
import org.interphase.core.api.Importer;
import org.interphase.core.api.ImporterChoice;
import org.interphase.core.api.Importers;
import org.interphase.cycling.api.CyclingFiles;
import org.interphase.cycling.api.CyclingImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Detection by content through the core registry (every installed importer competing), and error messages. */
class DetectionAndErrorsTest {

    @TempDir
    Path dir;

    static Stream<Arguments> files() {
        return Stream.of(Arguments.of(Samples.MPR, "cycling.biologic.mpr"),
                Arguments.of(Samples.NEWARE, "cycling.neware.csv"), Arguments.of(Samples.MACCOR, "cycling.maccor.txt"));
    }

    @ParameterizedTest
    @MethodSource("files")
    void theRegistryChoosesTheCyclingImporterEvenUnderAMisleadingName(Path file, String importer) throws Exception {
        assertEquals(importer, chosen(file));
        Path renamed = dir.resolve("spectrum.vms");
        Files.copy(file, renamed);
        assertEquals(importer, chosen(renamed), "detected by content, not by name");
        assertEquals(importer, Importers.read(renamed).measurements().get(0).getImporterId());
    }

    /** The importer the registry picks among all installed importers (EIS, XPS, ... included). */
    private static String chosen(Path file) throws ImportException {
        return ImporterChoice.choose(file, Importer.class, CyclingFiles.builtIns(), "anything", Optional.empty()).id();
    }

    @Test
    void aNewareRowWithAJunkVoltageNamesFileAndLine() throws IOException {
        List<String> lines = head(Samples.NEWARE, 6);
        String[] cells = lines.get(3).split(",", -1);
        cells[7] = "2.9x";
        lines.set(3, String.join(",", cells));
        Path bad = write("neware.csv", lines);
        ImportException e = assertThrows(ImportException.class, () -> CyclingFiles.readData(bad, Optional.empty()));
        assertEquals(4, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("neware.csv") && e.getMessage().contains("voltage '2.9x'"), e.getMessage());
    }

    @Test
    void aShortNewareRowNamesItsLine() throws IOException {
        List<String> lines = head(Samples.NEWARE, 6);
        lines.set(5, "6,1,1,Rest,00:05:00");
        Path bad = write("short.csv", lines);
        ImportException e = assertThrows(ImportException.class, () -> CyclingFiles.readData(bad, Optional.empty()));
        assertEquals(6, e.line(), e.getMessage());
    }

    /** The shared impedance .mpr (PEIS: Re(Z), -Im(Z), cycle number and (Q-Qo) columns) is not claimed. */
    @Test
    void theImpedanceMprIsLeftToTheEisImporter() throws Exception {
        Path eis = org.interphase.testing.SharedData.file("eis", "hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpr");
        assertEquals(0, new org.interphase.cycling.internal.MprCyclingImporter()
                .detect(org.interphase.core.api.FileProbe.of(eis)));
        assertEquals("eis.biologic.mpr", chosen(eis));
    }

    @Test
    void aNewareFileWithOnlyItsHeaderOrANaNIsRefused() throws IOException {
        List<String> lines = head(Samples.NEWARE, 3);
        Path empty = write("empty.csv", lines.subList(0, 1));
        ImportException e = assertThrows(ImportException.class, () -> CyclingFiles.readData(empty, Optional.empty()));
        assertTrue(e.getMessage().contains("no data rows"), e.getMessage());
        String[] cells = lines.get(2).split(",", -1);
        cells[6] = "NaN";
        lines.set(2, String.join(",", cells));
        Path nan = write("nan.csv", lines);
        e = assertThrows(ImportException.class, () -> CyclingFiles.readData(nan, Optional.empty()));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("not a finite number"), e.getMessage());
    }

    @Test
    void aMaccorFileWithoutItsVoltsColumnIsRefused() throws IOException {
        List<String> lines = head(Samples.MACCOR, 10);
        lines.set(3, lines.get(3).replace("\tVolts\t", "\tVolt\t"));
        Path bad = write("maccor.txt", lines);
        ImportException e = assertThrows(ImportException.class,
                () -> CyclingFiles.readData(bad, Optional.of("cycling:cycling.maccor.txt")));
        assertTrue(e.getMessage().contains("maccor.txt") && e.getMessage().contains("Volts"), e.getMessage());
    }

    @Test
    void aTruncatedMprIsRefusedWithTheReason() throws Exception {
        byte[] head = new byte[200_000];
        try (var in = Files.newInputStream(Samples.MPR)) {
            assertEquals(head.length, in.readNBytes(head, 0, head.length));
        }
        Path cut = dir.resolve("cut.mpr");
        Files.write(cut, head);
        assertEquals("cycling.biologic.mpr", chosen(cut), "the column list is in the head, so it is still claimed");
        ImportException e = assertThrows(ImportException.class, () -> CyclingFiles.readData(cut, Optional.empty()));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void everyCyclingImporterIsAService() {
        List<String> ids = new ArrayList<>();
        for (Importer i : Importers.all()) {
            if (i instanceof CyclingImporter) {
                ids.add(i.id());
            }
        }
        assertEquals(List.of("cycling.biologic.mpr", "cycling.biologic.mpt", "cycling.maccor.txt", "cycling.neware.csv"),
                ids.stream().sorted().toList());
    }

    /** The first {@code n} lines (a bounded read: the files are megabytes). */
    private static List<String> head(Path file, int n) throws IOException {
        try (Stream<String> s = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            return new ArrayList<>(s.limit(n).toList());
        }
    }

    private Path write(String name, List<String> lines) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, lines, StandardCharsets.ISO_8859_1);
        return p;
    }
}
