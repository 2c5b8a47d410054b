package org.interphase.tomo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.swt.graphics.Rectangle;
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
 * table shows three rows, no chart clips an axis title, each slice view is at least 40 % of the height (one row of
 * views in a short editor), no button, combo or field is cut; on the shared UCL XCT stack.
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
            // each slice view, not only the grid they span: in a 2 x 2 grid each was about 60 px of the 321
            for (SliceView v : LayoutChecks.showing(body.viewer(), SliceView.class)) {
                double own = LayoutChecks.heightShare(List.of(v), body);
                if (own < 0.4) {
                    problems.add(v.title() + " view " + v.getSize().y + " px high, " + Math.round(own * 100)
                            + " % of the editor (< 40 %)");
                }
            }
            problems.addAll(LayoutChecks.shortTables(body, 3));
            problems.addAll(LayoutChecks.clippedControls(body));
            LayoutChecks.showing(body, Chart.class).forEach(c -> problems.addAll(LayoutChecks.clippedAxisTitles(c)));
            System.out.println("Tomography editor at 1366x768: slice views " + Math.round(share * 100) + " %; "
                    + (problems.isEmpty() ? "ok" : problems));
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        } finally {
            shell.dispose();
        }
    }

    /** A taller editor area keeps the 2 x 2 grid with the display controls in its corner. */
    @Test
    void gridWhenTall() {
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        TomographyVolume measurement = f.createTomographyVolume();
        measurement.setName("cell_vol");
        measurement.setSourceUri(URI.createFileURI(TomoEditorBodyTest.cellVol().toAbsolutePath().toString()).toString());
        f.createCell().getMeasurements().add(measurement);
        Display display = Display.getDefault();
        Shell shell = LayoutChecks.shell(display, new org.eclipse.swt.graphics.Point(1150, 700), "Tomography editor, tall");
        try {
            TomoEditorBody body = new TomoEditorBody(shell, measurement,
                    StudyEditing.newEditingDomain(StudyEditing.newAdapterFactory()), Optional.of(TomoEditorBodyTest.cellVol()));
            shell.open();
            SwtDriver driver = new SwtDriver(display);
            assertTrue(driver.waitUntil(() -> body.viewer() != null && body.viewer().deliveries() >= 3, 60_000),
                    "volume opened: " + body.messageLabel().getText());
            driver.settle(shell, 300);
            assertTrue(!body.viewer().oneRow(), "2 x 2 grid at 700 px");
            assertTrue(body.displayPanel().getParent() == body.viewer().corner(), "display controls in the grid's corner");
            org.eclipse.swt.graphics.Rectangle xy = body.viewer().view(org.interphase.tomo.api.Axis.Z).getParent().getBounds();
            org.eclipse.swt.graphics.Rectangle xz = body.viewer().view(org.interphase.tomo.api.Axis.Y).getParent().getBounds();
            assertTrue(xz.y >= xy.y + xy.height, "XZ below XY: " + xy + ", " + xz);
            // shrinking to the short area turns the grid into a row, growing again back into the grid
            Rectangle trim = shell.computeTrim(0, 0, LayoutChecks.EDITOR_AREA_1366x768.x, LayoutChecks.EDITOR_AREA_1366x768.y);
            shell.setSize(trim.width, trim.height);
            driver.settle(shell, 200);
            assertTrue(body.viewer().oneRow(), "one row at 321 px");
            assertTrue(body.displayPanel().getParent() == body.tabs(), "display controls in a tab");
            trim = shell.computeTrim(0, 0, 1150, 700);
            shell.setSize(trim.width, trim.height);
            driver.settle(shell, 200);
            assertTrue(!body.viewer().oneRow() && body.displayPanel().getParent() == body.viewer().corner(), "grid again");
            assertTrue(body.displayPanel().isVisible(), "display controls shown");
        } finally {
            shell.dispose();
        }
    }
}
