package org.interphase.app.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.interphase.app.demo.DemoProject;
import org.interphase.report.api.CellReport;
import org.interphase.model.Cell;
import org.interphase.model.Measurement;
import org.interphase.model.ResultParameter;
import org.interphase.model.persistence.StudyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cell report carries the stack, a chart per quantity and the provenance of every number. */
class CellReportTest {

    @TempDir
    Path dir;

    @Test
    void reportListsEveryLinkedNumberWithItsProvenance() throws Exception {
        Cell cell = StudyStore.load(DemoProject.install(dir)).getCells().get(0);
        String html = CellReport.html(cell);
        Files.writeString(dir.resolve("report.html"), html);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("Li6PS5Cl separator — 500 µm"), "stack drawn with thicknesses");
        for (Measurement m : cell.getMeasurements()) {
            assertTrue(html.contains(m.getSourceUri()), m.getSourceUri());
            for (var a : m.getAnalyses()) {
                for (ResultParameter p : a.getParameters()) {
                    if (p.getQuantity() != org.interphase.model.QuantityKind.OTHER && Double.isFinite(p.getValue())) {
                        assertTrue(html.contains(">" + p.getName() + "<"), "parameter " + p.getName() + " listed");
                        assertTrue(html.contains(a.getAlgorithmId()), "algorithm of " + p.getName());
                    }
                }
                a.getInputs().stream().filter(i -> i.startsWith("sha256:")).forEach(i -> assertTrue(html.contains(i), i));
            }
        }
        assertTrue(html.split("<svg").length - 1 >= 4, "stack plus one chart per quantity");
    }
}
