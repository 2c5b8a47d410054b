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

    /** A plug-in's measurement type the workbench does not know: the report names its class, no exception. */
    @Test
    void aMeasurementOfAnUnknownTypeIsListedUnderItsClassName() {
        org.eclipse.emf.ecore.EcoreFactory f = org.eclipse.emf.ecore.EcoreFactory.eINSTANCE;
        org.eclipse.emf.ecore.EPackage pack = f.createEPackage();
        pack.setName("unknown");
        pack.setNsURI("http://interphase.org/test/unknown/1");
        org.eclipse.emf.ecore.EClass type = f.createEClass();
        type.setName("GalvanostaticRecord");
        type.getESuperTypes().add(org.interphase.model.InterphasePackage.Literals.MEASUREMENT);
        pack.getEClassifiers().add(type);
        pack.setEFactoryInstance(new org.eclipse.emf.ecore.impl.EFactoryImpl() {
            @Override
            public org.eclipse.emf.ecore.EObject create(org.eclipse.emf.ecore.EClass c) {
                org.interphase.model.impl.MeasurementImpl m = new org.interphase.model.impl.MeasurementImpl() {
                };
                m.eSetClass(c);
                return m;
            }
        });
        Measurement m = (Measurement) org.eclipse.emf.ecore.util.EcoreUtil.create(type);
        m.setName("GCPL run");
        Cell cell = org.interphase.model.InterphaseFactory.eINSTANCE.createCell();
        cell.setName("cell");
        cell.getMeasurements().add(m);
        cell.getMeasurements().add(org.interphase.model.InterphaseFactory.eINSTANCE.createMassSpectrum());
        String html = CellReport.html(cell);
        assertTrue(html.contains("<td>GCPL run</td><td>GalvanostaticRecord</td>"), html);
        assertTrue(html.contains("<td>ToF-SIMS</td>"), html);
    }
}
