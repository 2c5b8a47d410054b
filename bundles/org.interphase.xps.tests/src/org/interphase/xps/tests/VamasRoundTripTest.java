package org.interphase.xps.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.interphase.core.api.ImportException;
import org.interphase.xps.api.VamasBlock;
import org.interphase.xps.api.VamasFile;
import org.interphase.xps.api.VamasItem;
import org.interphase.xps.api.VamasWriter;
import org.interphase.xps.api.XpsFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** read - write - read gives identical data; file quirks (blank lines, NUL padding, LF/CR) are accepted. */
class VamasRoundTripTest {

    @TempDir
    Path dir;

    static void assertSame(VamasFile a, VamasFile b) {
        assertEquals(a.institution(), b.institution());
        assertEquals(a.instrumentModel(), b.instrumentModel());
        assertEquals(a.comments(), b.comments());
        assertEquals(a.experimentMode(), b.experimentMode());
        assertEquals(a.scanMode(), b.scanMode());
        assertEquals(a.modeParameters(), b.modeParameters());
        assertEquals(a.experimentalVariables(), b.experimentalVariables());
        assertEquals(a.blocks().size(), b.blocks().size());
        for (int i = 0; i < a.blocks().size(); i++) {
            VamasBlock x = a.blocks().get(i);
            VamasBlock y = b.blocks().get(i);
            assertEquals(x.blockId(), y.blockId());
            assertEquals(x.sampleId(), y.sampleId());
            assertEquals(x.items(), y.items(), "block " + i);
            assertEquals(x.columns().size(), y.columns().size());
            for (int c = 0; c < x.columns().size(); c++) {
                assertArrayEquals(x.columns().get(c), y.columns().get(c), 0, "block " + i + " column " + c);
            }
            assertArrayEquals(x.abscissa(), y.abscissa(), 0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "mjr9_59c.vms", "regular.vms", "irregular.vms", "FeO_analyzed.vms", "Pt4f.vms" })
    void roundTrip(String name) throws ImportException, IOException {
        VamasFile original = XpsFiles.readVamas(SharedData.xps("vamas/" + name));
        Path out = dir.resolve(name);
        VamasWriter.write(original, out);
        VamasFile again = XpsFiles.readVamas(out);
        assertSame(original, again);
        // writing again is byte-stable
        Path out2 = dir.resolve("2-" + name);
        VamasWriter.write(again, out2);
        assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(out2));
    }

    @Test
    void originalBytesAreReproducedForCasaFiles() throws ImportException, IOException {
        // CasaXPS writes numbers in the shortest form too, so the whole file comes back byte for byte
        Path src = SharedData.xps("vamas/Pt4f.vms");
        Path out = dir.resolve("pt.vms");
        VamasWriter.write(XpsFiles.readVamas(src), out, "\n");
        assertEquals(Files.readString(src, StandardCharsets.ISO_8859_1), Files.readString(out, StandardCharsets.ISO_8859_1));
    }

    @Test
    void exclusionListDropsRepeatedItemsAndCopiesThemFromTheFirstBlock() throws ImportException, IOException {
        VamasFile f = XpsFiles.readVamas(SharedData.xps("vamas/mjr9_59c.vms"));
        List<Integer> same = new ArrayList<>();
        for (VamasItem item : VamasItem.values()) {
            List<String> first = f.blocks().get(0).lines(item);
            if (!first.isEmpty() && f.blocks().stream().allMatch(b -> b.lines(item).equals(first))) {
                same.add(item.number());
            }
        }
        assertTrue(same.contains(VamasItem.TECHNIQUE.number()) && same.contains(VamasItem.SOURCE_ENERGY.number()));
        VamasFile excluded = new VamasFile(f.institution(), f.instrumentModel(), f.operator(), f.experimentId(),
                f.comments(), f.experimentMode(), f.scanMode(), f.modeParameters(), f.experimentalVariables(),
                -same.size(), same, f.manualItems(), f.futureExperimentEntries(), f.futureBlockEntryCount(),
                f.blocks());
        Path out = dir.resolve("excluded.vms");
        VamasWriter.write(excluded, out);
        Path full = dir.resolve("full.vms");
        VamasWriter.write(f, full);
        assertTrue(Files.size(out) < Files.size(full));
        VamasFile again = XpsFiles.readVamas(out);
        assertEquals(-same.size(), again.inclusionCount());
        assertSame(f, again);
        // the same with a positive inclusion list naming every item that differs
        List<Integer> differing = new ArrayList<>();
        for (VamasItem item : VamasItem.values()) {
            if (!same.contains(item.number())) {
                differing.add(item.number());
            }
        }
        VamasFile included = new VamasFile(f.institution(), f.instrumentModel(), f.operator(), f.experimentId(),
                f.comments(), f.experimentMode(), f.scanMode(), f.modeParameters(), f.experimentalVariables(),
                differing.size(), differing, f.manualItems(), f.futureExperimentEntries(), f.futureBlockEntryCount(),
                f.blocks());
        Path out2 = dir.resolve("included.vms");
        VamasWriter.write(included, out2);
        assertTrue(Files.size(out2) < Files.size(full));
        assertSame(f, XpsFiles.readVamas(out2));
    }

    @Test
    void blankLinesNulPaddingAndLineEnds() throws ImportException, IOException {
        VamasFile reference = XpsFiles.readVamas(SharedData.xps("vamas/regular.vms"));
        List<String> lines = Files.readAllLines(SharedData.xps("vamas/regular.vms"), StandardCharsets.ISO_8859_1);
        List<String> quirky = new ArrayList<>(List.of("", "   "));
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            // NUL-terminated, NUL-padded labels as some instruments write them
            quirky.add(i == 22 || i == 1 ? l + "\0\0\0garbage" : l);
        }
        for (String end : List.of("\n", "\r", "\r\n")) {
            Path p = dir.resolve("quirky" + end.length() + end.hashCode() + ".vms");
            Files.writeString(p, String.join(end, quirky) + end, StandardCharsets.ISO_8859_1);
            VamasFile f = XpsFiles.readVamas(p);
            assertEquals("Survey", f.blocks().get(0).blockId());
            assertEquals("Not Specified", f.institution());
            assertSame(reference, f);
        }
    }
}
