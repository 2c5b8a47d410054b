package org.interphase.xps.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interphase.core.api.ImportException;
import org.interphase.xps.api.XpsFiles;
import org.interphase.xps.internal.importers.SpecsXyImporter;
import org.interphase.xps.internal.importers.VamasImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives an ImportException that names the file and the line. */
class MalformedInputTest {

    @TempDir
    Path dir;

    private Path copyLines(String source, int keep, String name) throws IOException {
        List<String> lines = Files.readAllLines(SharedData.xps(source), StandardCharsets.ISO_8859_1);
        Path p = dir.resolve(name);
        Files.write(p, lines.subList(0, keep), StandardCharsets.ISO_8859_1);
        return p;
    }

    @Test
    void truncatedVamas() throws IOException {
        Path p = copyLines("vamas/Pt4f.vms", 300, "cut.vms");
        ImportException e = assertThrows(ImportException.class, () -> new VamasImporter().read(p));
        // the declared count is checked against the lines left before anything is allocated (issue 13)
        assertEquals("cut.vms, line 86: declares 562 ordinate values but the file has room for only 214"
                + " (truncated or damaged)", e.getMessage());
    }

    @Test
    void notANumberInVamasData() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.xps("vamas/Pt4f.vms"), StandardCharsets.ISO_8859_1);
        int bad = 400;
        lines.set(bad - 1, "NaN");
        Path p = dir.resolve("nan.vms");
        Files.write(p, lines, StandardCharsets.ISO_8859_1);
        ImportException e = assertThrows(ImportException.class, () -> new VamasImporter().read(p));
        assertEquals(bad, e.line());
        assertTrue(e.getMessage().startsWith("nan.vms, line 400: not a finite number"), e.getMessage());
    }

    @Test
    void garbageInVamasHeader() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.xps("vamas/regular.vms"), StandardCharsets.ISO_8859_1);
        lines.set(11, "NORMAL"); // experiment mode
        Path p = dir.resolve("mode.vms");
        Files.write(p, lines, StandardCharsets.ISO_8859_1);
        ImportException e = assertThrows(ImportException.class, () -> new VamasImporter().read(p));
        assertEquals(12, e.line());
        assertTrue(e.reason().contains("unknown experiment mode 'NORMAL'"), e.getMessage());
    }

    @Test
    void emptyAndWrongFiles() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.vms"), "");
        assertTrue(assertThrows(ImportException.class, () -> new VamasImporter().read(empty)).getMessage()
                .startsWith("empty.vms"));
        Path wrong = Files.writeString(dir.resolve("wrong.vms"), "hello\nworld\n");
        ImportException e = assertThrows(ImportException.class, () -> new VamasImporter().read(wrong));
        assertEquals("wrong.vms, line 1: not a VAMAS file: first line is 'hello'", e.getMessage());
        Path emptyXy = Files.writeString(dir.resolve("empty.xy"), "");
        assertTrue(assertThrows(ImportException.class, () -> new SpecsXyImporter().read(emptyXy)).getMessage()
                .startsWith("empty.xy: no data curves"));
    }

    @Test
    void truncatedXy() throws IOException {
        Path p = copyLines("specs/mm-specs.xy", 100, "cut.xy");
        ImportException e = assertThrows(ImportException.class, () -> new SpecsXyImporter().read(p));
        assertTrue(e.getMessage().contains("Values/Curve 401"), e.getMessage());
        assertTrue(e.getMessage().startsWith("cut.xy, line "), e.getMessage());
    }

    @Test
    void badNumberInXy() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.xps("specs/mm-specs.xy"), StandardCharsets.ISO_8859_1);
        lines.set(59, "139.87  abc  2.44");
        Path p = dir.resolve("bad.xy");
        Files.write(p, lines, StandardCharsets.ISO_8859_1);
        ImportException e = assertThrows(ImportException.class, () -> XpsFiles.readData(p));
        assertEquals("bad.xy, line 60: not a number in column 2: 'abc'", e.getMessage());
    }
}
