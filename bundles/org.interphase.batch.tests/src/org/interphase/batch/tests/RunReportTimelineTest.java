package org.interphase.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interphase.core.api.InterfaceTimeline;
import org.interphase.model.Cell;
import org.interphase.model.Interface;
import org.interphase.model.QuantityKind;
import org.interphase.model.Study;
import org.interphase.model.persistence.StudyStore;
import org.interphase.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-to-end path: {@code run} of a method with an EIS fit, a SIMS interface analysis and a
 * tomography profile over shared files into a copy of a demo-like study, then {@code report}: the HTML holds the
 * fitted values with σ, and the Interface Timeline lists them under the interface and cycle the run linked.
 */
class RunReportTimelineTest {

    private static final Path DATA = SharedData.root();

    @TempDir
    Path dir;

    @Test
    void runThenReportShowsTheFittedValuesUnderTheInterface() throws Exception {
        Path study = TestStudies.save(TestStudies.demoLike(), dir.resolve("demo.interphase"));
        Path method = dir.resolve("method.json");
        Files.writeString(method, """
                {"name": "interface check", "version": 1,
                 "steps": [{"analysis": "eis-fit", "settings": {"circuit": "R0-p(R1,CPE1)-CPE2", "weighting": "modulus"}},
                           {"analysis": "sims-interfaces"},
                           {"analysis": "tomo-profile", "settings": {"threshold": "otsu"}}]}
                """);
        BatchRun run = BatchRun.of("run", method.toString(),
                DATA.resolve("eis/hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpt.txt").toString(),
                DATA.resolve("sims/iontof_depth_profiles/I241209m_A_MAPI_1f-1nA_pos-B4_NF.txt").toString(),
                DATA.resolve("tomo/ucl_cylindrical_cell/cell_vol").toString(),
                "--study", study.toString(), "--cell", "1", "--interface", "Li | Li6PS5Cl", "--cycle", "20");
        assertEquals(0, run.code(), run.toString());

        Study saved = StudyStore.load(study);
        Cell cell = saved.getCells().get(0);
        assertEquals(10, cell.getMeasurements().size(), "7 measurements kept, 3 added");
        Interface anode = cell.getInterfaces().get(0);
        List<InterfaceTimeline.Series> series = InterfaceTimeline.of(anode);
        InterfaceTimeline.Series r1 = series.stream()
                .filter(s -> s.quantity() == QuantityKind.INTERFACIAL_RESISTANCE)
                .filter(s -> s.points().stream().anyMatch(p -> p.cycle() != null && p.cycle().getCycleNumber() == 20))
                .findFirst().orElseThrow(() -> new AssertionError("no interfacial resistance at cycle 20 in " + series));
        InterfaceTimeline.Point at20 = r1.points().stream()
                .filter(p -> p.cycle() != null && p.cycle().getCycleNumber() == 20).findFirst().orElseThrow();
        assertTrue(at20.value() > 0 && Double.isFinite(at20.value()), "fitted resistance " + at20.value());
        assertTrue(Double.isFinite(at20.standardError()) && at20.standardError() > 0, "σ " + at20.standardError());
        assertTrue(series.stream().anyMatch(s -> s.points().stream()
                .anyMatch(p -> p.parameter().eContainer().eContainer() != null
                        && ((org.interphase.model.AnalysisResult) p.parameter().eContainer()).getAlgorithmId()
                                .startsWith("tomo."))), "a tomography quantity on the same interface");

        Path html = dir.resolve("report.html");
        BatchRun report = BatchRun.of("report", study.toString(), "--out", html.toString());
        assertEquals(0, report.code(), report.toString());
        String text = Files.readString(html);
        assertTrue(text.contains(r1.name()), "the report names " + r1.name());
        assertTrue(text.contains("±") || text.contains("&plusmn;"), "values with their σ");
        assertFalse(text.contains("NaN"), "no NaN in the report");
    }
}
