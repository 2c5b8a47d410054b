package org.interphase.xps.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.xps.api.CasaComponent;
import org.interphase.xps.api.EnergyKind;
import org.interphase.xps.api.IntensityUnit;
import org.interphase.xps.api.XpsFiles;
import org.interphase.xps.api.XpsRegionData;
import org.interphase.xps.internal.importers.CasaExportImporter;
import org.interphase.xps.internal.importers.CsvXpsImporter;
import org.interphase.xps.internal.importers.PhiSpeImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CasaXPS column exports (the real "Export to CSV" and line-shape files of ../shared/data, checked against the
 * data README's facts) and the VersaProbe 4 layout of PHI {@code .spe} trace headers (a file written here:
 * no real one is shared).
 */
class CasaExportAndPhiLayoutTest {

    @TempDir
    Path dir;

    @Test
    void casaCsvExportIsTheRawSpectrumWithItsStoredFit() throws Exception {
        Path f = SharedData.xps("casa_csv/20240220_Au_MPPipTFSI4AMSIol3_F_1s.csv");
        assertEquals(0.95, new CasaExportImporter().detect(FileProbe.of(f)));
        List<XpsRegionData> regions = XpsFiles.readData(f);
        assertEquals(1, regions.size());
        XpsRegionData r = regions.get(0);
        assertEquals("F 1s 5", r.label());
        assertEquals("F", r.species());
        assertEquals(EnergyKind.BINDING, r.energyKind());
        assertEquals(IntensityUnit.COUNTS_PER_SECOND, r.unit());
        assertEquals(1486.6, r.photonEnergy(), 1e-12);
        assertEquals(97, r.pointCount());
        assertEquals(695.1, r.energy()[0], 1e-9);
        assertEquals(683.1, r.energy()[96], 1e-9, "descending binding energy is normal");
        double sum = 0;
        int top = 0;
        for (int i = 0; i < r.pointCount(); i++) {
            sum += r.intensity()[i];
            top = r.intensity()[i] > r.intensity()[top] ? i : top;
        }
        assertEquals(728047.93, sum, 0.01);
        assertEquals(32880.6, r.intensity()[top], 1e-9);
        assertEquals(688.1, r.energy()[top], 1e-9);
        assertEquals(1, r.casaComponents().size());
        CasaComponent c = r.casaComponents().get(0);
        assertEquals(687.975, c.position().value(), 1e-9, "component minus background peaks at 687.975 eV");
        assertEquals(1, r.casaRegions().size());
        assertEquals(List.of(2747.43, 2513.14), r.casaRegions().get(0).backgroundParameters());
    }

    @Test
    void casaLineShapeExportIsXpsOnBindingEnergy() throws Exception {
        Path f = SharedData.xps("casa_oracle/FeO_analyzed_lineshapes_cols.txt");
        List<XpsRegionData> regions = XpsFiles.readData(f);
        assertEquals(1, regions.size(), "the K.E. group and its B.E. twin are one region");
        XpsRegionData r = regions.get(0);
        assertEquals(1121, r.pointCount());
        assertEquals(EnergyKind.BINDING, r.energyKind());
        assertEquals(750.0, r.energy()[0], 1e-9);
        assertEquals(694.0, r.energy()[1120], 1e-9);
        assertEquals(6258.45, r.intensity()[0], 1e-9, "CPS = Counts / 2");
        assertEquals(1486.61, r.photonEnergy(), 1e-9);
        assertEquals(4, r.casaComponents().size());
        double[] positions = {709.05, 716.00, 722.13, 729.89};
        for (int k = 0; k < 4; k++) {
            assertEquals(positions[k], r.casaComponents().get(k).position().value(), 1e-9);
        }
        assertEquals("LF(0.54,10,80,100,6)", r.casaComponents().get(0).lineShape());
        assertEquals(63507.37, r.casaComponents().get(0).area().value(), 1e-9);
        assertEquals(List.of(6258.45, 1442.15), r.casaRegions().get(0).backgroundParameters(),
                "the Tougaard background equals the data at both ends");
    }

    @Test
    void casaExportWithTwoRegionsSideBySide() throws Exception {
        Path f = dir.resolve("two.csv");
        Files.writeString(f, """
                ,,,,,,,,,,
                ,,,,,,,,,,
                Characteristic Energy eV,1486.6,Acquisition Time s,0.5,,,,,,,
                BE_C 1s 2,CPS_C 1s 2,C 1s_1_C 1s 2,Background_C 1s 2,Envelope_C 1s 2,,BE_O 1s 3,CPS_O 1s 3,O 1s_1_O 1s 3,Background_O 1s 3,Envelope_O 1s 3
                290,10,10,10,10,,535,20,20,20,20
                289,30,40,10,40,,534,60,90,20,90
                288,12,12,10,12,,533,25,25,20,25
                ,,,,,,532,21,21,20,21
                """);
        List<XpsRegionData> r = XpsFiles.readData(f);
        assertEquals(List.of("C 1s 2", "O 1s 3"), r.stream().map(XpsRegionData::label).toList());
        assertEquals(3, r.get(0).pointCount());
        assertEquals(4, r.get(1).pointCount(), "a longer region next to a shorter one");
        assertEquals(289, r.get(0).casaComponents().get(0).position().value(), 1e-12);
        assertEquals(534, r.get(1).casaComponents().get(0).position().value(), 1e-12);
        // component minus background is a triangle 0, 30, 2 on a 1 eV grid: area 15 + 16 = 31
        assertEquals(31, r.get(0).casaComponents().get(0).area().value(), 1e-12);
    }

    @Test
    void malformedCasaExportNamesFileAndLine() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "Characteristic Energy eV,1486.6,Acquisition Time s,1,\nBE_X,CPS_X\n290,10\n289,x\n");
        ImportException e = assertThrows(ImportException.class, () -> XpsFiles.readData(f));
        assertEquals(4, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.csv, line 4: column 2: 'x'"), e.getMessage());
    }

    private static double[] ramp(double a, double step, int n) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = a + step * i;
        }
        return y;
    }

    @Test
    void phiVersaProbe4LayoutLocatesTheDataByTheirStart() throws Exception {
        // as the VersaProbe 4 file of the issue: one Su1s trace of 1751 float32 points, 112 + 7004 = 7116 bytes
        Path p = dir.resolve("vp4.spe");
        double[] y = ramp(100.5, 0.25, 1751);
        Files.write(p, PhiSpeFiles.write(List.of(new PhiSpeFiles.Region("Su1s", 0, 1100, -0.75, 0.05, 2, y, false)),
                "\r\n", true));
        byte[] bytes = Files.readAllBytes(p);
        int eofh = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("EOFH\r\n") + 6;
        assertEquals(7116, bytes.length - eofh, "the binary part is data header + trace header + data, nothing more");
        assertEquals(0.95, new PhiSpeImporter().detect(FileProbe.of(p)));
        assertEquals(0, new CsvXpsImporter().detect(FileProbe.of(p)));
        XpsRegionData r = XpsFiles.readData(p).get(0);
        assertEquals(1751, r.pointCount());
        assertEquals(100.5, r.intensity()[0], 1e-6);
        assertEquals(100.5 + 0.25 * 1750, r.intensity()[1750], 1e-3);
        assertEquals(1100, r.energy()[0], 1e-9);

        Path cut = dir.resolve("cut.spe");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        ImportException e = assertThrows(ImportException.class, () -> XpsFiles.readData(cut));
        assertTrue(e.getMessage().contains("truncated: needs 7004 bytes from byte 112"), e.getMessage());
        assertFalse(e.getMessage().contains("-"), "never a negative offset: " + e.getMessage());
    }
}
