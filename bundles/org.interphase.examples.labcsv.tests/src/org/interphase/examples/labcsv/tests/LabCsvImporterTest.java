package org.interphase.examples.labcsv.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.examples.labcsv.api.LabCsvFile;
import org.interphase.examples.labcsv.api.LabCsvReader;
import org.interphase.examples.labcsv.internal.LabCsvImporter;
import org.interphase.model.ImpedanceSpectrum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The importer against the analytic sample and against broken files. */
class LabCsvImporterTest {

    @TempDir
    Path dir;

    @Test
    void factsOfTheSampleMatchTheAnalyticCircuit() throws Exception {
        Path file = Samples.copy("rc-circuit.csv", dir);
        Imported imported = new LabCsvImporter().read(file);
        Map<String, Object> facts = imported.facts();
        assertEquals("Battery Lab 3", facts.get("lab"));
        assertEquals(Samples.POINTS, facts.get("points"));
        assertEquals(Samples.F_MIN, (Double) facts.get("frequencyMinHz"), 1e-9 * Samples.F_MIN);
        assertEquals(Samples.F_MAX, (Double) facts.get("frequencyMaxHz"), 1e-9 * Samples.F_MAX);
        // |Z| falls monotonically with frequency for R0 + R1||C: the extremes sit at the ends of the sweep.
        // The file carries 10 significant digits, so 1e-8 relative is safe.
        double zMin = Samples.modulus(Samples.F_MAX), zMax = Samples.modulus(Samples.F_MIN);
        assertEquals(zMin, (Double) facts.get("zAbsMinOhm"), 1e-8 * zMin);
        assertEquals(zMax, (Double) facts.get("zAbsMaxOhm"), 1e-8 * zMax);
        assertEquals(20.0, zMin, 0.01); // high-frequency limit R0
        assertEquals(120.0, zMax, 0.01); // low-frequency limit R0 + R1
    }

    @Test
    void createsOneImpedanceSpectrumWithMetadata() throws Exception {
        Path file = Samples.copy("rc-circuit.csv", dir);
        Imported imported = new LabCsvImporter().read(file);
        assertEquals(1, imported.measurements().size());
        ImpedanceSpectrum s = (ImpedanceSpectrum) imported.measurements().get(0);
        assertEquals("Battery Lab 3: rc-circuit.csv", s.getName());
        assertEquals(Samples.POINTS, s.getPointCount());
        assertEquals(25.0, s.getTemperatureC(), 0);
        assertEquals("synthetic R0-(R1||C)", s.getInstrument());
        assertEquals(4, s.getMetadata().size());
        assertEquals("cell", s.getMetadata().get(1).getKey());
        assertEquals("EIS", new LabCsvImporter().technique());
    }

    @Test
    void dataConvertToTheEisApi() throws Exception {
        LabCsvFile file = LabCsvReader.read(Samples.copy("rc-circuit.csv", dir));
        ImpedanceData data = file.toImpedanceData();
        assertEquals(Samples.POINTS, data.size());
        double f = data.frequencyHz()[10];
        assertEquals(Samples.modulus(f), Math.hypot(data.zReal()[10], data.zImag()[10]), 1e-8 * Samples.modulus(f));
        assertTrue(data.zImag()[10] < 0, "capacitive Z'' is negative");
    }

    @Test
    void detectsByHeaderAndColumns() throws IOException {
        LabCsvImporter importer = new LabCsvImporter();
        assertEquals(1.0, importer.detect(FileProbe.of(Samples.copy("rc-circuit.csv", dir))));
        Path bare = Files.writeString(dir.resolve("bare.csv"), "freq_Hz,Zre_Ohm,Zim_Ohm\n1,2,3\n");
        assertEquals(0.6, importer.detect(FileProbe.of(bare)));
        Path other = Files.writeString(dir.resolve("other.csv"), "time_s,voltage_V\n0,3.1\n");
        assertEquals(0.0, importer.detect(FileProbe.of(other)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "wrong column count | # lab: X\\nfreq_Hz,Zre_Ohm,Zim_Ohm\\n1,2,3\\n10,2 | 4 | expected 3 columns, found 2",
        "not a number       | # lab: X\\nfreq_Hz,Zre_Ohm,Zim_Ohm\\n1,2,3\\n\\n10,abc,3 | 5 | column 2 is not a number: 'abc'",
        "NaN                | # lab: X\\nfreq_Hz,Zre_Ohm,Zim_Ohm\\n1,NaN,3 | 3 | column 2 is not finite: NaN",
        "zero frequency     | freq_Hz,Zre_Ohm,Zim_Ohm\\n0,1,1 | 2 | frequency must be positive, found 0.0",
        "wrong columns      | # lab: X\\ntime,V,I\\n1,2,3 | 2 | expected the column line 'freq_Hz,Zre_Ohm,Zim_Ohm', found 'time,V,I'",
        "bad header         | # lab X\\nfreq_Hz,Zre_Ohm,Zim_Ohm\\n1,2,3 | 1 | header line must read '# key: value'",
        "no data            | # lab: X\\nfreq_Hz,Zre_Ohm,Zim_Ohm\\n | 2 | no data rows after the column line",
        "empty              | '' | 0 | no column line 'freq_Hz,Zre_Ohm,Zim_Ohm'",
    })
    void malformedFilesNameFileAndLine(String label, String content, int line, String reason) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"), content.replace("\\n", "\n"));
        ImportException e = assertThrows(ImportException.class, () -> new LabCsvImporter().read(file));
        assertEquals(line, e.line());
        assertEquals(reason, e.reason());
        assertEquals("bad.csv" + (line > 0 ? ", line " + line : "") + ": " + reason, e.getMessage());
    }
}
