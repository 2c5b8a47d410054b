package org.interphase.xps.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.model.XpsSpectrum;
import org.interphase.xps.api.EnergyKind;
import org.interphase.xps.api.IntensityUnit;
import org.interphase.xps.api.XpsFiles;
import org.interphase.xps.api.XpsRegionData;
import org.interphase.xps.internal.importers.CsvXpsImporter;
import org.interphase.xps.internal.importers.PhiSpeImporter;
import org.interphase.xps.internal.importers.ScientaTxtImporter;
import org.interphase.xps.internal.importers.SpecsXyImporter;
import org.interphase.xps.internal.importers.VamasImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PHI .spe, Scienta SES .txt and CSV/TXT column files: numbers, energy scales, detection, errors. */
class FormatsTest {

    static final Path DATA = Path.of(System.getProperty("user.dir"), "data", "formats");

    @TempDir
    Path dir;

    private static double[] ramp(double a, double step, int n) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = a + step * i;
        }
        return y;
    }

    private Path phi(String lineEnd) throws Exception {
        Path p = dir.resolve("sample.spe");
        Files.write(p, PhiSpeFiles.write(List.of(
                new PhiSpeFiles.Region("S2p", 16, 170.0, 155.0, 0.16, 3, ramp(1000.25, 12.5, 151), false),
                new PhiSpeFiles.Region("P2p", 15, 140.0, 125.0, 0.2, 8, ramp(2000.125, 0.125, 61), true)), lineEnd));
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = { "\n", "\r\n" })
    void phiSpeRegionsMatchTheWrittenNumbers(String lineEnd) throws Exception {
        Path p = phi(lineEnd);
        assertEquals(0.95, new PhiSpeImporter().detect(FileProbe.of(p)));
        assertEquals(0, new VamasImporter().detect(FileProbe.of(p)));
        assertEquals(0, new CsvXpsImporter().detect(FileProbe.of(p)));
        List<XpsRegionData> r = XpsFiles.readData(p);
        assertEquals(2, r.size());
        XpsRegionData s = r.get(0);
        assertEquals("S2p", s.label());
        assertEquals("S", s.species());
        assertEquals("2p", s.transition());
        assertEquals(EnergyKind.BINDING, s.energyKind());
        assertEquals(IntensityUnit.COUNTS_PER_SECOND, s.unit());
        assertEquals(1486.6, s.photonEnergy(), 0);
        assertEquals(151, s.pointCount());
        assertEquals(170.0, s.energy()[0], 1e-12);
        assertEquals(155.0, s.energy()[150], 1e-12);
        assertEquals(169.9, s.energy()[1], 1e-12, "step -0.1 eV");
        // float32 holds 1000.25 + 12.5 k exactly (multiples of 1/4 below 2^22)
        assertArrayEquals(ramp(1000.25, 12.5, 151), s.intensity(), 0);
        assertEquals(0.16, s.dwellTime(), 1e-12);
        assertEquals(3, s.scans(), 0);
        assertEquals(1 / (0.16 * 3), s.poissonFactor(), 1e-12);
        XpsRegionData q = r.get(1);
        assertArrayEquals(ramp(2000.125, 0.125, 61), q.intensity(), 0, "float64 trace");
        assertEquals(125.0, q.energy()[60], 1e-12);
        Imported imp = new PhiSpeImporter().read(p);
        XpsSpectrum m = (XpsSpectrum) imp.measurements().get(0);
        assertEquals(2, m.getRegions().size());
        assertEquals(170.0, m.getRegions().get(0).getBindingEnergyStartEV(), 1e-12);
        assertEquals(1486.6, m.getPhotonEnergyEV(), 0);
        assertEquals("PHI SPE", imp.facts().get("format"));
    }

    @Test
    void malformedPhiFilesNameFileAndLine() throws Exception {
        byte[] good = PhiSpeFiles.write(List.of(new PhiSpeFiles.Region("S2p", 16, 170, 160, 0.1, 1, ramp(1, 1, 101),
                false)), "\n");
        String text = new String(good, StandardCharsets.ISO_8859_1);
        int eofh = text.indexOf("EOFH\n") + 5;
        long headerLines = text.substring(0, eofh).chars().filter(c -> c == '\n').count();
        // truncated binary: reported on the line after EOFH
        Path cut = dir.resolve("cut.spe");
        Files.write(cut, Arrays.copyOf(good, good.length - 100));
        ImportException e = assertThrows(ImportException.class, () -> XpsFiles.readData(cut));
        assertTrue(e.getMessage().startsWith("cut.spe, line " + (headerLines + 1) + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        // no EOFH
        Path open = dir.resolve("open.spe");
        Files.write(open, text.substring(0, eofh - 5).getBytes(StandardCharsets.ISO_8859_1));
        e = assertThrows(ImportException.class, () -> new PhiSpeImporter().read(open));
        assertTrue(e.getMessage().contains("no EOFH"), e.getMessage());
        // a bad number in SpectralRegDef: its own line
        Path bad = dir.resolve("bad.spe");
        String broken = text.replace("SpectralRegDef: 1 1 S2p 16 101", "SpectralRegDef: 1 1 S2p 16 1o1");
        Files.write(bad, broken.getBytes(StandardCharsets.ISO_8859_1));
        int line = 1 + (int) broken.substring(0, broken.indexOf("SpectralRegDef: ")).chars().filter(c -> c == '\n').count();
        e = assertThrows(ImportException.class, () -> new PhiSpeImporter().read(bad));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("'1o1' is not an integer"), e.getMessage());
        // declared region count disagrees
        Path count = dir.resolve("count.spe");
        Files.write(count, text.replace("NoSpectralReg: 1", "NoSpectralReg: 2").getBytes(StandardCharsets.ISO_8859_1));
        e = assertThrows(ImportException.class, () -> new PhiSpeImporter().read(count));
        assertTrue(e.getMessage().contains("NoSpectralReg says 2"), e.getMessage());
    }

    @Test
    void scientaKineticAndBindingRegions() throws Exception {
        Path p = DATA.resolve("scienta_two_regions.txt");
        assertEquals(0.95, new ScientaTxtImporter().detect(FileProbe.of(p)));
        assertEquals(0, new CsvXpsImporter().detect(FileProbe.of(p)));
        List<XpsRegionData> r = XpsFiles.readData(p);
        assertEquals(2, r.size());
        XpsRegionData s = r.get(0);
        assertEquals("S 2p", s.label());
        assertEquals("S", s.species());
        assertEquals(EnergyKind.KINETIC, s.energyKind());
        assertEquals(1320.0, s.energy()[0], 1e-9);
        // BE = hv - KE: 1486.6 - 1320.0 = 166.6 ... 1486.6 - 1320.5 = 166.1
        assertEquals(166.6, s.bindingEnergy()[0], 1e-9);
        assertEquals(166.1, s.bindingEnergy()[10], 1e-9);
        // two detector slices summed: (100 + 10 i) + (50 + i)
        assertEquals(150, s.intensity()[0], 1e-9);
        assertEquals(260, s.intensity()[10], 1e-9);
        assertEquals(IntensityUnit.COUNTS, s.unit());
        assertEquals(0.2, s.dwellTime(), 1e-12, "Step Time 200 ms");
        assertEquals(5, s.scans(), 0);
        assertEquals(1, s.cps()[0] / 150 * 0.2 * 5, 1e-12, "CPS = counts / (dwell x sweeps)");
        XpsRegionData c = r.get(1);
        assertEquals(EnergyKind.BINDING, c.energyKind());
        assertEquals(290, c.bindingEnergy()[0], 1e-12);
        assertEquals(1004, c.intensity()[4], 1e-12);
        assertEquals(2, ((XpsSpectrum) new ScientaTxtImporter().read(p).measurements().get(0)).getRegions().size());
    }

    @Test
    void malformedScientaFilesNameFileAndLine() throws Exception {
        List<String> lines = Files.readAllLines(DATA.resolve("scienta_two_regions.txt"));
        int data1 = lines.indexOf("[Data 1]");
        List<String> badValue = new java.util.ArrayList<>(lines);
        badValue.set(data1 + 3, " 1.32010000E+03  x.0  5.0");
        Path p = dir.resolve("bad.txt");
        Files.write(p, badValue);
        ImportException e = assertThrows(ImportException.class, () -> XpsFiles.readData(p));
        assertEquals(data1 + 4, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.txt, line " + (data1 + 4)), e.getMessage());
        // a missing row: the declared Dimension 1 size disagrees, reported at [Data 1]
        List<String> shortData = new java.util.ArrayList<>(lines);
        shortData.remove(data1 + 5);
        Path q = dir.resolve("short.txt");
        Files.write(q, shortData);
        e = assertThrows(ImportException.class, () -> XpsFiles.readData(q));
        assertEquals(data1 + 1, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("10 rows") && e.getMessage().contains("size=11"), e.getMessage());
        // truncated after region 1: declared 2 regions
        Path t = dir.resolve("trunc.txt");
        Files.write(t, lines.subList(0, lines.indexOf("[Region 2]")));
        e = assertThrows(ImportException.class, () -> XpsFiles.readData(t));
        assertTrue(e.getMessage().contains("declares 2 regions"), e.getMessage());
    }

    @Test
    void columnFilesWithDecimalCommaKineticAxisAndHeaders() throws Exception {
        Path csv = DATA.resolve("s2p_decimal_comma.csv");
        assertEquals(0.6, new CsvXpsImporter().detect(FileProbe.of(csv)), "binding-energy header: XPS");
        List<XpsRegionData> r = XpsFiles.readData(csv);
        assertEquals(1, r.size());
        XpsRegionData s = r.get(0);
        assertEquals("S 2p (cps)", s.label());
        assertEquals("S", s.species());
        assertEquals(EnergyKind.BINDING, s.energyKind());
        assertEquals(IntensityUnit.COUNTS_PER_SECOND, s.unit());
        assertArrayEquals(new double[] { 170, 169.5, 169, 168.5, 168, 167.5 }, s.energy(), 1e-12);
        assertArrayEquals(new double[] { 1200, 1300, 1400, 1500, 1600, 1700 }, s.intensity(), 1e-9);
        assertEquals(1486.6, s.photonEnergy(), 1e-12, "hv = 1486,6 in a comment");
        assertEquals(1 / (0.1 * 10), s.poissonFactor(), 1e-12);

        Path tab = DATA.resolve("p2p_kinetic_tab.txt");
        List<XpsRegionData> t = XpsFiles.readData(tab);
        assertEquals(2, t.size(), "two intensity columns, two regions");
        assertEquals(EnergyKind.KINETIC, t.get(0).energyKind());
        assertEquals(1486.6 - 1350.0, t.get(0).bindingEnergy()[0], 1e-9);
        assertEquals(IntensityUnit.COUNTS, t.get(0).unit());
        assertEquals(328, t.get(0).intensity()[4], 0);
        assertEquals(327.5, t.get(1).intensity()[4], 1e-12);

        Path blank = dir.resolve("c1s.dat");
        Files.writeString(blank, "285,0 1234,5\n284,5 2345,5\n284,0 1000\n");
        // no header naming an energy: the name "c1s" does not make it XPS, the user says so with --as
        assertTrue(assertThrows(ImportException.class, () -> XpsFiles.readData(blank)).getMessage().contains("--as"));
        XpsRegionData b = XpsFiles.readData(blank, java.util.Optional.of("xps:columns")).get(0);
        assertArrayEquals(new double[] { 285, 284.5, 284 }, b.energy(), 1e-12, "blank-separated decimal comma");
        assertArrayEquals(new double[] { 1234.5, 2345.5, 1000 }, b.intensity(), 1e-12);
        assertEquals(0, new SpecsXyImporter().detect(FileProbe.of(blank)));
    }

    @Test
    void malformedColumnFilesNameFileAndLine() throws Exception {
        Path p = dir.resolve("s2p.csv");
        Files.writeString(p, "# S 2p\nBE;cps\n170;10\n169,5;11\n169;abc\n");
        ImportException e = assertThrows(ImportException.class, () -> XpsFiles.readData(p));
        assertEquals("s2p.csv, line 5: expected numbers, found '169;abc'", e.getMessage());
        Path q = dir.resolve("cols.csv");
        Files.writeString(q, "170;10;3\n169;11\n");
        e = assertThrows(ImportException.class, () -> XpsFiles.readData(q, java.util.Optional.of("xps:columns")));
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("first data row (line 1) had 3"), e.getMessage());
        Path k = dir.resolve("ke.csv");
        Files.writeString(k, "KE;counts\n1200;1\n1201;2\n");
        e = assertThrows(ImportException.class, () -> XpsFiles.readData(k));
        assertTrue(e.getMessage().contains("no photon energy"), e.getMessage());
        Path one = dir.resolve("one.csv");
        Files.writeString(one, "BE;cps\n170;10\n");
        e = assertThrows(ImportException.class, () -> XpsFiles.readData(one));
        assertTrue(e.getMessage().contains("fewer than 2 data rows"), e.getMessage());
    }
}
