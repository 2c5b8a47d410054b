package org.interphase.sims.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.DepthProfile;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultParameter;
import org.interphase.model.Study;
import org.interphase.model.edit.StudyEditing;
import org.interphase.sims.ui.SimsEditorBody;
import org.interphase.sims.ui.internal.compare.CompareBody;
import org.interphase.sims.ui.internal.compare.TrendChart;
import org.interphase.testing.LayoutChecks;
import org.interphase.testing.SwtDriver;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.measurement.MeasurementFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The depth-profile editor's "Compare samples and cycles" tab in the editor area the product gives at a
 * 1366 × 768 screen ({@link LayoutChecks#EDITOR_AREA_1366x768}), on a study of four shared IONTOF MAPI profiles
 * (positive file at cycles 0, 1, 1; negative file at cycle 2; saved thicknesses 10, 14, 16, 19 nm): overlay and
 * trend plots over at least half the editor's height, the profile table shows three rows, no axis title clipped,
 * no chart cut at the edge. Before the layout pass both plots had 0 px (controls above them, 23 % of the height).
 */
class SimsCompareLayout1366Test {

    @TempDir
    Path dir;

    @Test
    void compareTabAt1366x768() {
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        AdapterFactoryEditingDomain domain = StudyEditing.newEditingDomain(StudyEditing.newAdapterFactory());
        Resource resource = domain.getResourceSet().createResource(URI.createFileURI(dir.resolve("t.interphase").toString()));
        Study study = f.createStudy();
        Cell cell = f.createCell();
        Interface iface = f.createInterface();
        iface.setName("MAPI | ITO");
        cell.getInterfaces().add(iface);
        for (int c = 0; c < 3; c++) {
            CycleState s = f.createCycleState();
            s.setName("cycle " + c);
            s.setCycleNumber(c);
            cell.getCycleStates().add(s);
        }
        // saved thicknesses as in CompareBodyTest, so the trend chart shows points, error bars and its growth line
        Object[][] rows = { { "pos c0", CompareBodyTest.POS, 0, 10.0 }, { "pos c1 a", CompareBodyTest.POS, 1, 14.0 },
                { "pos c1 b", CompareBodyTest.POS, 1, 16.0 }, { "neg c2", CompareBodyTest.NEG, 2, 19.0 } };
        for (Object[] r : rows) {
            DepthProfile p = f.createDepthProfile();
            p.setName((String) r[0]);
            p.setSourceUri(URI.createFileURI(((Path) r[1]).toAbsolutePath().toString()).toString());
            p.setInterface(iface);
            p.setCycleState(cell.getCycleStates().get((Integer) r[2]));
            AnalysisResult a = f.createAnalysisResult();
            a.setCreatedAt(new Date());
            ResultParameter q = f.createResultParameter();
            q.setQuantity(QuantityKind.INTERPHASE_THICKNESS);
            q.setUnit("nm");
            q.setValue((Double) r[3]);
            q.setStandardError(1);
            a.getParameters().add(q);
            p.getAnalyses().add(a);
            cell.getMeasurements().add(p);
        }
        study.getCells().add(cell);
        resource.getContents().add(study);
        DepthProfile first = (DepthProfile) cell.getMeasurements().get(0);
        Display display = Display.getDefault();
        Shell shell = LayoutChecks.shell(display, LayoutChecks.EDITOR_AREA_1366x768, "SIMS compare at 1366 x 768");
        try {
            SimsEditorBody body = new SimsEditorBody(shell, first, domain, MeasurementFiles.resolve(first));
            shell.open();
            CompareBody compare = body.compare();
            SwtDriver driver = new SwtDriver(display);
            assertTrue(driver.waitUntil(compare::loaded, 30_000), "profiles read within 30 s");
            assertEquals(4, compare.data().size(), compare.message().getText());
            driver.settle(shell, 400);
            assertEquals(3, compare.trend().chart().getSeriesSet().getSeries(TrendChart.POINTS).getYSeries().length,
                    "thickness at cycles 0, 1, 2");
            Charts.savePng(shell, Path.of("target", "screenshots", "sims-compare-1366x768.png").toAbsolutePath());
            // measured against the whole editor (tab row and message line included), as the issue asks
            List<String> problems = LayoutChecks.check(body, 0.5, 3);
            System.out.println("SIMS compare at 1366x768: plots span " + LayoutChecks.plotRegion(body).height + " of "
                    + body.getSize().y + " px, overlay plot " + compare.overlay().chart().getPlotArea().getBounds()
                    + ", trend plot " + compare.trend().chart().getPlotArea().getBounds() + ", profile table "
                    + LayoutChecks.visibleRows(compare.profiles().table()) + " rows; "
                    + (problems.isEmpty() ? "ok" : problems));
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        } finally {
            shell.dispose();
        }
    }
}
