package org.interphase.sims.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.interphase.model.Cell;
import org.interphase.model.DepthProfile;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Study;
import org.interphase.model.edit.StudyEditing;
import org.interphase.sims.ui.SimsEditorBody;
import org.interphase.testing.LayoutChecks;
import org.interphase.testing.SwtDriver;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.measurement.MeasurementFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The depth-profile editor (analysed, on the shared IONTOF MAPI depth profile) and the mass-spectrum editor (on
 * the shared Ru spectrum) in the editor area the product gives at a 1366 × 768 screen
 * ({@link LayoutChecks#EDITOR_AREA_1366x768}): plots over at least half the height, every table shows three
 * rows, no axis title clipped.
 */
class SimsLayout1366Test {

    @TempDir
    Path dir;

    @Test
    void profileAt1366x768() {
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        AdapterFactoryEditingDomain domain = StudyEditing.newEditingDomain(StudyEditing.newAdapterFactory());
        Resource resource = domain.getResourceSet().createResource(URI.createFileURI(dir.resolve("t.interphase").toString()));
        Study study = f.createStudy();
        Cell cell = f.createCell();
        DepthProfile profile = f.createDepthProfile();
        profile.setName("MAPI film, positive ions");
        profile.setSourceUri(URI.createFileURI(SimsEditorBodyTest.FILE.toAbsolutePath().toString()).toString());
        cell.getMeasurements().add(profile);
        study.getCells().add(cell);
        resource.getContents().add(study);
        Display display = Display.getDefault();
        Shell shell = LayoutChecks.shell(display, LayoutChecks.EDITOR_AREA_1366x768, "SIMS editor at 1366 x 768");
        try {
            SimsEditorBody body = new SimsEditorBody(shell, profile, domain, MeasurementFiles.resolve(profile));
            shell.open();
            SwtDriver driver = new SwtDriver(display);
            assertTrue(driver.waitUntil(body::analysed, 30_000), "interface analysis finished");
            driver.settle(shell, 300);
            Charts.savePng(shell, Path.of("target", "screenshots", "sims-editor-1366x768.png").toAbsolutePath());
            List<String> problems = LayoutChecks.check(body, 0.5, 3);
            // the settings scrolled to the profile controls (they wrap in groups in the 339 px column)
            for (org.eclipse.swt.widgets.Composite p = body.controls().getParent(); p != null; p = p.getParent()) {
                if (p instanceof org.eclipse.swt.custom.ScrolledComposite sc) {
                    sc.setOrigin(0, body.controls().getLocation().y);
                    break;
                }
            }
            driver.settle(shell, 200);
            Charts.savePng(shell, Path.of("target", "screenshots", "sims-editor-settings-1366x768.png").toAbsolutePath());
            System.out.println("SIMS editor at 1366x768: " + (problems.isEmpty() ? "ok" : problems));
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        } finally {
            shell.dispose();
        }
    }

    @Test
    void massSpectrumAt1366x768() {
        org.interphase.model.MassSpectrum m = InterphaseFactory.eINSTANCE.createMassSpectrum();
        m.setName("P_Ru_Bi1_1");
        Display display = Display.getDefault();
        Shell shell = LayoutChecks.shell(display, LayoutChecks.EDITOR_AREA_1366x768, "Mass spectrum at 1366 x 768");
        try {
            org.interphase.sims.ui.internal.spectrum.MassSpectrumBody body = new org.interphase.sims.ui.internal.spectrum.MassSpectrumBody(shell, m,
                    java.util.Optional.of(MassSpectrumBodyTest.FILE));
            shell.open();
            assertTrue(body.data().isPresent(), body.message().getText());
            new SwtDriver(display).settle(shell, 300);
            Charts.savePng(shell, Path.of("target", "screenshots", "sims-mass-spectrum-1366x768.png").toAbsolutePath());
            List<String> problems = LayoutChecks.check(body, 0.5, 3);
            System.out.println("SIMS mass spectrum at 1366x768: " + (problems.isEmpty() ? "ok" : problems));
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        } finally {
            shell.dispose();
        }
    }
}
