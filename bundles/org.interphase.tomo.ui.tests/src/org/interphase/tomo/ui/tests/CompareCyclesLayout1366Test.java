package org.interphase.tomo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.interphase.testing.LayoutChecks;
import org.interphase.testing.SwtDriver;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.Volumes;
import org.interphase.tomo.api.VoxelSize;
import org.interphase.tomo.ui.internal.compare.CompareCyclesView;
import org.interphase.tomo.ui.internal.compare.CompareLauncher;
import org.interphase.tomo.ui.internal.render.WindowLevel;
import org.interphase.tomo.ui.internal.view.SliceView;
import org.interphase.ui.chart.Charts;
import org.junit.jupiter.api.Test;

/**
 * The compare-cycles window in the size {@link CompareLauncher} gives it on a 1366 × 768 screen, less a 30 px
 * title bar (Xvfb has no window manager): on the shared UCL XCT stack and its slices 4..15, profiles computed.
 * The six slice views and the void-fraction plot span at least half the window's height, the plot at least
 * 100 px, no axis title clipped, nothing cut off at the window's edge.
 */
class CompareCyclesLayout1366Test {

    @Test
    void windowFitsTheScreen() {
        assertEquals(new Point(1200, 900), CompareLauncher.windowSize(new Rectangle(0, 0, 1920, 1080)));
        assertEquals(new Point(1200, 728), CompareLauncher.windowSize(new Rectangle(0, 0, 1366, 768)));
    }

    @Test
    void compareCyclesAt1366x768() throws Exception {
        Display display = Display.getDefault();
        Point window = CompareLauncher.windowSize(new Rectangle(0, 0, 1366, 768));
        Shell shell = LayoutChecks.shell(display, new Point(window.x, window.y - 30), "Compare cycles at 1366 x 768");
        VoxelSize size = new VoxelSize(2.5, 2.5, 5);
        try (Volume a = Volumes.withVoxelSize(Volumes.open(TomoEditorBodyTest.cellVol()), size);
                Volume b = Volumes.withVoxelSize(Volumes.crop(Volumes.open(TomoEditorBodyTest.cellVol()), Axis.Z, 4, 16),
                        size)) {
            CompareCyclesView view = new CompareCyclesView(shell, a, "cell_vol (cycle 0)", b, "slices 4-15 (cycle 1)",
                    new WindowLevel(0, 255));
            shell.open();
            view.computeProfiles();
            SwtDriver driver = new SwtDriver(display);
            assertTrue(driver.waitUntil(() -> view.chart().getSeriesSet().getSeries().length == 2 && !view.running()
                    && !view.left().loading() && !view.right().loading(), 60_000), view.statusLabel().getText());
            driver.settle(shell, 400);
            Charts.savePng(shell, Path.of("target", "screenshots", "tomo-compare-cycles-1366x768.png").toAbsolutePath());
            List<Control> plots = new ArrayList<>(LayoutChecks.showing(view, SliceView.class));
            Control plot = view.chart().getPlotArea().getControl();
            plots.add(plot);
            double share = LayoutChecks.heightShare(plots, view);
            List<String> problems = new ArrayList<>();
            if (plots.size() != 7) {
                problems.add(plots.size() - 1 + " slice views showing (6 expected)");
            }
            if (share < 0.5) {
                problems.add("slice views and plot span " + Math.round(share * 100) + " % of the height " + view.getSize().y
                        + " px");
            }
            if (plot.getSize().y < 100) {
                problems.add("void-fraction plot " + plot.getSize().y + " px high (< 100)");
            }
            problems.addAll(LayoutChecks.shortTables(view, 3));
            problems.addAll(LayoutChecks.clippedAxisTitles(view.chart()));
            problems.addAll(LayoutChecks.cutCharts(view));
            Rectangle status = display.map(view.statusLabel().getParent(), view, view.statusLabel().getBounds());
            if (status.y + status.height > view.getSize().y) {
                problems.add("status line " + status + " below the window's edge " + view.getSize());
            }
            System.out.println("Compare cycles at 1366x768 (" + view.getSize() + "): slice views and plot span "
                    + Math.round(share * 100) + " %, void-fraction plot " + plot.getSize() + ", slice view "
                    + view.left().view(Axis.Z).getSize() + "; " + (problems.isEmpty() ? "ok" : problems));
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        } finally {
            shell.dispose();
        }
    }
}
