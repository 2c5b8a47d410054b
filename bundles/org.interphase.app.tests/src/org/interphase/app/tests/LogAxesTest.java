package org.interphase.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.interphase.testing.SwtDriver;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.chart.LogAxes;
import org.interphase.ui.chart.LogTicks;
import org.interphase.ui.chart.Palette;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The shared log-axis helper: decade labels (1-2-5 on short ranges), measured label boxes never overlap. */
class LogAxesTest {

    @ParameterizedTest(name = "x {0}..{1}, y {2}..{3} at {4}x{5}")
    @CsvSource({
            "0.02, 9905, 1, 1e6, 700, 400", // a Bode plot: 5.7 decades of f, 6 of |Z|
            "1e-6, 1e6, 1e-3, 1e3, 260, 220", // twelve decades in a small chart: thinned
            "0.05, 2, 0.1, 0.8, 600, 400", // under three decades: 1-2-5
            "1e-4, 1e2, 20, 900, 400, 300" })
    void labelsAreDecadesOrOneTwoFiveAndNeverOverlap(double x0, double x1, double y0, double y1, int w, int h) {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(w, h);
            Chart chart = Charts.create(shell, "Log axes", "f / Hz", "|Z| / Ω");
            int n = 60;
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = x0 * Math.pow(x1 / x0, i / (n - 1.0));
                y[i] = y0 * Math.pow(y1 / y0, i / (n - 1.0));
            }
            Charts.line(chart, "data", x, y, Palette.colour(0), true, true);
            IAxis xAxis = chart.getAxisSet().getXAxis(0);
            IAxis yAxis = chart.getAxisSet().getYAxis(0);
            LogAxes.setLog(chart, xAxis, true);
            LogAxes.setLog(chart, yAxis, true);
            chart.getAxisSet().adjustRange();
            shell.open();
            new SwtDriver(display).settle(shell, 300);
            for (IAxis axis : List.of(xAxis, yAxis)) {
                List<LogAxes.Label> labels = LogAxes.labels(chart, axis);
                String what = (axis == xAxis ? "x" : "y") + " labels " + labels.stream().map(LogAxes.Label::text).toList();
                assertTrue(labels.size() >= 2, what);
                double lo = axis.getRange().lower;
                double hi = axis.getRange().upper;
                boolean shortRange = hi / lo < 1000;
                for (LogAxes.Label l : labels) {
                    double v = LogTicks.parse(l.text());
                    assertEquals(l.value(), v, 1e-9 * v, what);
                    double mantissa = v / Math.pow(10, Math.floor(Math.log10(v) + 1e-9));
                    Set<Long> allowed = shortRange ? Set.of(1L, 2L, 5L) : Set.of(1L);
                    assertTrue(allowed.contains(Math.round(mantissa)) && Math.abs(mantissa - Math.round(mantissa)) < 1e-6,
                            l.text() + " is no " + (shortRange ? "1-2-5 value" : "power of ten") + ": " + what);
                    assertTrue(chart.getClientArea().contains(l.box().x, l.box().y)
                            && chart.getClientArea().contains(l.box().x + l.box().width - 1, l.box().y + l.box().height - 1),
                            l.text() + " inside the chart " + l.box());
                    assertFalse(l.box().intersects(((org.eclipse.swt.widgets.Control) chart.getPlotArea()).getBounds()),
                            l.text() + " outside the plot area");
                }
                for (int i = 0; i < labels.size(); i++) {
                    for (int j = i + 1; j < labels.size(); j++) {
                        Rectangle a = labels.get(i).box();
                        Rectangle b = labels.get(j).box();
                        assertFalse(a.intersects(b), labels.get(i).text() + " " + a + " overlaps " + labels.get(j).text() + " " + b);
                    }
                }
            }
            // SWTChart's own labels are painted invisibly while the axis is logarithmic, and come back with linear scale
            assertEquals(chart.getBackground().getRGB(), xAxis.getTick().getForeground().getRGB());
            LogAxes.setLog(chart, xAxis, false);
            assertEquals(display.getSystemColor(SWT.COLOR_BLACK).getRGB(), xAxis.getTick().getForeground().getRGB());
            assertTrue(LogAxes.labels(chart, xAxis).isEmpty());
            Charts.savePng(shell, Path.of("target", "log-axes-" + w + "x" + h + ".png"));
        } finally {
            shell.dispose();
        }
    }

    @Test
    void ticksAndLabelTexts() {
        assertEquals(List.of(0.1, 1.0, 10.0, 100.0), LogTicks.labelled(0.05, 200, false));
        assertEquals(List.of(0.05, 0.1, 0.2, 0.5, 1.0, 2.0), LogTicks.labelled(0.05, 2));
        assertEquals(List.of(1e-6, 1e-3, 1.0, 1e3, 1e6), LogTicks.everyNth(LogTicks.labelled(1e-6, 1e6), 3));
        assertEquals("10⁻³", LogTicks.text(1e-3, false));
        assertEquals("10⁴", LogTicks.text(1e4, false));
        assertEquals("0.2", LogTicks.text(0.2, true));
        assertEquals("5000", LogTicks.text(5000, true));
        assertEquals("2×10⁻⁵", LogTicks.text(2e-5, true));
        assertEquals(2e-5, LogTicks.parse("2×10⁻⁵"), 1e-20);
        assertEquals(27, LogTicks.all(1, 999).size(), "1..9 in three decades");
    }
}
