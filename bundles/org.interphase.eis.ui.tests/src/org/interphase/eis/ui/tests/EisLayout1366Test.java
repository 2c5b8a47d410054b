package org.interphase.eis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.interphase.eis.ui.EisEditorBody;
import org.interphase.model.Cell;
import org.interphase.model.ImpedanceSpectrum;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Study;
import org.interphase.model.edit.StudyEditing;
import org.interphase.testing.LayoutChecks;
import org.interphase.testing.SwtDriver;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.measurement.MeasurementFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The EIS editor's Fit tab, fitted, in the editor area the product gives at a 1366 × 768 screen
 * ({@link LayoutChecks#EDITOR_AREA_1366x768}): the plots take at least half the height, every table shows three
 * rows, no axis title is clipped; on the impedance.py example spectrum (../shared/data/eis/impedancepy_exampleData.csv).
 */
class EisLayout1366Test {

    @TempDir
    Path dir;

    @Test
    void fitTabAt1366x768() throws Exception {
        Path data = Path.of(System.getProperty("interphase.shared.data", "../../shared/data"), "eis",
                "impedancepy_exampleData.csv");
        assertTrue(Files.isRegularFile(data), "shared data file missing: " + data);
        AdapterFactoryEditingDomain domain = StudyEditing.newEditingDomain(StudyEditing.newAdapterFactory());
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        Study study = f.createStudy();
        Cell cell = f.createCell();
        ImpedanceSpectrum spectrum = f.createImpedanceSpectrum();
        spectrum.setName("impedance.py example");
        spectrum.setSourceUri(URI.createFileURI(data.toAbsolutePath().toString()).toString());
        cell.getMeasurements().add(spectrum);
        study.getCells().add(cell);
        Resource resource = domain.getResourceSet().createResource(URI.createFileURI(dir.resolve("t.interphase").toString()));
        resource.getContents().add(study);
        Display display = Display.getDefault();
        Shell shell = LayoutChecks.shell(display, LayoutChecks.EDITOR_AREA_1366x768, "EIS editor at 1366 x 768");
        try {
            EisEditorBody body = new EisEditorBody(shell, spectrum, domain, MeasurementFiles.resolve(spectrum));
            shell.open();
            SwtDriver driver = new SwtDriver(display);
            driver.flush();
            body.circuitPanel().circuitText().setText("R0-p(R1,C1)-p(R2-Wo1,C2)");
            driver.flush();
            body.circuitPanel().fitButton().notifyListeners(SWT.Selection, new Event());
            assertTrue(driver.waitUntil(() -> body.lastRun().isPresent() && !body.fitting(), 120_000), "fit finished");
            driver.settle(shell, 300);
            Charts.savePng(shell, Path.of("target", "screenshots", "eis-editor-1366x768.png").toAbsolutePath());
            // check() includes clippedControls: before, the circuit field, the template and weighting combos,
            // "fit Y = 1/Z" and "Zoom to arcs" were cut
            List<String> problems = LayoutChecks.check(body, 0.5, 3);
            System.out.println("EIS editor at 1366x768: " + (problems.isEmpty() ? "ok" : problems));
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        } finally {
            shell.dispose();
        }
    }

    /**
     * The Kramers-Kronig, DRT and Series tabs at the same size, after KK and DRT ran (before this layout pass:
     * KK plots spanned 12 % of the height, DRT 17 %, the Series trend chart 0 px): controls beside the charts.
     */
    @Test
    void otherTabsAt1366x768() throws Exception {
        Path data = Path.of(System.getProperty("interphase.shared.data", "../../shared/data"), "eis",
                "impedancepy_exampleData.csv");
        AdapterFactoryEditingDomain domain = StudyEditing.newEditingDomain(StudyEditing.newAdapterFactory());
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        Study study = f.createStudy();
        Cell cell = f.createCell();
        ImpedanceSpectrum spectrum = f.createImpedanceSpectrum();
        spectrum.setName("impedance.py example");
        spectrum.setSourceUri(URI.createFileURI(data.toAbsolutePath().toString()).toString());
        cell.getMeasurements().add(spectrum);
        study.getCells().add(cell);
        domain.getResourceSet().createResource(URI.createFileURI(dir.resolve("t.interphase").toString())).getContents()
                .add(study);
        Display display = Display.getDefault();
        Shell shell = LayoutChecks.shell(display, LayoutChecks.EDITOR_AREA_1366x768, "EIS editor tabs at 1366 x 768");
        try {
            EisEditorBody body = new EisEditorBody(shell, spectrum, domain, MeasurementFiles.resolve(spectrum));
            shell.open();
            SwtDriver driver = new SwtDriver(display);
            body.kkPanel().runButton().notifyListeners(SWT.Selection, new Event());
            assertTrue(driver.waitUntil(() -> !body.kkPanel().running() && body.kkPanel().result().isPresent(), 60_000), "KK");
            body.drtPanel().runButton().notifyListeners(SWT.Selection, new Event());
            assertTrue(driver.waitUntil(() -> !body.drtPanel().running() && body.drtPanel().result().isPresent(), 120_000),
                    "DRT");
            List<String> problems = new java.util.ArrayList<>();
            for (int i = 1; i < body.tabs().getItemCount(); i++) {
                body.tabs().setSelection(i);
                driver.settle(shell, 200);
                String name = body.tabs().getItem(i).getText();
                // check() includes clippedControls: before, the KK plateau combo, the DRT lambda combo and "series C",
                // the Series shared-parameter field and "Save to study" were cut at their column's edge
                LayoutChecks.check(body, 0.5, 3).forEach(t -> problems.add(name + ": " + t));
                Charts.savePng(shell, Path.of("target", "screenshots", "eis-" + name.toLowerCase(java.util.Locale.ROOT)
                        .replace(' ', '-') + "-1366x768.png").toAbsolutePath());
            }
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        } finally {
            shell.dispose();
        }
    }
}
