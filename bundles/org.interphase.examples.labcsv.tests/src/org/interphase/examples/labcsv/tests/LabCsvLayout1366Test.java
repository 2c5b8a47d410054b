package org.interphase.examples.labcsv.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.interphase.examples.labcsv.internal.LabCsvViewBody;
import org.interphase.testing.LayoutChecks;
import org.interphase.testing.SwtDriver;
import org.interphase.ui.chart.Charts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example Lab CSV Impedance view in a bottom-row view of the product at a 1366 × 768 screen (the Interface
 * Timeline's area, {@link LayoutChecks#TIMELINE_AREA_1366x768}; the perspective has no place of its own for it):
 * the Nyquist plot spans at least half the height, no axis title clipped, nothing cut at the edge.
 */
class LabCsvLayout1366Test {

    @TempDir
    Path dir;

    /** Rows, axis titles and edges hold; the plot's share is printed (see the disabled test below). */
    @Test
    void viewAt1366x768() throws Exception {
        List<String> problems = new ArrayList<>(check());
        problems.removeIf(p -> p.startsWith("the plots span"));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * The equal-scale Nyquist plot of the RC sample spans at least half the view (it took 118 of 257 px, 46 %,
     * with a legend for its one spectrum below it; the legend is gone).
     */
    @Test
    void plotSpansHalfTheViewAt1366x768() throws Exception {
        List<String> problems = check();
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private List<String> check() throws Exception {
        Display display = Display.getDefault();
        Shell shell = LayoutChecks.shell(display, LayoutChecks.TIMELINE_AREA_1366x768, "Lab CSV at 1366 x 768");
        try {
            LabCsvViewBody body = new LabCsvViewBody(shell);
            shell.open();
            body.show(Samples.copy("rc-circuit.csv", dir));
            new SwtDriver(display).settle(shell, 300);
            Charts.savePng(shell, Path.of("target", "screenshots", "labcsv-view-1366x768.png").toAbsolutePath());
            List<String> problems = LayoutChecks.check(body, 0.5, 3);
            System.out.println("Lab CSV view at 1366x768: plot " + body.chart().getPlotArea().getBounds() + " in "
                    + body.getSize() + "; " + (problems.isEmpty() ? "ok" : problems));
            return problems;
        } finally {
            shell.dispose();
        }
    }
}
