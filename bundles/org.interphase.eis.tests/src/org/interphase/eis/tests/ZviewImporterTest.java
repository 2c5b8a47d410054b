package org.interphase.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.CnlsFitter;
import org.interphase.eis.api.EisFile;
import org.interphase.eis.api.EisReaders;
import org.interphase.eis.api.FitOptions;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.Weighting;
import org.interphase.eis.internal.DelimitedImporter;
import org.interphase.eis.internal.ZviewImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ZView .z files written for these tests (resources/zview/README.md): R0 = 10 Ohm + R1 || C1 with
 * R1 = 100 Ohm (150 Ohm in the second sweep), C1 = 1 uF, 26 points from 100 kHz to 1 Hz.
 */
class ZviewImporterTest {

    static final Path COMMA = Path.of("resources/zview/rc_comma.z");
    static final Path SPACE = Path.of("resources/zview/two_sweeps_space.z");

    @TempDir
    Path dir;

    /** Analytic Z of the test circuit. */
    static double[] z(double f, double r1) {
        double w = 2 * Math.PI * f * 1e-6 * r1;
        double d = 1 + w * w;
        return new double[] {10 + r1 / d, -r1 * w / d};
    }

    @Test
    void commaSeparatedFileWithColumnNames() throws Exception {
        assertTrue(new ZviewImporter().detect(FileProbe.of(COMMA)) > new DelimitedImporter().detect(FileProbe.of(COMMA)),
                "content detection prefers the ZView reader");
        EisFile f = EisReaders.readData(COMMA);
        assertEquals("ZView/ZPlot (.z)", f.format());
        assertEquals(List.of("Freq(Hz)", "Z'(a)", "Z''(b)"), f.columns());
        assertEquals(1, f.spectra().size());
        ImpedanceData d = f.spectra().get(0);
        assertEquals(26, d.size());
        assertEquals(1e5, d.frequencyHz()[0], 1e-6);
        assertEquals(1, d.frequencyHz()[25], 1e-6);
        for (int i = 0; i < 26; i++) {
            double[] e = z(d.frequencyHz()[i], 100);
            // 7 significant digits in the file
            assertEquals(e[0], d.zReal()[i], 1e-6 * Math.abs(e[0]));
            assertEquals(e[1], d.zImag()[i], 1e-6 * Math.abs(e[1]), "Z'' signed as written");
        }
        assertTrue(f.metadata().get("comments").startsWith("Synthetic test file"), f.metadata().toString());
        assertEquals("ZPlot2 Ascii", f.metadata().get("format"));
        assertEquals("1.5", f.metadata().get("first point time / s"));
        FitResult r = CnlsFitter.fit(Circuit.parse("R0-p(R1,C1)"), d, new double[] {5, 50, 1e-5},
                FitOptions.local(Weighting.MODULUS));
        assertEquals(10, r.values()[0], 1e-4);
        assertEquals(100, r.values()[1], 1e-3);
        assertEquals(1e-6, r.values()[2], 1e-11);
    }

    @Test
    void whitespaceFileWithTwoSweepsAndNoColumnNames() throws Exception {
        EisFile f = EisReaders.readData(SPACE);
        assertEquals(2, f.spectra().size());
        assertEquals("sweep 2", f.spectra().get(1).label());
        ImpedanceData s2 = f.spectra().get(1);
        assertEquals(26, s2.size());
        assertEquals(z(1, 150)[0], s2.zReal()[25], 1e-5 * z(1, 150)[0], "second sweep has R1 = 150 Ohm");
        Imported imp = new ZviewImporter().read(SPACE);
        assertEquals(2, imp.measurements().size(), "one ImpedanceSpectrum per sweep");
    }

    private Path edited(Path source, String name, UnaryOperator<List<String>> edit) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(source, StandardCharsets.ISO_8859_1));
        Path p = dir.resolve(name);
        Files.write(p, edit.apply(lines), StandardCharsets.ISO_8859_1);
        return p;
    }

    @Test
    void malformedFilesNameFileAndLine() throws Exception {
        Path noEnd = edited(COMMA, "noend.z", l -> {
            l.remove(6);
            return l;
        });
        ImportException e = assertThrows(ImportException.class, () -> new ZviewImporter().read(noEnd));
        assertTrue(e.getMessage().startsWith("noend.z, line 34: no 'End Comments' line"), e.getMessage());

        Path bad = edited(COMMA, "bad.z", l -> {
            l.set(12, l.get(12).replace("6.000,", "6.0x0,"));
            return l;
        });
        // line 13 holds the 4th data row: its time column is not a number
        e = assertThrows(ImportException.class, () -> new ZviewImporter().read(bad));
        assertEquals(13, e.line());
        assertTrue(e.reason().contains("Time(Sec)"), e.getMessage());

        Path badZ = edited(SPACE, "badz.z", l -> {
            l.set(20, l.get(20).replaceFirst("(\\S+\\s+){4}\\S+", "1 2 3 4 abc"));
            return l;
        });
        e = assertThrows(ImportException.class, () -> new ZviewImporter().read(badZ));
        assertEquals(21, e.line());
        assertTrue(e.getMessage().startsWith("badz.z, line 21: Z'(a): 'abc' is not a number"), e.getMessage());

        Path shortRow = edited(SPACE, "short.z", l -> {
            l.set(9, "  1.0E+03  0.01  0.0  3.0");
            return l;
        });
        e = assertThrows(ImportException.class, () -> new ZviewImporter().read(shortRow));
        assertEquals(10, e.line());
        assertTrue(e.reason().contains("found 4"), e.getMessage());

        Path header = edited(COMMA, "header.z", l -> {
            l.set(8, "Freq(Hz), Ampl, Bias, Time(Sec), Zre, Zim");
            return l;
        });
        e = assertThrows(ImportException.class, () -> new ZviewImporter().read(header));
        assertEquals(9, e.line());

        Path empty = edited(COMMA, "empty.z", l -> new ArrayList<>(l.subList(0, 9)));
        e = assertThrows(ImportException.class, () -> new ZviewImporter().read(empty));
        assertTrue(e.reason().contains("no data rows"), e.getMessage());

        Path negative = edited(COMMA, "neg.z", l -> {
            l.set(10, "-" + l.get(10));
            return l;
        });
        e = assertThrows(ImportException.class, () -> new ZviewImporter().read(negative));
        assertEquals(11, e.line());
        assertTrue(e.reason().contains("frequency must be positive"), e.getMessage());
    }
}
