package org.interphase.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.Range;
import org.interphase.app.demo.DemoProject;
import org.interphase.app.demo.DemoSeries;
import org.interphase.app.timeline.TimelineBody;
import org.interphase.app.timeline.TimelineFollower;
import org.interphase.core.api.InterfaceTimeline;
import org.interphase.model.Interface;
import org.interphase.model.Study;
import org.interphase.model.persistence.StudyStore;
import org.interphase.testing.SwtDriver;
import org.interphase.ui.chart.Charts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Interface Timeline on the demo's 130-cycle series: wheel, error bars in range, compact mode. */
class TimelineViewTest {

    @TempDir
    static Path dir;

    private static Study study;
    private Display display;
    private Shell shell;
    private TimelineBody body;

    @BeforeEach
    void open() throws Exception {
        if (study == null) {
            study = StudyStore.load(DemoProject.install(dir));
        }
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(900, 420);
        body = new TimelineBody(shell);
        body.setStudy(study, DemoSeries.cell(study).orElseThrow().getInterfaces().get(0));
        shell.open();
        settle();
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    private void settle() {
        new SwtDriver(display).settle(shell, 400);
    }

    @Test
    void wheelScrollsTheViewAndLeavesTheAxesAlone() {
        Chart chart = body.charts().get(0);
        Range x = chart.getAxisSet().getXAxis(0).getRange();
        Range y = chart.getAxisSet().getYAxis(0).getRange();
        Control plot = (Control) chart.getPlotArea();
        int contentHeight = body.scroller().getContent().getSize().y;
        assertTrue(contentHeight > body.scroller().getClientArea().height, "charts taller than the view: " + contentHeight);
        for (int count : new int[] { -3, -3, 3 }) {
            Event e = new Event();
            e.x = plot.getSize().x / 2;
            e.y = plot.getSize().y / 2;
            e.count = count;
            e.doit = true;
            plot.notifyListeners(SWT.MouseVerticalWheel, e);
        }
        settle();
        assertRange(x, chart.getAxisSet().getXAxis(0).getRange(), "x");
        assertRange(y, chart.getAxisSet().getYAxis(0).getRange(), "y");
        assertTrue(body.scroller().getOrigin().y > 0, "the wheel scrolled the view: " + body.scroller().getOrigin());
    }

    @Test
    void yRangeHoldsEveryErrorBar() {
        checkErrorBars();
        body.setCompact(true);
        settle();
        checkErrorBars();
    }

    private void checkErrorBars() {
        int bars = 0;
        for (Chart chart : body.charts()) {
            IAxis yAxis = chart.getAxisSet().getYAxis(0);
            Range y = yAxis.getRange();
            int height = ((Control) chart.getPlotArea()).getSize().y;
            for (InterfaceTimeline.Series s : body.seriesOf(chart)) {
                for (InterfaceTimeline.Point p : s.points()) {
                    double e = Double.isFinite(p.standardError()) ? p.standardError() : 0;
                    String what = s.name() + " at cycle " + p.x() + ": " + p.value() + " ± " + e + " in " + y;
                    assertTrue(p.value() - e > y.lower && p.value() + e < y.upper, what);
                    // and on screen: the bar's ends inside the plot area, not on its edge
                    assertTrue(yAxis.getPixelCoordinate(p.value() + e) > 0, what);
                    assertTrue(yAxis.getPixelCoordinate(p.value() - e) < height - 1, what);
                    bars += e > 0 ? 1 : 0;
                }
            }
        }
        assertTrue(bars >= 200, bars + " error bars checked");
    }

    @Test
    void compactModeDrawsOneChartPerQuantityOnOneCycleAxis() {
        List<InterfaceTimeline.Series> series = body.series();
        assertTrue(body.charts().size() < series.size(), "normal mode groups quantities of a kind");
        body.setCompact(true);
        settle();
        assertEquals(series.size(), body.charts().size(), "one chart per quantity");
        Set<String> xRanges = new HashSet<>();
        Set<Integer> plotLefts = new HashSet<>();
        for (Chart chart : body.charts()) {
            assertEquals(1, body.seriesOf(chart).size());
            Range x = chart.getAxisSet().getXAxis(0).getRange();
            xRanges.add(x.lower + ".." + x.upper);
            Control plot = (Control) chart.getPlotArea();
            plotLefts.add(display.map(plot, chart, 0, 0).x);
            assertTrue(plot.getSize().y >= 80, "plot of " + chart.getAxisSet().getYAxis(0).getTitle().getText() + " is "
                    + plot.getSize());
            assertTrue(Charts.drawnPixels(chart) > 100, "drawn");
        }
        assertEquals(1, xRanges.size(), "one shared cycle axis: " + xRanges);
        assertEquals(1, plotLefts.size(), "plot areas aligned: " + plotLefts);
        Range x = body.charts().get(0).getAxisSet().getXAxis(0).getRange();
        assertTrue(x.lower <= 1 && x.upper >= 130, "all 130 cycles: " + x);
        assertTrue(body.charts().stream().map(c -> display.map((Control) c.getPlotArea(), shell, 0, 0).y).distinct()
                .count() < body.charts().size(), "small multiples side by side");
        Charts.savePng(shell, Path.of("target", "timeline-compact.png"));
        body.setCompact(false);
        settle();
        assertTrue(body.charts().size() < series.size());
    }

    /** Re-activating the Cell editor re-reports its old tree selection; that must not switch the view back. */
    @Test
    void anOldSelectionIsNotFollowedAgain() {
        Interface first = study.getCells().get(0).getInterfaces().get(0);
        Interface second = study.getCells().get(0).getInterfaces().get(1);
        TimelineFollower follower = new TimelineFollower();
        assertEquals(Optional.of(first), follower.onSelection(first));
        body.setStudy(study, second); // the user picks the second interface in the view, clicks one of its points
        assertEquals(Optional.empty(), follower.onSelection(first), "the editor's old selection, re-reported");
        assertEquals(Optional.empty(), follower.onSelection(null));
        assertEquals(second, body.selected());
        assertEquals(Optional.of(second), follower.onSelection(second));
        assertEquals(Optional.of(first), follower.onSelection(first), "a new selection is followed");
    }

    private static void assertRange(Range expected, Range actual, String axis) {
        assertEquals(expected.lower, actual.lower, 1e-12, axis + " lower");
        assertEquals(expected.upper, actual.upper, 1e-12, axis + " upper");
    }
}
