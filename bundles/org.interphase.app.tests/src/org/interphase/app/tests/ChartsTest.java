package org.interphase.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.chart.Palette;
import org.junit.jupiter.api.Test;

/** The shared chart factory: axis titles, equal axis scales for Nyquist plots, drawing. */
class ChartsTest {

    @Test
    void equalScaleGivesBothAxesTheSameUnitsPerPixel() {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(900, 500);
            Chart chart = Charts.create(shell, null, "Z' / Ω", "−Z'' / Ω");
            // a semicircle of diameter 1000 Ohm: x spans 1000, y spans 500
            int n = 50;
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                double t = Math.PI * i / (n - 1);
                x[i] = 500 - 500 * Math.cos(t);
                y[i] = 500 * Math.sin(t);
            }
            Charts.line(chart, "data", x, y, Palette.colour(0), false, true);
            shell.open();
            for (int i = 0; i < 50 && display.readAndDispatch(); i++) {
                // lay out
            }
            chart.getAxisSet().adjustRange();
            Charts.equalScale(chart);
            double[] u = Charts.unitsPerPixel(chart);
            assertEquals(u[0], u[1], u[0] * 2e-3, "x and y have the same Ohm per pixel");
            assertTrue(chart.getAxisSet().getYAxis(0).getRange().upper >= 500, "data still in view");
            assertEquals("Z' / Ω", chart.getAxisSet().getXAxis(0).getTitle().getText());
        } finally {
            shell.dispose();
        }
    }
}
