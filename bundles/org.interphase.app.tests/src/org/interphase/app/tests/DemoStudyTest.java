package org.interphase.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.interphase.app.demo.DemoProject;
import org.interphase.app.demo.DemoStudy;
import org.interphase.model.Cell;
import org.interphase.model.Measurement;
import org.interphase.model.Study;
import org.interphase.model.persistence.StudyStore;
import org.interphase.model.util.Measurements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoStudyTest {

    /** sha256 of the source files as listed in ../shared/data/README.md. */
    private static final Map<String, String> README_SHA256 = Map.of(
            "data/eis/hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpt.txt",
            "1b3025dca5e3a25bb84d16f1b7751746c7f90374399171cbe060370c609646a8",
            "data/eis/hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpr",
            "2328f09ca840ae8b9754b3e0d6fb6ffd00b0acc9f1deea84c071299ec9d32e22",
            "data/eis/hybriddrt_EISGALV_EISTest3.DTA",
            "8419f2f703346557a7324cbbe7d68b9dd82d72349f5342fda815a07f6cabdefd",
            "data/xps/mm-specs.xy", "2e308fa5aec0eef8789db6e4ebd43f42d1967edaa8e9174dbe7b571b8cc749a8",
            "data/xps/mjr9_59c.vms", "fd1c85f287c0cb7921e370c56ea144928f24f8400262dbbd59e2741aec16606c",
            "data/sims/I241209p_A_MAPI_1f-1nA_neg-B4_NF.txt",
            "ed2e9a1dd011defd4b35476463d9f1e488937393c5453133a7db712b712e953a");

    @TempDir
    Path dir;

    @Test
    void installedDemoRoundTripsAndPointsAtRealFiles() throws Exception {
        Path file = DemoProject.install(dir);
        Study loaded = StudyStore.load(file);
        Study fresh = DemoStudy.create(dir);
        org.interphase.app.demo.DemoAnalyses.addTo(fresh, dir);
        assertTrue(org.interphase.model.util.ModelEquality.equal(fresh, loaded), "saved demo study loads back equal");

        Cell cell = loaded.getCells().get(0);
        assertEquals(3, cell.getLayers().size());
        assertEquals(2, cell.getInterfaces().size());
        assertEquals(4, cell.getCycleStates().size());
        Set<String> techniques = cell.getMeasurements().stream().map(Measurements::technique)
                .collect(Collectors.toSet());
        assertEquals(Set.of("XPS", "EIS", "TOF_SIMS", "TOMOGRAPHY"), techniques, "every technique has a measurement");
        for (Measurement m : cell.getMeasurements()) {
            assertTrue(Files.exists(dir.resolve(m.getSourceUri())), m.getSourceUri() + " exists");
            assertTrue(m.getInterface() != null && m.getCycleState() != null, m.getName() + " is linked");
            assertTrue(m.getImporterId() != null && !m.getImporterId().equals("demo") && m.getImporterVersion() != null,
                    m.getName() + " was imported by a registered importer, not described in code: " + m.getImporterId());
            String expected = README_SHA256.get(m.getSourceUri());
            if (expected != null) {
                assertEquals(expected, m.getSha256(), m.getSourceUri());
            }
        }
        assertEquals(8, Files.list(dir.resolve("data/tomo/cell_vol")).count(), "eight XCT slices");
    }

    /** The demo's void fraction is the cell's: the air around the cylinder is not counted as void. */
    @Test
    void demoVoidFractionExcludesTheAirAroundTheCell() throws Exception {
        Study study = StudyStore.load(DemoProject.install(dir));
        Measurement tomo = study.getCells().get(0).getMeasurements().stream()
                .filter(m -> m instanceof org.interphase.model.TomographyVolume).findFirst().orElseThrow();
        var result = tomo.getAnalyses().get(0);
        double demo = result.getParameters().get(0).getValue();
        double threshold = Double.parseDouble(result.getName().replaceAll(".*threshold ([0-9.]+),.*", "$1"));
        try (var v = org.interphase.tomo.api.Volumes.open(dir.resolve("data/tomo/cell_vol"))) {
            double wholeScan = org.interphase.tomo.api.Segmentation
                    .phaseProfile(v, org.interphase.tomo.api.Axis.Z, threshold).overallFraction(0);
            // Air is a large share of the square scan around the cylinder: excluding it must lower the fraction.
            assertTrue(demo > 0 && demo < wholeScan - 0.05, "void fraction " + demo + " vs whole scan " + wholeScan);
        }
    }
}
