package org.interphase.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.ImportFiles;
import org.interphase.core.api.Importers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13 items 2 and 8: only regular files are opened, reads are bounded, messages are sanitised. */
class ImportFilesTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    @Test
    void aFifoIsRefusedBeforeItIsOpened() throws Exception {
        Path fifo = tmp.resolve("spectrum.vms");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, p.waitFor(), "mkfifo works");
        ImportException e = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(ImportException.class, () -> Importers.read(fifo)));
        assertEquals("spectrum.vms: is not a regular file (a device, pipe or socket cannot be imported)",
                e.getMessage());
        IOException io = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(IOException.class, () -> FileProbe.of(fifo)));
        assertTrue(io.getMessage().contains("not a regular file"), io.getMessage());
    }

    @Test
    void aLinkToDevZeroIsRefused() throws Exception {
        Path zero = Path.of("/dev/zero");
        assertTrue(Files.exists(zero));
        Path link = Files.createSymbolicLink(tmp.resolve("survey.vms"), zero);
        ImportException e = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(ImportException.class, () -> Importers.read(link)));
        assertEquals("survey.vms: links to something that is not a regular file (a device, pipe or socket cannot"
                + " be imported)", e.getMessage());
        assertThrows(ImportException.class, () -> ImportFiles.readText(link));
    }

    @Test
    void aDanglingLinkAndAMissingFileSaySo() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("gone.mpt"), tmp.resolve("never-there.mpt"));
        ImportException e = assertThrows(ImportException.class, () -> Importers.read(link));
        assertEquals("gone.mpt: is a dangling symbolic link (its target does not exist)", e.getMessage());
        ImportException missing = assertThrows(ImportException.class, () -> Importers.read(tmp.resolve("x.mpt")));
        assertEquals("x.mpt: no such file or folder", missing.getMessage());
    }

    @Test
    void permissionDeniedSaysSo() {
        Path file = tmp.resolve("locked.DTA");
        ImportException e = ImportFiles.cannotRead(file, new AccessDeniedException(file.toString()));
        assertEquals("locked.DTA: cannot be read: permission denied", e.getMessage());
    }

    @Test
    void aFortyMegabyteSingleLineIsRefusedWithItsLine() throws Exception {
        Path csv = tmp.resolve("one-line.csv");
        byte[] line = new byte[ImportFiles.MAX_LINE_CHARS + 10];
        java.util.Arrays.fill(line, (byte) '1');
        for (int i = 1; i < line.length; i += 2) {
            line[i] = ',';
        }
        Files.write(csv, ("x,y\n").getBytes());
        Files.write(csv, line, java.nio.file.StandardOpenOption.APPEND);
        ImportException e = assertThrows(ImportException.class, () -> ImportFiles.readText(csv));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("one-line.csv, line 2: line is longer than"), e.getMessage());
        ImportException viaRegistry = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(ImportException.class, () -> Importers.read(csv)));
        assertTrue(viaRegistry.getMessage().startsWith("one-line.csv"), viaRegistry.getMessage());
    }

    @Test
    void readBytesRefusesFilesAboveTheLimit() throws Exception {
        Path f = Files.write(tmp.resolve("big.spe"), new byte[100]);
        ImportException e = assertThrows(ImportException.class, () -> ImportFiles.readBytes(f, 99));
        assertTrue(e.getMessage().contains("100 bytes, more than the 99"), e.getMessage());
        assertEquals(100, ImportFiles.readBytes(f, 100).length);
    }

    @Test
    void declaredCountsAreCheckedAgainstWhatTheFileHolds() throws Exception {
        Path f = tmp.resolve("a.vms");
        ImportException tooMany = assertThrows(ImportException.class,
                () -> ImportFiles.declaredCount(f, 86, "ordinate values", 2_000_000_000L, 1, 600, 1L << 28));
        assertEquals("a.vms, line 86: ordinate values 2000000000 exceeds the limit of 268435456",
                tooMany.getMessage());
        ImportException noRoom = assertThrows(ImportException.class,
                () -> ImportFiles.declaredCount(f, 86, "ordinate values", 5000, 1, 600, 1L << 28));
        assertEquals("a.vms, line 86: declares 5000 ordinate values but the file has room for only 600"
                + " (truncated or damaged)", noRoom.getMessage());
        assertThrows(ImportException.class,
                () -> ImportFiles.declaredCount(f, 1, "blocks", -3, 1, 600, 100));
        assertEquals(562, ImportFiles.declaredCount(f, 86, "ordinate values", 562, 1, 600, 1L << 28));
        // 65535 x 65535 x 4 bytes in long arithmetic: larger than any int, refused, not wrapped around
        assertThrows(ImportException.class,
                () -> ImportFiles.declaredCount(f, 0, "voxels", 65535L * 65535L, 4, 300, 1L << 28));
    }

    @Test
    void controlCharactersFromAFileNeverReachAMessage() {
        String hostile = "bad\u001b[2J\u0007value\u0000\r\nnext\u0085\u202e";
        ImportException e = new ImportException(Path.of("evil\u001b.mpt"), 3, "'" + hostile + "' is not a number");
        for (char c : e.getMessage().toCharArray()) {
            assertFalse(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT,
                    "control character " + (int) c + " in " + e.getMessage());
        }
        assertTrue(e.getMessage().startsWith("evil\\u001b.mpt, line 3: 'bad\\u001b[2J\\u0007value\\u0000"),
                e.getMessage());
        assertEquals("tab\tand Ω stay", ImportException.sanitize("tab\tand Ω stay"));
        assertTrue(ImportException.sanitize("x".repeat(10_000)).length() < 2100);
    }

    @Test
    void aLastLineCutInsideANumberIsRefusedWithItsLine() throws Exception {
        Path cut = Files.writeString(tmp.resolve("cut.csv"), "f,re,im\n1000,1.5e-3,-4.62e-3\n100,1.7e-3,-4.71e-3\n"
                + "10,1.9e-3,-4.80e-3\n1,2.1e-3,-4.62");
        ImportException e = assertThrows(ImportException.class, () -> ImportFiles.readText(cut));
        assertEquals("cut.csv, line 5: the file ends inside this line (its last number '-4.62' lacks the exponent"
                + " of the rows before, no line end): truncated?", e.getMessage());
        Path fewer = Files.writeString(tmp.resolve("fewer.txt"), "1\t2\t3\r\n4\t5\t6\r\n7\t8");
        ImportException f = assertThrows(ImportException.class, () -> ImportFiles.readText(fewer));
        assertEquals("fewer.txt, line 3: the file ends inside this line (2 of 3 values, no line end): truncated?",
                f.getMessage());
        // no final line end but a complete row, or a text footer: accepted
        ImportFiles.readText(Files.writeString(tmp.resolve("ok1.csv"), "1,2e-3\n3,4e-3"));
        ImportFiles.readText(Files.writeString(tmp.resolve("ok2.csv"), "1,2e-3\n3,4e-3\nend of data"));
        // a %g column that switches notation in its last row
        ImportFiles.readText(Files.writeString(tmp.resolve("ok3.csv"), "1,1.5e-05\n2,2.5e-05\n3,3.5e-05\n4,0.0001"));
    }
}
