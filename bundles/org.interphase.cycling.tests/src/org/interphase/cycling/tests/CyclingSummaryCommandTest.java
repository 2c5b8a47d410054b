package org.interphase.cycling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.interphase.core.api.BatchCommand;
import org.interphase.core.api.ImportException;
import org.interphase.cycling.internal.CyclingSummaryCommand;
import org.interphase.model.services.ServiceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cycling-summary}: its output, and the failures the batch engine maps to exit codes (usage error → 2,
 * bad input → 1), as the engine's ExitCodesTest checks for the built-in commands.
 */
class CyclingSummaryCommandTest {

    @TempDir
    Path dir;

    private final BatchCommand command = new CyclingSummaryCommand();

    @Test
    void isRegisteredAsABatchCommand() {
        assertTrue(ServiceRegistry.all(BatchCommand.class).stream().anyMatch(c -> c.name().equals("cycling-summary")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void summarisesTheNewareFile() throws Exception {
        Map<String, Object> out = (Map<String, Object>) command.run(List.of(Samples.NEWARE.toString()));
        assertEquals("Neware BTS CSV", out.get("format"));
        List<Map<String, Object>> cycles = (List<Map<String, Object>>) out.get("cycles");
        assertEquals(4, cycles.size());
        assertEquals(4.24934, (Double) cycles.get(0).get("chargeMAh"), 2e-5);
        assertEquals("discharge", cycles.get(0).get("firstHalf"));
        assertEquals(100.0, (Double) cycles.get(0).get("retentionPct"), 1e-12);
    }

    @Test
    void writesACsvTable() throws Exception {
        Path csv = dir.resolve("summary.csv");
        command.run(List.of(Samples.MACCOR.toString(), "--csv", csv.toString(), "--reference", "1"));
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("cycle,first_half,charge_mAh,discharge_mAh"), lines.get(0));
        assertEquals(6, lines.size(), "header + cycles 0..4: " + lines);
        assertTrue(lines.get(2).startsWith("1,charge,"), lines.get(2));
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThrows(IllegalArgumentException.class, () -> command.run(List.of(Samples.NEWARE.toString(), "--bogus", "1")));
        assertThrows(IllegalArgumentException.class, () -> command.run(List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> command.run(List.of(Samples.NEWARE.toString(), "--reference", "first")));
    }

    @Test
    void aMissingFileIsBadInputNamingIt() {
        Path missing = dir.resolve("nothing.csv");
        ImportException e = assertThrows(ImportException.class, () -> command.run(List.of(missing.toString())));
        assertTrue(e.getMessage().contains("nothing.csv"), e.getMessage());
    }

    @Test
    void aJunkFileIsBadInput() throws Exception {
        Path junk = dir.resolve("junk.csv");
        Files.write(junk, new byte[] {1, 2, 3, 0, 0, 7, 42, 10, 13});
        ImportException e = assertThrows(ImportException.class, () -> command.run(List.of(junk.toString())));
        assertTrue(e.getMessage().contains("junk.csv"), e.getMessage());
    }

    @Test
    void anImpedanceFileIsNamedForWhatItIs() {
        Path eis = org.interphase.testing.SharedData.file("eis", "hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpr");
        ImportException e = assertThrows(ImportException.class, () -> command.run(List.of(eis.toString())));
        assertTrue(e.getMessage().contains("impedance"), e.getMessage());
    }
}
