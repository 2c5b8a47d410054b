package org.interphase.sims.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swtchart.IAxis;
import org.interphase.model.Cell;
import org.interphase.model.DepthProfile;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Study;
import org.interphase.model.edit.StudyEditing;
import org.interphase.sims.ui.SimsEditorBody;
import org.interphase.testing.SwtDriver;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.measurement.MeasurementFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The depth-profile editor at the product's editor-area sizes (1600 x 1000 screen: about 1170 x 490 px;
 * 1366 x 768 screen: about 1000 x 360 px): the plot keeps at least half the editor's height (40 % at the
 * smaller size, where the tab header and the edge table's three rows take the rest), the edge table shows at
 * least three rows, and the axis titles are not cut.
 */
class SimsLayoutTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"1170, 490, 0.5", "1000, 360, 0.4"})
    void profileTabFitsTheEditorArea(int width, int height, double plotShare) {
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
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            Rectangle trim = shell.computeTrim(0, 0, width, height);
            shell.setSize(trim.width, trim.height);
            SimsEditorBody body = new SimsEditorBody(shell, profile, domain, MeasurementFiles.resolve(profile));
            shell.open();
            SwtDriver driver = new SwtDriver(display);
            assertTrue(driver.waitUntil(body::analysed, 30_000), "interface analysis finished");
            driver.settle(shell, 300);
            Charts.savePng(shell, Path.of("target", "screenshots", "sims-editor-" + width + "x" + height + ".png"));

            Rectangle plot = body.chart().chart().getPlotArea().getBounds();
            assertTrue(plot.height >= plotShare * height, "plot " + plot + " in an editor of height " + height);
            Table table = body.interfaces().table().getTable();
            int rows = (table.getClientArea().height - table.getHeaderHeight()) / table.getItemHeight();
            assertTrue(rows >= 3, "edge table shows " + rows + " rows (" + table.getClientArea() + ")");
            for (IAxis axis : new IAxis[] {body.chart().chart().getAxisSet().getXAxis(0),
                    body.chart().chart().getAxisSet().getYAxis(0)}) {
                String title = axis.getTitle().getText();
                GC gc = new GC(body.chart().chart());
                Point extent;
                try {
                    gc.setFont(axis.getTitle().getFont());
                    extent = gc.textExtent(title);
                } finally {
                    gc.dispose();
                }
                int room = axis.getDirection() == IAxis.Direction.X ? plot.width : plot.height;
                assertTrue(extent.x <= room, "axis title '" + title + "' (" + extent.x + " px) fits " + room + " px");
            }
        } finally {
            shell.dispose();
        }
    }
}
