package org.interphase.examples.labcsv.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.interphase.core.api.BatchCommand;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Importer;
import org.interphase.core.api.Importers;
import org.interphase.core.api.Imported;
import org.interphase.examples.labcsv.internal.LabCsvImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The importer and the batch command are OSGi services (DS) and behave like the built-in ones. */
class LabCsvServicesTest {

    @TempDir
    Path dir;

    @Test
    void importerIsRegisteredAndChosenForLabCsv() throws Exception {
        assertTrue(Importers.all().stream().map(Importer::id).anyMatch(LabCsvImporter.ID::equals),
                "registered importers: " + Importers.all().stream().map(Importer::id).toList());
        Path file = Samples.copy("rc-circuit.csv", dir);
        Imported imported = Importers.read(file);
        assertEquals(LabCsvImporter.ID, imported.measurements().get(0).getImporterId());
        assertTrue(imported.measurements().get(0).getSha256().length() >= 64);
    }

    @Test
    void eisAnalysesReadLabCsvThroughThePlugInsImporter() throws Exception {
        Path file = Samples.copy("rc-circuit.csv", dir);
        assertEquals(LabCsvImporter.ID, org.interphase.eis.api.EisReaders.importer(file, java.util.Optional.empty()).id());
        org.interphase.eis.api.ImpedanceData d = org.interphase.eis.api.EisReaders.readFirst(file);
        assertEquals(Samples.POINTS, d.size());
        // R0 + R1 || C: |Z| at the lowest frequency is close to R0 + R1 = 120 Ohm
        int low = d.frequencyHz()[0] < d.frequencyHz()[d.size() - 1] ? 0 : d.size() - 1;
        assertEquals(Samples.modulus(d.frequencyHz()[low]), Math.hypot(d.zReal()[low], d.zImag()[low]), 1e-6);
    }

    @Test
    @SuppressWarnings("unchecked")
    void summaryCommandPrintsPointsAndRanges() throws Exception {
        BatchCommand command = command("labcsv-summary");
        Path file = Samples.copy("rc-circuit.csv", dir);
        Map<String, Object> out = (Map<String, Object>) command.run(List.of(file.toString()));
        assertEquals("rc-circuit.csv", out.get("file"));
        assertEquals(Samples.POINTS, out.get("points"));
        assertEquals(Samples.F_MIN, (Double) out.get("frequencyMinHz"), 1e-12);
        assertEquals(Samples.modulus(Samples.F_MIN), (Double) out.get("zAbsMaxOhm"), 1e-6);
        Map<String, Object> two = (Map<String, Object>) command.run(List.of(file.toString(), file.toString()));
        assertEquals(1, two.size(), "same file twice is one key");
        assertThrows(IllegalArgumentException.class, () -> command.run(List.of()));
        assertThrows(ImportException.class, () -> command.run(List.of(dir.resolve("missing.csv").toString())));
    }

    private static BatchCommand command(String name) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(LabCsvServicesTest.class).getBundleContext();
        List<String> names = new ArrayList<>();
        for (ServiceReference<BatchCommand> ref : context.getServiceReferences(BatchCommand.class, null)) {
            BatchCommand c = context.getService(ref);
            names.add(c.name());
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new AssertionError(name + " not registered; commands: " + names);
    }
}
