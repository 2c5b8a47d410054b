package org.interphase.cycling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.interphase.core.api.ImportException;
import org.interphase.cycling.api.CycleSummary;
import org.interphase.cycling.api.CyclingAnalysis;
import org.interphase.cycling.api.CyclingData;
import org.interphase.cycling.api.CyclingFiles;
import org.interphase.cycling.api.StepKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The EC-Lab text reader on a file written here (no real cycling .mpt was available, so the reader is
 * unverified against EC-Lab itself): header layout and column names as in the shared impedance .mpt.
 */
class MptTextTest {

    @TempDir
    Path dir;

    private Path write(String rows) throws Exception {
        String text = "EC-Lab ASCII FILE\r\nNb header lines : 5\r\n\r\nGalvanostatic Cycling with Potential Limitation\r\n"
                + "mode\tox/red\terror\ttime/s\tEwe/V\tI/mA\t(Q-Qo)/mA.h\tcycle number\r\n" + rows;
        Path p = dir.resolve("gcpl.mpt");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void readsChargeAndDischargeFromTheCumulativeCounter() throws Exception {
        // 1 mA for 1 h up (1 mAh), then 1 mA down for 0.9 h; cycle number 0 as EC-Lab counts
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i <= 60; i++) {
            rows.append("1\t1\t0\t").append(60.0 * i).append('\t').append(3.5 + 0.01 * i).append("\t1.0\t")
                    .append(i / 60.0).append("\t0\r\n");
        }
        for (int i = 1; i <= 54; i++) {
            rows.append("1\t0\t0\t").append(3600 + 60.0 * i).append('\t').append(4.0 - 0.01 * i).append("\t-1.0\t")
                    .append(1 - i / 60.0).append("\t0\r\n");
        }
        Path file = write(rows.toString());
        CyclingData d = CyclingFiles.readData(file, Optional.of("cycling:cycling.biologic.mpt"));
        assertEquals(115, d.size());
        assertEquals(StepKind.DISCHARGE, d.kind()[70]);
        CycleSummary c = CyclingAnalysis.summarize(d, Optional.empty()).get(0);
        assertEquals(1, c.cycle(), "EC-Lab's cycle 0 is cycle 1 here");
        assertEquals(1.0, c.chargeMAh(), 1e-9);
        assertEquals(0.9, c.dischargeMAh(), 1e-9);
        assertEquals(90, c.coulombicEfficiencyPct(), 1e-6);
    }

    @Test
    void theRegistryTellsItFromAnImpedanceMpt() throws Exception {
        Path file = write("1\t1\t0\t0\t3.5\t1.0\t0\t0\r\n1\t1\t0\t60\t3.6\t1.0\t0.0167\t0\r\n");
        String chosen = org.interphase.core.api.ImporterChoice.choose(file, org.interphase.core.api.Importer.class,
                CyclingFiles.builtIns(), "anything", Optional.empty()).id();
        assertEquals("cycling.biologic.mpt", chosen);
    }

    @Test
    void aJunkNumberNamesItsLine() throws Exception {
        Path file = write("1\t1\t0\t0\t3.5\t1.0\t0\t0\r\n1\t1\t0\t60\t3.6?\t1.0\t0.0167\t0\r\n");
        ImportException e = assertThrows(ImportException.class,
                () -> CyclingFiles.readData(file, Optional.of("cycling:cycling.biologic.mpt")));
        assertEquals(7, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("Ewe/V '3.6?'"), e.getMessage());
    }
}
