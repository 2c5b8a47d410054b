package org.interphase.sims.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.sims.api.MassCalibration;
import org.interphase.sims.api.MassSpectra;
import org.interphase.sims.api.MassSpectrumData;
import org.interphase.sims.internal.SurfaceLabProfileImporter;
import org.interphase.sims.internal.SurfaceLabSpectrumImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** P_Ru_Bi1_1.txt facts (data/README.md section 3) and ToF mass calibration. */
class MassSpectrumTest {

    @TempDir
    Path dir;

    @Test
    void readmeFacts() throws Exception {
        Path file = SharedData.spectrum();
        SurfaceLabSpectrumImporter importer = new SurfaceLabSpectrumImporter();
        assertTrue(importer.detect(FileProbe.of(file)) > 0.9);
        assertEquals(0, new SurfaceLabProfileImporter().detect(FileProbe.of(file)));
        assertEquals(0, importer.detect(FileProbe.of(SharedData.profile(SharedData.POS))));
        Imported imported = importer.read(file);
        Map<String, Object> f = imported.facts();
        assertEquals(4830, f.get("lines"));
        assertEquals(4827, f.get("dataRows"));
        assertEquals(200, f.get("binningChannels"));
        assertEquals(true, f.get("deadtimeCorrection"));
        assertEquals(100.0, f.get("channelFirst"));
        assertEquals(965288.0, f.get("channelLast"));
        assertEquals(188.0, f.get("channelStepLast"));
        assertEquals(0.000197, (double) f.get("mzFirst"), 1e-12);
        assertEquals(858.054742, (double) f.get("mzLast"), 1e-9);
        assertEquals(663063.0, f.get("maxIntensity"));
        assertEquals(22.98978, (double) f.get("maxAtMz"), 1e-9);
        assertEquals(1542320.0, f.get("intensitySum"));
        org.interphase.model.MassSpectrum m = (org.interphase.model.MassSpectrum) imported.measurements().get(0);
        assertEquals(4827, m.getBinCount());
        assertEquals("P_Ru_Bi1_1", m.getName());
        assertTrue(m.getMetadata().stream().anyMatch(e -> e.getKey().equals("Binning") && e.getValue().equals("200 channels")),
                "header '# Binning: 200 channels' kept as metadata");

        MassSpectrumData s = MassSpectra.readData(file);
        for (int i = 1; i < s.size() - 1; i++) {
            assertEquals(200, s.channel()[i] - s.channel()[i - 1], 0, "step at row " + i);
        }
    }

    /**
     * Calibration from four chosen peaks (the file's own H+, Na+, 102Ru+ and a high-mass bin) reproduces the
     * file's m/z column: |sqrt(m_fit) - sqrt(m_file)| <= 3e-7 sqrt(u) above 1 u (README: 2.3e-7 for the
     * published a, b) and <= 1.2e-5 sqrt(u) everywhere (6-decimal rounding at the lowest channels).
     */
    @Test
    void calibrationReproducesTheFileAxis() throws Exception {
        MassSpectrumData s = MassSpectra.readData(SharedData.spectrum());
        double[] targets = { 1.0078, 22.98977, 101.9043, 500 };
        double[] t = new double[targets.length];
        double[] m = new double[targets.length];
        for (int p = 0; p < targets.length; p++) {
            int best = 0;
            for (int i = 0; i < s.size(); i++) {
                if (Math.abs(s.massToCharge()[i] - targets[p]) < Math.abs(s.massToCharge()[best] - targets[p])) {
                    best = i;
                }
            }
            t[p] = s.channel()[best];
            m[p] = s.massToCharge()[best];
        }
        MassCalibration cal = MassCalibration.fit(t, m);
        // README: sqrt(m) = a channel + b, a = 3.03345e-5, b = 0.0110098 -> k = 1/a, t0 = -b/a
        assertEquals(3.03345e-5, 1 / cal.k(), 1e-10);
        assertEquals(0.0110098, -cal.t0() / cal.k(), 1e-6);
        double worstAbove1 = 0;
        double worst = 0;
        for (int i = 0; i < s.size(); i++) {
            double d = Math.abs(Math.sqrt(cal.mass(s.channel()[i])) - Math.sqrt(s.massToCharge()[i]));
            worst = Math.max(worst, d);
            if (s.massToCharge()[i] > 1) {
                worstAbove1 = Math.max(worstAbove1, d);
            }
        }
        assertTrue(worstAbove1 <= 3e-7, "worst above 1 u: " + worstAbove1);
        assertTrue(worst <= 1.2e-5, "worst: " + worst);
        assertEquals(22.98978, cal.mass(cal.time(22.98978)), 1e-9);
        assertTrue(cal.kError() > 0 && cal.kError() < 1e-2 * cal.k());
    }

    @Test
    void twoPeaksAreExactAndOneIsRejected() {
        MassCalibration c = MassCalibration.fit(new double[] { 1000 + 2 * 1, 1000 + 2 * 3 }, new double[] { 1, 9 });
        assertEquals(1000, c.t0(), 1e-9);
        assertEquals(2, c.k(), 1e-12);
        assertEquals(16, c.mass(1008), 1e-9);
        assertTrue(Double.isNaN(c.kError()));
        assertThrows(IllegalArgumentException.class, () -> MassCalibration.fit(new double[] { 1 }, new double[] { 1 }));
        assertThrows(IllegalArgumentException.class,
                () -> MassCalibration.fit(new double[] { 1, 2 }, new double[] { 4, 4 }));
    }

    @Test
    void peakList() throws Exception {
        MassSpectrumData s = MassSpectra.readData(SharedData.spectrum());
        List<MassSpectra.Peak> peaks = MassSpectra.peaks(s, 1000);
        MassSpectra.Peak top = peaks.stream().max(Comparator.comparingDouble(MassSpectra.Peak::height)).orElseThrow();
        assertEquals(22.98978, top.apexMass(), 1e-9);
        assertEquals(663063, top.height(), 0);
        assertEquals(157700, top.centroid(), 200, "centroid within one bin of the apex");
        assertTrue(peaks.size() > 10, "peaks: " + peaks.size());
    }

    @Test
    void malformed() throws Exception {
        Path f = dir.resolve("bad.txt");
        Files.writeString(f, "# Binning: 200 channels\r\nChannel\tm/z\tIntensity\r\n100\t0.1\t0\r\n300\t0.2\r\n");
        ImportException e = assertThrows(ImportException.class, () -> MassSpectra.readData(f));
        assertEquals("bad.txt, line 4: expected 3 cells, found 2", e.getMessage());
        Files.writeString(f, "# Binning: 200 channels\r\nChannel\tm/z\tIntensity\r\n");
        assertEquals("bad.txt, line 3: no data rows",
                assertThrows(ImportException.class, () -> MassSpectra.readData(f)).getMessage());
        Files.writeString(f, "# Binning: 200 channels\r\nChannel\tm/z\tIntensity\r\n100\t0.1\t0\r\n90\t0.2\t1\r\n");
        assertEquals(4, assertThrows(ImportException.class, () -> MassSpectra.readData(f)).line());
        Files.writeString(f, "hello\r\n");
        assertEquals(1, assertThrows(ImportException.class, () -> MassSpectra.readData(f)).line());
    }
}
