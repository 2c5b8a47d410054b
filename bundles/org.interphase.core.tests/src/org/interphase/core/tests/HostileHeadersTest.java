package org.interphase.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.interphase.core.api.ImportException;
import org.interphase.core.api.Importers;
import org.interphase.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 items 2, 3, 6 and 7: declared sizes and counts are checked before anything is allocated, a looping
 * TIFF directory chain is refused, and absurd header numbers are import errors naming file and line.
 */
class HostileHeadersTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    private ImportException refused(Path file) {
        ImportException e = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(ImportException.class, () -> Importers.read(file)));
        assertTrue(e.getMessage().startsWith(file.getFileName() + ""), e.getMessage());
        return e;
    }

    /** A copy of the shared Pt 4f VAMAS file with one (1-based) line replaced. */
    private Path vamasWith(String name, int line, String text) throws Exception {
        List<String> lines = new ArrayList<>(
                Files.readAllLines(SharedData.file("xps", "vamas", "Pt4f.vms"), StandardCharsets.ISO_8859_1));
        lines.set(line - 1, text);
        return Files.write(tmp.resolve(name), lines, StandardCharsets.ISO_8859_1);
    }

    @Test
    void vamasOrdinateCountIsCheckedAgainstTheFile() throws Exception {
        // line 86 of Pt4f.vms is the number of ordinate values (562), line 67 the corresponding variables (2)
        assertEquals("562", Files.readAllLines(SharedData.file("xps", "vamas", "Pt4f.vms")).get(85));
        ImportException e = refused(vamasWith("huge.vms", 86, "2000000000"));
        assertEquals(86, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("ordinate values 2000000000"), e.getMessage());
        ImportException more = refused(vamasWith("more.vms", 86, "600"));
        assertEquals("more.vms, line 86: declares 600 ordinate values but the file has room for only 567"
                + " (truncated or damaged)", more.getMessage());
    }

    @Test
    void vamasCorrespondingVariablesAreCheckedAgainstTheFile() throws Exception {
        ImportException e = refused(vamasWith("vars.vms", 67, "1500000000"));
        assertEquals(67, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("corresponding variables 1500000000"), e.getMessage());
        assertFalse(e.getMessage().contains("Illegal Capacity"), e.getMessage());
        ImportException overflow = refused(vamasWith("int.vms", 67, "99999999999"));
        assertEquals(67, overflow.line(), overflow.getMessage());
    }

    @Test
    void vamasCutInTheValuesIsRefused() throws Exception {
        List<String> lines = Files.readAllLines(SharedData.file("xps", "vamas", "Pt4f.vms"), StandardCharsets.ISO_8859_1);
        Path cut = Files.write(tmp.resolve("cut.vms"), lines.subList(0, 300), StandardCharsets.ISO_8859_1);
        ImportException e = refused(cut);
        assertTrue(e.getMessage().contains("declares 562 ordinate values"), e.getMessage());
    }

    /** A little-endian TIFF: one {@code w x h} page per entry of {@code nexts} (its next-IFD offset). */
    static byte[] tiff(long w, long h, int bits, int sampleFormat, int stripBytes, long... nexts) {
        int entries = 10;
        int ifdBytes = 2 + entries * 12 + 4;
        int pages = nexts.length;
        ByteBuffer b = ByteBuffer.allocate(8 + pages * ifdBytes + stripBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        int strip = 8 + pages * ifdBytes;
        for (int p = 0; p < pages; p++) {
            b.putShort((short) entries);
            entry(b, 256, 4, w);
            entry(b, 257, 4, h);
            entry(b, 258, 3, bits);
            entry(b, 259, 3, 1);
            entry(b, 262, 3, 1);
            entry(b, 273, 4, strip);
            entry(b, 277, 3, 1);
            entry(b, 278, 4, h);
            entry(b, 279, 4, stripBytes);
            entry(b, 339, 3, sampleFormat);
            b.putInt((int) nexts[p]);
        }
        return b.array();
    }

    private static void entry(ByteBuffer b, int tag, int type, long value) {
        b.putShort((short) tag).putShort((short) type).putInt(1);
        if (type == 3) {
            b.putShort((short) value).putShort((short) 0);
        } else {
            b.putInt((int) value);
        }
    }

    @Test
    void aTiffWhoseDirectoryPointsToItselfIsRefusedNotCountedForever() throws Exception {
        Path loop = Files.write(tmp.resolve("loop.tif"), tiff(2, 2, 8, 1, 4, 8));
        assertTrue(Files.size(loop) < 300);
        ImportException e = refused(loop);
        assertTrue(e.getMessage().contains("loops back to byte offset 8"), e.getMessage());
        // two pages pointing at each other
        Path pair = Files.write(tmp.resolve("pair.tif"), tiff(2, 2, 8, 1, 8, 8 + 126, 8));
        ImportException e2 = refused(pair);
        assertTrue(e2.getMessage().contains("loops back to byte offset 8 after page 2"), e2.getMessage());
        Path outside = Files.write(tmp.resolve("outside.tif"), tiff(2, 2, 8, 1, 4, 1_000_000));
        assertTrue(refused(outside).getMessage().contains("outside the file"));
    }

    @Test
    void aWellFormedTinyTiffStillReads() throws Exception {
        Path ok = Files.write(tmp.resolve("ok.tif"), tiff(2, 2, 8, 1, 4, 0));
        assertTimeoutPreemptively(HANG_GUARD, () -> Importers.read(ok));
    }

    @Test
    void tiffDimensionsAreCheckedAgainstStripsAndFileSize() throws Exception {
        ImportException u8 = refused(Files.write(tmp.resolve("u8.tif"), tiff(40000, 40000, 8, 1, 1, 0)));
        assertTrue(u8.getMessage().contains("40000 x 40000 x 8 bits would need 1600000000 bytes"), u8.getMessage());
        ImportException strip = refused(Files.write(tmp.resolve("strip.tif"), tiff(20000, 20000, 8, 1, 1, 0)));
        assertTrue(strip.getMessage().contains("needs 400000000 bytes of pixels but its strips or tiles hold 1 bytes"),
                strip.getMessage());
        ImportException f32 = refused(Files.write(tmp.resolve("f32.tif"), tiff(30000, 30000, 32, 3, 1, 0)));
        assertTrue(f32.getMessage().contains("30000 x 30000 x 32 bits"), f32.getMessage());
        // 65535 x 65535 x 32 bits = 17 GB: computed in long arithmetic, refused, never wrapped into an int
        ImportException big = refused(Files.write(tmp.resolve("big.tif"), tiff(65535, 65535, 32, 3, 1, 0)));
        assertTrue(big.getMessage().contains("17179344900 bytes"), big.getMessage());
    }

    private Path metaImage(String name, String extra, String dims) throws Exception {
        Files.write(tmp.resolve(name + ".raw"), new byte[8]);
        return Files.writeString(tmp.resolve(name + ".mhd"), "ObjectType = Image\nNDims = 3\nDimSize = " + dims
                + "\nElementType = MET_UCHAR\n" + extra + "ElementDataFile = " + name + ".raw\n");
    }

    @Test
    void metaImageAbsurdHeaderNumbersAreImportErrorsWithTheirLine() throws Exception {
        ImportException header = refused(metaImage("hs", "HeaderSize = 1e19\n", "2 2 2"));
        assertEquals(5, header.line(), header.getMessage());
        assertTrue(header.getMessage().contains("HeaderSize"), header.getMessage());
        ImportException dims = refused(metaImage("dims", "", "100000 100000 100000"));
        assertEquals(3, dims.line(), dims.getMessage());
        assertTrue(dims.getMessage().contains("DimSize"), dims.getMessage());
        ImportException past = refused(metaImage("past", "HeaderSize = 4\n", "2 2 2"));
        assertTrue(past.getMessage().contains("truncated or damaged"), past.getMessage());
        assertTimeoutPreemptively(HANG_GUARD, () -> Importers.read(metaImage("fine", "", "2 2 2")));
    }

    @Test
    void anAbsurdNbHeaderLinesIsAnImportError() throws Exception {
        Path mpt = Files.writeString(tmp.resolve("absurd.mpt"), "EC-Lab ASCII FILE\nNb header lines : 99999999999\n"
                + "\nPotentio Electrochemical Impedance Spectroscopy\n\nfreq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\n1000\t1\t2\n");
        ImportException e = refused(mpt);
        assertEquals("absurd.mpt, line 2: the header announces 99999999999 lines but the file has 7"
                + " (truncated or damaged)", e.getMessage());
    }

    private static String dta(String table, int rows) {
        StringBuilder b = new StringBuilder("EXPLAIN\nTAG\tEISPOT\n" + table + "\n"
                + "\tPt\tTime\tFreq\tZreal\tZimag\n\t#\ts\tHz\tohm\tohm\n");
        for (int i = 0; i < rows; i++) {
            b.append('\t').append(i).append('\t').append(i + 1).append('\t').append(1000.0 / Math.pow(10, i))
                    .append('\t').append(10 + i).append('\t').append(-1 - i).append('\n');
        }
        return b.toString();
    }

    @Test
    void aDtaTableShorterThanDeclaredIsRefused() throws Exception {
        Path cut = Files.writeString(tmp.resolve("cut.DTA"), dta("ZCURVE\tTABLE\t5", 3));
        ImportException e = refused(cut);
        assertTrue(e.getMessage().contains("ZCURVE TABLE declares 5 points but 3 follow (truncated file?)"),
                e.getMessage());
        Path whole = Files.writeString(tmp.resolve("whole.DTA"), dta("ZCURVE\tTABLE\t3", 3));
        assertTimeoutPreemptively(HANG_GUARD, () -> Importers.read(whole));
        Path absurd = Files.writeString(tmp.resolve("absurd.DTA"), dta("ZCURVE\tTABLE\t99999999999", 3));
        assertEquals(3, refused(absurd).line());
    }

    @Test
    void anAbsurdSimsIonCountIsNotANumberFormatError() throws Exception {
        Path source = SharedData.file("sims", "iontof_depth_profiles", "I231115y_E_PbI2-MeO-2PACz_5f_neg-C2_NF.txt");
        String text = Files.readString(source, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("\tAu_7-\t"));
        Path file = Files.writeString(tmp.resolve("ions.txt"), text.replaceFirst("\tAu_7-\t", "\tC_99999999999H+\t"),
                StandardCharsets.ISO_8859_1);
        Object result = assertTimeoutPreemptively(HANG_GUARD, () -> {
            try {
                return Importers.read(file);
            } catch (ImportException e) {
                return e;
            }
        });
        if (result instanceof ImportException e) {
            assertTrue(e.getMessage().startsWith("ions.txt"), e.getMessage());
        }
        // the label is kept, with no composition (and so no m/z) instead of a NumberFormatException
        assertTrue(org.interphase.sims.api.SignalName.parse("C_99999999999H+").composition().isEmpty());
        assertTrue(org.interphase.sims.api.IonMass.of("C_99999999999H+").isEmpty());
    }

    @Test
    void anImpedanceOf1e308IsADataErrorWithItsLine() throws Exception {
        String head = "EC-Lab ASCII FILE\nNb header lines : 4\n\nfreq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\n1000\t1.5\t2.5\n";
        Path huge = Files.writeString(tmp.resolve("huge.mpt"), head + "100\t1e308\t3.5\n10\t2.5\t4.5\n");
        ImportException e = refused(huge);
        assertEquals("huge.mpt, line 6: impedance (1.0E308, -3.5) Ohm is beyond any measurable value (a damaged"
                + " number?)", e.getMessage());
        Path fine = Files.writeString(tmp.resolve("fine.mpt"), head + "100\t2\t3.5\n10\t2.5\t4.5\n");
        assertEquals(1, assertTimeoutPreemptively(HANG_GUARD, () -> Importers.read(fine)).measurements().size());
    }
}
