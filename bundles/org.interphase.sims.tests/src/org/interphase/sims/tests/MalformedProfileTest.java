package org.interphase.sims.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.interphase.core.api.ImportException;
import org.interphase.sims.api.DepthProfiles;
import org.interphase.sims.api.ProfileData;
import org.interphase.sims.internal.DelimitedProfileImporter;
import org.interphase.sims.internal.SurfaceLabProfileImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken variants of a real export give an ImportException naming file and line. */
class MalformedProfileTest {

    @TempDir
    Path dir;

    private List<String> lines() throws Exception {
        String text = Files.readString(SharedData.profile(SharedData.CONTROL), StandardCharsets.ISO_8859_1);
        return new ArrayList<>(List.of(text.split("\r\n")));
    }

    private Path write(List<String> lines) throws Exception {
        Path f = dir.resolve("broken.txt");
        Files.writeString(f, String.join("\r\n", lines) + "\r\n", StandardCharsets.ISO_8859_1);
        return f;
    }

    private ImportException fail(List<String> lines) throws Exception {
        Path f = write(lines);
        return assertThrows(ImportException.class, () -> new SurfaceLabProfileImporter().read(f));
    }

    @Test
    void truncatedRow() throws Exception {
        List<String> l = lines();
        l.set(20, l.get(20).substring(0, l.get(20).length() / 2));
        ImportException e = fail(l);
        assertEquals(21, e.line());
        assertTrue(e.getMessage().startsWith("broken.txt, line 21: expected 136 cells"), e.getMessage());
    }

    @Test
    void fileCutAfterHeader() throws Exception {
        ImportException e = fail(lines().subList(0, 4));
        assertEquals("broken.txt, line 5: no data rows", e.getMessage());
        ImportException e2 = fail(lines().subList(0, 2));
        assertTrue(e2.getMessage().startsWith("broken.txt, line 3: truncated"), e2.getMessage());
    }

    @Test
    void garbageCell() throws Exception {
        List<String> l = lines();
        l.set(9, l.get(9).replaceFirst("\t([0-9.e+]+)\t", "\tx12\t"));
        ImportException e = fail(l);
        assertEquals(10, e.line());
        assertTrue(e.reason().contains("'x12'"), e.getMessage());
    }

    @Test
    void nonFiniteTime() throws Exception {
        List<String> l = lines();
        String[] cells = l.get(6).split("\t", -1);
        cells[1] = "nan";
        l.set(6, String.join("\t", cells));
        ImportException e = fail(l);
        assertEquals(7, e.line());
        assertTrue(e.reason().contains("Sputter Time (s)"), e.getMessage());
    }

    @Test
    void wrongFormat() throws Exception {
        ImportException e = fail(List.of("Channel\tm/z\tIntensity", "1\t2\t3", "4\t5\t6", "7\t8\t9"));
        assertEquals(1, e.line());
        ImportException e2 = fail(List.of("# x", "#\t\t\t\ttotal\t", "#\t\t\t\tN/A\t", "Point\tTime\tIntensity", "1\t2\t3"));
        assertEquals(4, e2.line());
    }

    @Test
    void emptyFile() throws Exception {
        Path f = dir.resolve("empty.txt");
        Files.writeString(f, "");
        ImportException e = assertThrows(ImportException.class, () -> DepthProfiles.readData(f));
        // no importer recognises an empty file: the registry says so
        assertTrue(e.getMessage().startsWith("empty.txt: not a recognised file format"), e.getMessage());
        assertTrue(assertThrows(ImportException.class, () -> new DelimitedProfileImporter().read(f)).getMessage()
                .startsWith("empty.txt, line 1: no block of numeric columns"));
        assertTrue(assertThrows(ImportException.class, () -> new SurfaceLabProfileImporter().read(f)).getMessage()
                .startsWith("empty.txt, line 1: truncated"));
    }

    @Test
    void noTrailingTabsAndLfEndingsAreFine() throws Exception {
        List<String> l = lines();
        l.replaceAll(s -> s.endsWith("\t") ? s.substring(0, s.length() - 1) : s);
        Path f = dir.resolve("lf.txt");
        Files.writeString(f, String.join("\n", l), StandardCharsets.ISO_8859_1); // no final newline either
        ProfileData d = DepthProfiles.readData(f);
        assertEquals(69, d.points());
        assertEquals(132, d.signals().size());
    }

    @Test
    void keepsALastRowThatIsNotEmpty() throws Exception {
        List<String> l = lines();
        Path f = write(l.subList(0, l.size() - 1)); // drop the zero row
        ProfileData d = DepthProfiles.readData(f);
        assertFalse(d.emptyLastRowDropped());
        assertEquals(69, d.points());
        assertEquals(69, d.fileRows());
        assertEquals(498.671, d.totalSputterTimeS(), 1e-9);
    }
}
