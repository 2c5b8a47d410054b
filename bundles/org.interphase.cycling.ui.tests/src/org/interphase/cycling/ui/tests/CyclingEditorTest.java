package org.interphase.cycling.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.interphase.core.api.Importers;
import org.interphase.cycling.api.CyclingResults;
import org.interphase.cycling.ui.CyclingEditorContribution;
import org.interphase.cycling.ui.internal.CyclingEditorBody;
import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Measurement;
import org.interphase.model.Study;
import org.interphase.model.services.ServiceRegistry;
import org.interphase.testing.LayoutChecks;
import org.interphase.testing.SharedData;
import org.interphase.testing.SwtDriver;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.measurement.MeasurementEditorContribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cycling editor at editor-area sizes (1150 x 420 px, 1000 x 360 px, and 1150 x 321 px, the one the product
 * gives at a 1366 x 768 screen, {@link LayoutChecks#EDITOR_AREA_1366x768}): every plot keeps at least half the
 * editor's height, the cycle table shows at least three rows, axis titles are not cut, no chart sticks out of the
 * editor; and its store button writes the summary as one undoable command.
 */
class CyclingEditorTest {

    private static final Path NEWARE = SharedData.file("cycling", "cellpy_neware_uio.csv");

    private static Measurement inCell(Path file) throws Exception {
        Measurement m = Importers.read(file).measurements().get(0);
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        Study study = f.createStudy();
        Cell cell = f.createCell();
        study.getCells().add(cell);
        CycleState s = f.createCycleState();
        s.setCycleNumber(1);
        cell.getCycleStates().add(s);
        cell.getMeasurements().add(m);
        return m;
    }

    @ParameterizedTest
    @CsvSource({"1150, 420, cycling-editor-1150x420.png", "1000, 360, cycling-editor-1000x360.png",
            "1150, 321, cycling-editor-1366x768.png"})
    void fitsTheEditorArea(int width, int height, String png) throws Exception {
        Measurement m = inCell(NEWARE);
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            Rectangle trim = shell.computeTrim(0, 0, width, height);
            shell.setSize(trim.width, trim.height);
            AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
                    new BasicCommandStack());
            CyclingEditorBody body = new CyclingEditorBody(shell, m, domain, Optional.of(NEWARE));
            shell.open();
            SwtDriver driver = new SwtDriver(display);
            assertTrue(body.loaded());
            assertEquals(List.of(1, 3, 4), body.table().selectedCycles(), "first, middle and last cycle");
            Table table = body.table().table();
            driver.settle(shell, 300);
            int rows = (table.getClientArea().height - table.getHeaderHeight()) / table.getItemHeight();
            Chart[] charts = {body.charts().capacity(), body.charts().curves(), body.charts().dqdv()};
            for (int tab = 0; tab < charts.length; tab++) {
                body.charts().tabs().setSelection(tab);
                driver.settle(shell, 300);
                Chart chart = charts[tab];
                Rectangle plot = chart.getPlotArea().getBounds();
                // screenshot and numbers first, so a failure at a new size still reports what it looks like
                Charts.savePng(shell, Path.of("target", "screenshots", tab == 1 ? png : "tab" + tab + "-" + png));
                List<String> problems = LayoutChecks.check(body, 0.5, 3);
                System.out.println("Cycling editor at " + width + "x" + height + ", tab " + tab + ": plot " + plot
                        + ", cycle table " + rows + " rows in " + table.getClientArea() + "; "
                        + (problems.isEmpty() ? "ok" : problems));
                assertTrue(rows >= 3, "cycle table shows " + rows + " rows (" + table.getClientArea() + ")");
                assertTrue(chart.getSeriesSet().getSeries().length >= 2, "tab " + tab + " has curves");
                assertTrue(plot.height >= 0.5 * height, "plot " + plot + " of tab " + tab + " in height " + height);
                for (IAxis axis : new IAxis[] {chart.getAxisSet().getXAxis(0), chart.getAxisSet().getYAxis(0)}) {
                    assertFits(chart, axis, plot);
                }
                assertTrue(problems.isEmpty(), width + "x" + height + " tab " + tab + ": " + String.join("\n", problems));
            }
        } finally {
            shell.dispose();
        }
    }

    private static void assertFits(Chart chart, IAxis axis, Rectangle plot) {
        String title = axis.getTitle().getText();
        assertTrue(title.contains("/") || title.equals("Cycle"), "axis title with unit: " + title);
        GC gc = new GC(chart);
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

    @Test
    void storeWritesTheSummaryAsOneUndoableCommand() throws Exception {
        Measurement m = inCell(NEWARE);
        Cell cell = (Cell) m.eContainer();
        Shell shell = new Shell(Display.getDefault());
        try {
            shell.setLayout(new FillLayout());
            AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
                    new BasicCommandStack());
            CyclingEditorBody body = new CyclingEditorBody(shell, m, domain, Optional.of(NEWARE));
            body.createStates().setSelection(true);
            body.storeResults();
            assertEquals(4, cell.getCycleStates().size(), "cycles 2..4 created, 1 matched");
            assertEquals(CyclingResults.ALGORITHM_ID, m.getAnalyses().get(0).getAlgorithmId());
            domain.getCommandStack().undo();
            assertEquals(1, cell.getCycleStates().size());
            assertTrue(m.getAnalyses().isEmpty());
        } finally {
            shell.dispose();
        }
    }

    @Test
    void theContributionOpensCyclingRecordsOnly() throws Exception {
        MeasurementEditorContribution c = ServiceRegistry.all(MeasurementEditorContribution.class).stream()
                .filter(CyclingEditorContribution.class::isInstance).findFirst().orElseThrow();
        assertTrue(c.canOpen(inCell(NEWARE)));
        assertTrue(!c.canOpen(InterphaseFactory.eINSTANCE.createImpedanceSpectrum()));
    }
}
