package org.interphase.tomo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.interphase.model.Cell;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.TomographyVolume;
import org.interphase.model.edit.StudyEditing;
import org.interphase.testing.LayoutChecks;
import org.interphase.testing.SwtDriver;
import org.interphase.tomo.ui.TomoEditorBody;
import org.interphase.tomo.ui.internal.view.SliceView;
import org.interphase.ui.chart.Charts;
import org.junit.jupiter.api.Test;

/**
 * The tomography editor, volume open, in the editor area the product gives at a 1366 × 768 screen
 * ({@link LayoutChecks#EDITOR_AREA_1366x768}): the three slice views (its plots) span at least half the height, every
 * table shows three rows, no chart clips an axis title; on the shared UCL XCT stack.
 */
class TomoLayout1366Test {

    @Test
    void volumeAt1366x768() {
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        Cell cell = f.createCell();
        TomographyVolume measurement = f.createTomographyVolume();
        measurement.setName("cell_vol");
        measurement.setSourceUri(URI.createFileURI(TomoEditorBodyTest.cellVol().toAbsolutePath().toString()).toString());
        cell.getMeasurements().add(measurement);
        Display display = Display.getDefault();
        Shell shell = LayoutChecks.shell(display, LayoutChecks.EDITOR_AREA_1366x768, "Tomography editor at 1366 x 768");
        try {
            TomoEditorBody body = new TomoEditorBody(shell, measurement,
                    StudyEditing.newEditingDomain(StudyEditing.newAdapterFactory()), Optional.of(TomoEditorBodyTest.cellVol()));
            shell.open();
            SwtDriver driver = new SwtDriver(display);
            assertTrue(driver.waitUntil(() -> body.viewer() != null && body.viewer().deliveries() >= 3, 60_000),
                    "volume opened: " + body.messageLabel().getText());
            driver.settle(shell, 300);
            Charts.savePng(shell, Path.of("target", "screenshots", "tomo-editor-1366x768.png").toAbsolutePath());
            List<String> problems = new ArrayList<>();
            double share = LayoutChecks.heightShare(LayoutChecks.showing(body.viewer(), SliceView.class), body);
            if (share < 0.5) {
                problems.add("slice views take " + Math.round(share * 100) + " % of the height " + body.getSize().y + " px");
            }
            problems.addAll(LayoutChecks.shortTables(body, 3));
            LayoutChecks.showing(body, Chart.class).forEach(c -> problems.addAll(LayoutChecks.clippedAxisTitles(c)));
            System.out.println("Tomography editor at 1366x768: slice views " + Math.round(share * 100) + " %; "
                    + (problems.isEmpty() ? "ok" : problems));
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        } finally {
            shell.dispose();
        }
    }
}
