package org.interphase.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.Imported;
import org.interphase.core.api.Importer;
import org.interphase.core.api.Importers;
import org.interphase.eis.api.EisFile;
import org.interphase.eis.api.EisReaders;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.internal.DelimitedImporter;
import org.interphase.eis.internal.GamryDtaImporter;
import org.interphase.eis.internal.MprImporter;
import org.interphase.eis.internal.MptImporter;
import org.interphase.model.ImpedanceSpectrum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference facts of ../shared/data/README.md §1 for every EIS file. */
class ImportersTest {

    private static final List<Importer> ALL = List.of(new MptImporter(), new MprImporter(), new GamryDtaImporter(),
            new DelimitedImporter());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        SharedData.MPT + ", eis.biologic.mpt, 79, 0.10002181, 7000018.5",
        SharedData.MPR + ", eis.biologic.mpr, 79, 0.10002181, 7000018.5",
        SharedData.DTA + ", eis.gamry.dta, 71, 0.1001603, 1000078",
        SharedData.CSV + ", eis.delimited, 66, 0.0031623, 10000",
        SharedData.LIB + ", eis.delimited, 107, 0.00500083202, 999.040405" })
    void detectsAndReadsReferenceFacts(String name, String importerId, int points, double fMin, double fMax)
            throws Exception {
        Path file = SharedData.eis(name);
        Importer best = Importers.best(file, ALL).orElseThrow();
        assertEquals(importerId, best.id(), "content detection");
        Imported imported = Importers.stamp(best.read(file), file, best);
        assertEquals(1, imported.measurements().size());
        ImpedanceSpectrum s = (ImpedanceSpectrum) imported.measurements().get(0);
        assertEquals(points, s.getPointCount());
        assertEquals(fMin, s.getFrequencyMinHz(), fMin * 1e-6);
        assertEquals(fMax, s.getFrequencyMaxHz(), fMax * 1e-6);
        assertEquals(64, s.getSha256().length());
        assertEquals(importerId, s.getImporterId());
        Map<String, Object> facts = imported.facts();
        assertEquals(1, facts.get("spectra"));
        assertEquals(List.of(points), facts.get("pointsPerSpectrum"));
        assertTrue(facts.containsKey("columns"));
    }

    @Test
    void mptIsLatin1WithFlippedImaginaryPartAndCycle() throws Exception {
        EisFile f = EisReaders.readData(SharedData.eis(SharedData.MPT));
        ImpedanceData d = f.spectra().get(0);
        assertEquals(List.of("freq/Hz", "Re(Z)/Ohm", "-Im(Z)/Ohm", "cycle number"), f.columns());
        assertEquals("-Im(Z)", f.imagSign());
        assertEquals(1, d.cycle().getAsInt());
        assertEquals(7.0000185E+006, d.frequency(0), 0);
        assertEquals(3.5924146E+002, d.z(0).re(), 0);
        assertEquals(-2.9092038E+002, d.z(0).im(), 0, "-Im(Z) is flipped to a signed Im Z");
        assertEquals(8.0937855E+006, -d.z(78).im(), 0);
        assertEquals("0.001 cm\u00B2", f.metadata().get("Electrode surface area"), "Latin-1 byte decoded");
        assertEquals("BioLogic SP-300 (SN 1787)", f.instrument().orElseThrow());
        assertEquals("05/15/2025 01:18:45.867", f.acquiredAt().orElseThrow());
        // |Z| spans 462 Ohm to 8.3 MOhm
        assertEquals(462.26517, d.z(0).abs(), 1e-3);
        assertEquals(8.2913995e6, d.z(78).abs(), 10);
    }

    @Test
    void mprGivesExactlyTheSpectrumOfThePairedMpt() throws Exception {
        ImpedanceData mpt = EisReaders.readFirst(SharedData.eis(SharedData.MPT));
        ImpedanceData mpr = EisReaders.readFirst(SharedData.eis(SharedData.MPR));
        assertEquals(79, mpr.size());
        assertEquals(mpt.cycle(), mpr.cycle());
        for (int i = 0; i < 79; i++) {
            // the .mpr stores float32; the .mpt prints the same float with 8 significant digits
            assertEquals((float) mpt.frequency(i), (float) mpr.frequency(i), "f at point " + i);
            assertEquals((float) mpt.z(i).re(), (float) mpr.z(i).re(), "Z' at point " + i);
            assertEquals((float) mpt.z(i).im(), (float) mpr.z(i).im(), "Z'' at point " + i);
        }
    }

    @Test
    void gamryGalvanostaticCurve() throws Exception {
        EisFile f = EisReaders.readData(SharedData.eis(SharedData.DTA));
        assertEquals("GALVEIS", f.metadata().get("TAG"));
        ImpedanceData d = f.spectra().get(0);
        assertEquals(71, d.size());
        assertEquals(1000078, d.frequency(0), 0);
        assertEquals(0.1695821, d.z(0).im(), 0, "Zimag is signed (inductive here)");
        assertEquals(0.1760061, d.z(0).abs(), 1e-6, "matches the Zmod column");
        assertEquals(List.of("Freq", "Zreal", "Zimag"), f.columns());
        assertEquals("10/25/2024 21:09:58.727375", f.acquiredAt().orElseThrow());
    }

    @Test
    void csvExampleKeepsSignAndHasNineInductivePoints() throws Exception {
        EisFile f = EisReaders.readData(SharedData.eis(SharedData.CSV));
        ImpedanceData d = f.spectra().get(0);
        assertEquals("Im(Z)", f.imagSign());
        assertEquals(66, d.size());
        assertEquals(9, d.size() - d.capacitiveOnly().size());
        assertEquals(57, d.capacitiveOnly().size());
        assertEquals(0.0031623, d.frequency(0), 1e-12, "ascending");
    }

    @Test
    void whitespaceLibFileIsDescending() throws Exception {
        EisFile f = EisReaders.readData(SharedData.eis(SharedData.LIB));
        ImpedanceData d = f.spectra().get(0);
        assertEquals("tab", f.metadata().get("separator"), "TAB plus padding spaces");
        assertEquals("Im(Z)", f.imagSign());
        assertEquals(999.040405, d.frequency(0), 0);
        assertEquals(0.00318273902, d.z(0).im(), 0, "positive = inductive at the top frequency");
        assertTrue(d.frequency(106) < d.frequency(0));
    }

    @Test
    void probesOfOtherFilesAreNotClaimedByTheBinaryOrGamryReaders() throws Exception {
        FileProbe csv = FileProbe.of(SharedData.eis(SharedData.CSV));
        assertEquals(0, new MprImporter().detect(csv));
        assertEquals(0, new GamryDtaImporter().detect(csv));
        assertEquals(0, new MptImporter().detect(csv));
    }

    /**
     * EC-Lab files of other techniques are left to their plug-ins: a text export whose column row names no freq/Hz
     * and the real cycling .mpr (cellpy_biol.mpr: a GCPL record without a frequency column) score 0, while the
     * impedance exports keep 1.
     */
    @Test
    void ecLabFilesWithoutFrequencyAreNotImpedance(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String header = "EC-Lab ASCII FILE\nNb header lines : 4\n\nmode\tox/red\ttime/s\tEwe/V\tI/mA\t(Q-Qo)/mA.h\n"
                + "1\t1\t0.0\t3.1\t0.3\t0.0\n";
        Path cycling = Files.writeString(dir.resolve("gcpl.mpt"), header);
        assertEquals(0, new MptImporter().detect(FileProbe.of(cycling)), "a cycling export");
        Path impedance = Files.writeString(dir.resolve("peis.mpt"), header.replace("mode\t", "freq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\tmode\t"));
        assertEquals(1.0, new MptImporter().detect(FileProbe.of(impedance)));
        assertEquals(1.0, new MptImporter().detect(FileProbe.of(SharedData.eis(SharedData.MPT))), "real PEIS export");
        assertEquals(1.0, new MprImporter().detect(FileProbe.of(SharedData.eis(SharedData.MPR))), "real PEIS .mpr");
        Path biol = SharedData.eis(SharedData.MPR).getParent().resolveSibling("cycling").resolve("cellpy_biol.mpr");
        assertEquals(0, new MprImporter().detect(FileProbe.of(biol)), "real GCPL .mpr");
    }
}
