package org.interphase.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.interphase.core.api.ImportException;
import org.interphase.eis.api.EisReaders;
import org.interphase.eis.internal.DelimitedImporter;
import org.interphase.eis.internal.GamryDtaImporter;
import org.interphase.eis.internal.MprImporter;
import org.interphase.eis.internal.MptImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every malformed input gives an ImportException naming the file and, for text, the line. */
class MalformedFilesTest {

    @TempDir
    Path dir;

    private Path copyWithLines(String source, String name, java.util.function.UnaryOperator<List<String>> edit)
            throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(SharedData.eis(source), StandardCharsets.ISO_8859_1));
        Path p = dir.resolve(name);
        Files.write(p, edit.apply(lines), StandardCharsets.ISO_8859_1);
        return p;
    }

    @Test
    void mptWithABadNumberNamesFileAndLine() throws Exception {
        Path p = copyWithLines(SharedData.MPT, "bad.mpt", l -> {
            l.set(69, l.get(69).replaceFirst("^[^\\t]+", "7.0E+0x6"));
            return l;
        });
        ImportException e = assertThrows(ImportException.class, () -> new MptImporter().read(p));
        assertEquals(70, e.line());
        assertTrue(e.getMessage().startsWith("bad.mpt, line 70: freq/Hz: '7.0E+0x6' is not a number"), e.getMessage());
    }

    @Test
    void mptWithAMissingColumnAndNaN() throws Exception {
        Path short_ = copyWithLines(SharedData.MPT, "short.mpt", l -> {
            l.set(80, l.get(80).substring(0, l.get(80).indexOf('\t')));
            return l;
        });
        ImportException e = assertThrows(ImportException.class, () -> new MptImporter().read(short_));
        assertEquals(81, e.line());
        assertTrue(e.reason().contains("expected 10 columns, found 1"), e.getMessage());
        Path nan = copyWithLines(SharedData.MPT, "nan.mpt", l -> {
            l.set(66, l.get(66).replaceFirst("\\t[^\\t]+", "\tNaN"));
            return l;
        });
        e = assertThrows(ImportException.class, () -> new MptImporter().read(nan));
        assertEquals(67, e.line());
        assertTrue(e.reason().contains("non-finite"), e.getMessage());
    }

    @Test
    void mptTruncatedInsideTheHeader() throws Exception {
        Path p = copyWithLines(SharedData.MPT, "cut.mpt", l -> new ArrayList<>(l.subList(0, 30)));
        ImportException e = assertThrows(ImportException.class, () -> new MptImporter().read(p));
        assertTrue(e.getMessage().startsWith("cut.mpt, line 2: the header announces 65 lines but the file has 30"),
                e.getMessage());
        Path none = copyWithLines(SharedData.MPT, "nodata.mpt", l -> new ArrayList<>(l.subList(0, 65)));
        e = assertThrows(ImportException.class, () -> new MptImporter().read(none));
        assertTrue(e.reason().contains("no data rows"), e.getMessage());
    }

    @Test
    void emptyFile() throws Exception {
        Path p = dir.resolve("empty.csv");
        Files.write(p, new byte[0]);
        ImportException e = assertThrows(ImportException.class, () -> new DelimitedImporter().read(p));
        assertEquals("empty.csv: the file is empty", e.getMessage());
        assertThrows(ImportException.class, () -> EisReaders.readData(p));
    }

    @Test
    void truncatedMpr() throws Exception {
        byte[] all = Files.readAllBytes(SharedData.eis(SharedData.MPR));
        Path p = dir.resolve("cut.mpr");
        Files.write(p, Arrays.copyOf(all, 0x3000));
        ImportException e = assertThrows(ImportException.class, () -> new MprImporter().read(p));
        assertTrue(e.getMessage().startsWith("cut.mpr: module 'VMP data'"), e.getMessage());
        assertTrue(e.reason().contains("truncated"), e.getMessage());
        Path junk = dir.resolve("junk.mpr");
        Files.write(junk, Arrays.copyOf(all, 100));
        e = assertThrows(ImportException.class, () -> new MprImporter().read(junk));
        assertTrue(e.reason().contains("truncated"), e.getMessage());
    }

    @Test
    void gamryWithoutCurveAndWithBrokenRow() throws Exception {
        Path p = copyWithLines(SharedData.DTA, "nocurve.DTA", l -> new ArrayList<>(l.subList(0, 7)));
        ImportException e = assertThrows(ImportException.class, () -> new GamryDtaImporter().read(p));
        assertTrue(e.reason().contains("no ZCURVE table"), e.getMessage());
        Path q = copyWithLines(SharedData.DTA, "broken.DTA", l -> {
            l.set(20, "\t10\t5.4\tabc\t0.02\t0.01\t1\t0.03\t36\t0.49\t1.46\t12");
            return l;
        });
        e = assertThrows(ImportException.class, () -> new GamryDtaImporter().read(q));
        assertEquals(21, e.line());
        assertTrue(e.reason().contains("Freq: 'abc' is not a number"), e.getMessage());
    }

    @Test
    void csvWithTextInsideTheDataAndNegativeFrequency() throws Exception {
        Path p = copyWithLines(SharedData.CSV, "text.csv", l -> {
            l.set(9, "1.0,oops,2.0");
            return l;
        });
        ImportException e = assertThrows(ImportException.class, () -> new DelimitedImporter().read(p));
        assertEquals(10, e.line());
        Path q = copyWithLines(SharedData.CSV, "negative.csv", l -> {
            l.set(4, "-" + l.get(4));
            return l;
        });
        e = assertThrows(ImportException.class, () -> new DelimitedImporter().read(q));
        assertEquals(5, e.line());
        assertTrue(e.reason().contains("frequency must be positive"), e.getMessage());
    }

    @Test
    void decimalCommaSemicolonFileWithHeaderAndMinusImColumn() throws Exception {
        Path p = dir.resolve("comma.txt");
        Files.writeString(p, "Messung; Zelle 3\nFrequenz/Hz;Z'/Ohm;-Z''/Ohm\n\n1000,5;10,25;1,5\n100;12,5;4,0\n"
                + "10;20,0;8,0\n\n", StandardCharsets.ISO_8859_1);
        var f = new DelimitedImporter().readData(p);
        assertEquals("-Im(Z)", f.imagSign());
        assertEquals(List.of("Frequenz/Hz", "Z'/Ohm", "-Z''/Ohm"), f.columns());
        assertEquals(1000.5, f.spectra().get(0).frequency(0), 0);
        assertEquals(-1.5, f.spectra().get(0).z(0).im(), 0);
        assertEquals(3, f.spectra().get(0).size());
    }
}
