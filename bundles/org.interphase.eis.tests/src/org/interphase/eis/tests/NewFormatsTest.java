package org.interphase.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.eis.api.EisFile;
import org.interphase.eis.api.EisReaders;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.internal.DelimitedImporter;
import org.interphase.eis.internal.MprImporter;
import org.interphase.eis.internal.NpyImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NumPy arrays (the real 130-cycle AutoEIS file, README §1.5, and arrays written here), EC-Lab CSV in polar
 * form with padding rows and a loop column, and a RelaxIS spectrum export (both written here: no real one is
 * shared), checked against analytic values.
 */
class NewFormatsTest {

    @TempDir
    Path dir;

    @Test
    void autoEisNpyIsA130CycleSeries() throws Exception {
        Path f = SharedData.eis("autoeis_battery_data.npy");
        assertEquals(1.0, new NpyImporter().detect(FileProbe.of(f)));
        assertEquals(0, new DelimitedImporter().detect(FileProbe.of(f)));
        EisFile data = EisReaders.readData(f);
        assertEquals(130, data.spectra().size());
        for (ImpedanceData d : data.spectra()) {
            assertEquals(57, d.size());
        }
        ImpedanceData first = data.spectra().get(0);
        assertEquals(9905, first.frequencyHz()[0], 0.5, "README: 9905 Hz down to 20.95 mHz");
        assertEquals(20.95e-3, first.frequencyHz()[56], 0.005e-3);
        long capacitive = java.util.Arrays.stream(first.zImag()).filter(v -> v < 0).count();
        assertTrue(capacitive > 28, "signed imaginary part, mostly capacitive: " + capacitive);
        assertTrue(first.zReal()[0] > 0.1 && first.zReal()[0] < 0.2, "R0 is about 0.116 Ohm: " + first.zReal()[0]);
    }

    private static Path npy(Path file, String descr, String shape, double[] values) throws Exception {
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
        int total = 10 + dict.length() + 1;
        int pad = (64 - total % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + header.length() + 8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
        b.putShort((short) header.length()).put(header.getBytes(StandardCharsets.US_ASCII));
        for (double v : values) {
            b.putDouble(v);
        }
        Files.write(file, b.array());
        return file;
    }

    @Test
    void npyTwoRowComplexAndThreeColumnRealArrays() throws Exception {
        // Z of R = 10 Ohm in series with C = 1 mF: Z'' = -1 / (2 pi f C)
        double[] f = {1000, 100, 10, 1};
        double[] complex = new double[16];
        double[] real = new double[12];
        for (int i = 0; i < 4; i++) {
            double im = -1 / (2 * Math.PI * f[i] * 1e-3);
            complex[2 * i] = f[i];
            complex[8 + 2 * i] = 10;
            complex[8 + 2 * i + 1] = im;
            real[3 * i] = f[i];
            real[3 * i + 1] = 10;
            real[3 * i + 2] = im;
        }
        for (Path p : List.of(npy(dir.resolve("c.npy"), "<c16", "(2, 4)", complex),
                npy(dir.resolve("r.npy"), "<f8", "(4, 3)", real))) {
            EisFile data = EisReaders.readData(p);
            assertEquals(1, data.spectra().size());
            ImpedanceData d = data.spectra().get(0);
            assertEquals(1, d.frequencyHz()[3], 0);
            assertEquals(10, d.zReal()[2], 0);
            assertEquals(-1 / (2 * Math.PI * 1e-3), d.zImag()[3], 1e-9);
        }
    }

    @Test
    void npyWhoseShapeDoesNotMatchTheFileIsRefusedBeforeAllocating() throws Exception {
        Path p = npy(dir.resolve("short.npy"), "<c16", "(100000000, 2, 57)", new double[8]);
        ImportException e = assertThrows(ImportException.class, () -> EisReaders.readData(p));
        assertTrue(e.getMessage().startsWith("short.npy: NumPy shape [100000000, 2, 57] of <c16 needs"), e.getMessage());
        Path q = npy(dir.resolve("image.npy"), "<f8", "(4, 5)", new double[20]);
        ImportException e2 = assertThrows(ImportException.class, () -> new NpyImporter().readData(q));
        assertTrue(e2.getMessage().contains("not an impedance layout"), e2.getMessage());
    }

    @Test
    void ecLabPolarCsvWithPaddingRowsAndLoopColumn() throws Exception {
        // R = 100 Ohm parallel C = 1 uF at 1 kHz and 10 Hz, two loops, each closed by a freq = 0, |Z| = 0 row
        StringBuilder s = new StringBuilder("time/s,freq/Hz,|Z|/Ohm,Phase(Z)/deg,I/A,Ewe/V,loop_index\n,,,,,,\n");
        double t = 0;
        for (int loop = 1; loop <= 2; loop++) {
            for (double f : new double[] {1000, 10}) {
                double w = 2 * Math.PI * f * 1e-6 * 100;
                double re = 100 / (1 + w * w);
                double im = -100 * w / (1 + w * w);
                s.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f,%.12g,%.12g,1e-6,3.7,%d%n", t++, f,
                        Math.hypot(re, im), Math.toDegrees(Math.atan2(im, re)), loop));
            }
            s.append(String.format(java.util.Locale.ROOT, "%.1f,0,0,0,0,3.7,%d%n,,,,,,%n", t++, loop));
        }
        Path p = Files.writeString(dir.resolve("polar.csv"), s.toString());
        assertEquals(0.6, new DelimitedImporter().detect(FileProbe.of(p)), "seven columns, named as impedance");
        EisFile data = EisReaders.readData(p);
        assertEquals(2, data.spectra().size());
        assertEquals("loop 1", data.spectra().get(0).label());
        ImpedanceData d = data.spectra().get(1);
        assertEquals(2, d.size(), "the closing row is dropped");
        double w = 2 * Math.PI * 10 * 1e-4;
        assertEquals(100 / (1 + w * w), d.zReal()[1], 1e-6);
        assertEquals(-100 * w / (1 + w * w), d.zImag()[1], 1e-6);
        assertTrue(data.metadata().get("rows dropped").startsWith("2 row(s)"), data.metadata().toString());
    }

    @Test
    void relaxisSpectrumExportIsRecognisedByItsHeader() throws Exception {
        Path p = Files.writeString(dir.resolve("export.txt"), """
                RelaxIS 3 Spectrum export
                Spectrum: LLZO 25 C
                Data: Frequency\tData: Z'\tData: Z''\tFit: Z'\tFit: Z''\tData: |Z|
                100000\t50\t-10\t49\t-11\t50.99
                10000\t80\t-30\t79\t-31\t85.44
                1000\t120\t-20\t121\t-19\t121.66
                100\t130\t-40\t131\t-41\t136.01
                """);
        assertEquals(0.8, new DelimitedImporter().detect(FileProbe.of(p)));
        EisFile data = EisReaders.readData(p);
        assertEquals("RelaxIS spectrum export", data.format());
        assertEquals(List.of("Data: Frequency", "Data: Z'", "Data: Z''"), data.columns());
        ImpedanceData d = data.spectra().get(0);
        assertEquals(120, d.zReal()[2], 0, "the data columns, not the fit columns");
        assertEquals(-20, d.zImag()[2], 0);
    }

    @Test
    void cyclingMprIsNotAnImpedanceFile() throws Exception {
        Path cycling = SharedData.eis("hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpr").resolveSibling("../cycling/cellpy_biol.mpr")
                .normalize();
        assertEquals(0, new MprImporter().detect(FileProbe.of(cycling)), "no frequency column");
        assertEquals(1.0, new MprImporter().detect(FileProbe.of(SharedData.eis(SharedData.MPR))));
    }
}
