package org.interphase.xps.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.core.api.Importer;
import org.interphase.core.api.Importers;
import org.interphase.model.XpsRegion;
import org.interphase.model.XpsSpectrum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The DS importer services: found in OSGi, detect their formats, build the model, report facts. */
class ImporterTest {

    @Test
    void servicesAreRegistered() {
        List<String> ids = Importers.all().stream().map(Importer::id).toList();
        assertTrue(ids.contains("xps.vamas"), "registered importers: " + ids);
        assertTrue(ids.contains("xps.specs.xy"), "registered importers: " + ids);
        for (String id : List.of("xps.phi.spe", "xps.scienta.txt", "xps.columns")) {
            assertTrue(ids.contains(id), "registered importers: " + ids);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            scienta_two_regions.txt | xps.scienta.txt | 2
            s2p_decimal_comma.csv   | xps.columns     | 1
            p2p_kinetic_tab.txt     | xps.columns     | 2
            """)
    void newFormatsAreChosenByContent(String file, String importerId, int regions) throws Exception {
        Path path = FormatsTest.DATA.resolve(file);
        Importer importer = Importers.best(path, Importers.all()).orElseThrow();
        assertEquals(importerId, importer.id());
        Imported imported = Importers.stamp(importer.read(path), path, importer);
        XpsSpectrum s = assertInstanceOf(XpsSpectrum.class, imported.measurements().get(0));
        assertEquals(regions, s.getRegions().size());
        assertEquals(importerId, s.getImporterId());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            vamas/mjr9_59c.vms      | xps.vamas    | 9 | S 2p/9  | 174.0 | 156.0 | 1486.69
            vamas/regular.vms       | xps.vamas    | 1 | Survey  | 1350  | 0     | 1486.61
            vamas/irregular.vms     | xps.vamas    | 1 | Counts per Second | 1350 | 0 | 1486.61
            vamas/FeO_analyzed.vms  | xps.vamas    | 1 | Fe 2p   | 750   | 694   | 1486.61
            vamas/Pt4f.vms          | xps.vamas    | 1 | Pt4f PE20 | 90  | 62    | 1486.68
            specs/MgFe2O4_small.xy  | xps.specs.xy | 2 | Fe2p    | 750   | 695   | 1486.61
            specs/mm-specs.xy       | xps.specs.xy | 1 | P 2p    | 139.87 | 119.87 | 1486.61
            """)
    void importsIntoTheModel(String file, String importerId, int regions, String label, double beFirst,
            double beLast, double hv) throws Exception {
        Path path = SharedData.xps(file);
        Importer importer = Importers.best(path, Importers.all()).orElseThrow();
        assertEquals(importerId, importer.id());
        Imported imported = Importers.stamp(importer.read(path), path, importer);
        assertEquals(1, imported.measurements().size());
        XpsSpectrum s = assertInstanceOf(XpsSpectrum.class, imported.measurements().get(0));
        assertEquals(regions, s.getRegions().size());
        assertEquals(hv, s.getPhotonEnergyEV(), 1e-9);
        assertNotNull(s.getSha256());
        assertEquals(importerId, s.getImporterId());
        XpsRegion r = s.getRegions().stream().filter(x -> x.getLabel().equals(label)).findFirst().orElseThrow();
        assertEquals(beFirst, r.getBindingEnergyStartEV(), 1e-6);
        assertEquals(beLast, r.getBindingEnergyEndEV(), 1e-6);
        assertEquals(regions, ((List<?>) imported.facts().get("regions")).size());
        assertTrue(s.getMetadata().size() > 2);
    }

    @Test
    void factsOfFeO() throws ImportException {
        Path path = SharedData.xps("vamas/FeO_analyzed.vms");
        Imported imported = new org.interphase.xps.internal.importers.VamasImporter().read(path);
        Map<String, Object> facts = imported.facts();
        assertEquals("NORM", facts.get("experimentMode"));
        assertEquals("IRREGULAR", facts.get("scanMode"));
        Map<?, ?> block = (Map<?, ?>) ((List<?>) facts.get("regions")).get(0);
        assertEquals(1121, block.get("points"));
        assertEquals("KE", block.get("abscissa"));
        assertEquals(736.61, (Double) block.get("firstX"), 1e-12);
        assertEquals(750.0, (Double) block.get("bindingEnergyFirst"), 1e-9);
        assertEquals("counts", block.get("units"));
        assertEquals(0.5, (Double) block.get("cpsFactor"), 0);
        assertEquals(4, ((List<?>) block.get("casaComponents")).size());
    }

    @Test
    void detectionRejectsOtherFormats() throws Exception {
        Path xy = SharedData.xps("specs/mm-specs.xy");
        Path vms = SharedData.xps("vamas/Pt4f.vms");
        assertEquals(0, new org.interphase.xps.internal.importers.VamasImporter().detect(FileProbe.of(xy)));
        assertEquals(0, new org.interphase.xps.internal.importers.SpecsXyImporter().detect(FileProbe.of(vms)));
    }
}
