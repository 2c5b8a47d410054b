package org.interphase.xps.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.interphase.model.Cell;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Study;
import org.interphase.model.XpsRegion;
import org.interphase.model.XpsSpectrum;
import org.interphase.model.edit.StudyEditing;
import org.interphase.testing.LayoutChecks;
import org.interphase.testing.SwtDriver;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.measurement.MeasurementFiles;
import org.interphase.xps.ui.XpsEditorBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XPS editor, fitted, in the editor area the product gives at a 1366 × 768 screen
 * ({@link LayoutChecks#EDITOR_AREA_1366x768}): plots over at least half the height, the region list and the
 * component table show at least three rows, no axis title clipped; on the shared SpecsLab2 P 2p spectrum.
 */
class XpsLayout1366Test {

    @TempDir
    Path dir;

    @Test
    void fittedSpectrumAt1366x768() throws Exception {
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        AdapterFactoryEditingDomain domain = StudyEditing.newEditingDomain(StudyEditing.newAdapterFactory());
        Resource resource = domain.getResourceSet().createResource(URI.createFileURI(dir.resolve("t.interphase").toString()));
        Study study = f.createStudy();
        Cell cell = f.createCell();
        XpsSpectrum spectrum = f.createXpsSpectrum();
        spectrum.setName("P 2p (SpecsLab2)");
        XpsRegion r = f.createXpsRegion();
        r.setLabel("P 2p");
        spectrum.getRegions().add(r);
        spectrum.setSourceUri(URI.createFileURI(XpsLayoutTest.FILE.toAbsolutePath().toString()).toString());
        cell.getMeasurements().add(spectrum);
        study.getCells().add(cell);
        resource.getContents().add(study);
        Display display = Display.getDefault();
        Shell shell = LayoutChecks.shell(display, LayoutChecks.EDITOR_AREA_1366x768, "XPS editor at 1366 x 768");
        try {
            shell.open();
            XpsEditorBody body = new XpsEditorBody(shell, spectrum, domain, MeasurementFiles.resolve(spectrum));
            shell.layout(true, true);
            SwtDriver driver = new SwtDriver(display);
            driver.flush();
            body.background().setRange("134", "125");
            body.components().addSpecies("LixP");
            body.components().addPlain("130.3");
            body.components().addSpecies("Li3P");
            body.fitButton().notifyListeners(SWT.Selection, new Event());
            assertTrue(driver.waitUntil(() -> body.completedJobs() >= 1, 60_000), "fit finished: " + body.message().getText());
            body.lowerTabs().setSelection(0);
            driver.settle(shell, 300);
            Charts.savePng(shell, Path.of("target", "screenshots", "xps-editor-1366x768.png").toAbsolutePath());
            int regionRows = LayoutChecks.visibleRows(body.regions());
            List<String> problems = LayoutChecks.check(body, 0.5, 3); // with clippedControls: "Add species" was cut
            System.out.println("XPS editor at 1366x768: region list " + regionRows + " rows; " + (problems.isEmpty() ? "ok" : problems));
            assertTrue(regionRows >= 3, "region list shows " + regionRows + " rows");
            assertTrue(problems.isEmpty(), String.join("\n", problems));
            for (org.eclipse.swt.widgets.Control c : List.of(body.fitButton(), body.monteCarloButton(), body.saveButton())) {
                XpsLayoutTest.assertFullyShown(c);
            }
        } finally {
            shell.dispose();
        }
    }
}
