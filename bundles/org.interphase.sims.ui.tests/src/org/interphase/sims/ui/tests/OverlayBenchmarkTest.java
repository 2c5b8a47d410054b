package org.interphase.sims.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.interphase.sims.api.DepthProfiles;
import org.interphase.sims.api.ProfileData;
import org.interphase.sims.ui.internal.compare.OverlayChart;
import org.interphase.ui.chart.Palette;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 5: "overlay of 20 profiles x 100 signals stays interactive (redraw <= 100 ms)". 20 copies of the
 * negative MAPI profile (165 points), each shifted in time, 100 signals each = 2000 lines on a log axis in a
 * 1280 x 800 shell; times a synchronous repaint of the plot area (what a zoom or pan costs) and a full rebuild.
 */
@Tag("benchmark")
class OverlayBenchmarkTest {

    @Test
    void redrawOf2000Lines() throws Exception {
        Path file = Path.of(System.getProperty("interphase.shared.data", "../../shared/data"),
                "sims/iontof_depth_profiles/I241209p_A_MAPI_1f-1nA_neg-B4_NF.txt");
        ProfileData d = DepthProfiles.readData(file);
        List<OverlayChart.Line> lines = new ArrayList<>();
        for (int p = 0; p < 20; p++) {
            double[] x = d.timeS().clone();
            for (int i = 0; i < x.length; i++) {
                x[i] += 3 * p;
            }
            for (int s = 1; s <= 100; s++) {
                lines.add(new OverlayChart.Line(p + ":" + s, "p" + p + " " + d.signals().get(s).label(), x,
                        d.signals().get(s).intensity(), Palette.colour(p), false));
            }
        }
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1280, 800);
        OverlayChart chart = new OverlayChart(shell);
        shell.open();
        int runs = 15;
        double[] rebuild = new double[runs];
        double[] redraw = new double[runs];
        double[] paint = new double[runs];
        double[] paintCpu = new double[runs];
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        Control plot = (Control) chart.chart().getPlotArea();
        boolean[] painted = new boolean[1];
        plot.addListener(SWT.Paint, e -> painted[0] = true); // after SWTChart's own painting
        for (int r = -3; r < runs; r++) {
            long t0 = System.nanoTime();
            chart.show("benchmark", "Sputter time / s", "Intensity / counts", true, lines);
            long t1 = System.nanoTime();
            drain(display);
            // a repaint through the event loop after a pan by 1 % of the range
            painted[0] = false;
            org.eclipse.swtchart.IAxis xAxis = chart.chart().getAxisSet().getXAxis(0);
            org.eclipse.swtchart.Range xr = xAxis.getRange();
            double step = 0.01 * (xr.upper - xr.lower) * (r % 2 == 0 ? 1 : -1);
            long t2 = System.nanoTime();
            xAxis.setRange(new org.eclipse.swtchart.Range(xr.lower + step, xr.upper + step)); // a pan
            plot.redraw();
            long deadline = System.currentTimeMillis() + 10_000;
            while (!painted[0] && System.currentTimeMillis() < deadline) {
                if (!display.readAndDispatch()) {
                    Thread.sleep(1);
                }
            }
            long t3 = System.nanoTime();
            // the paint alone, synchronously into an image
            Image img = new Image(display, plot.getSize().x, plot.getSize().y);
            GC gc = new GC(img);
            long c4 = cpu.getCurrentThreadCpuTime();
            long t4 = System.nanoTime();
            plot.print(gc);
            long t5 = System.nanoTime();
            long c5 = cpu.getCurrentThreadCpuTime();
            gc.dispose();
            img.dispose();
            if (r >= 0) {
                rebuild[r] = (t1 - t0) / 1e6;
                redraw[r] = (t3 - t2) / 1e6;
                paint[r] = (t5 - t4) / 1e6;
                paintCpu[r] = (c5 - c4) / 1e6;
            }
        }
        assertEquals(2000, chart.chart().getSeriesSet().getSeries().length);
        System.out.printf("[sims benchmark] overlay 20 profiles x 100 signals (2000 lines, 165 points each, log axis,"
                + " %d x %d plot): redraw through the event loop median %.1f ms; paint into an image median %.1f ms"
                + " (UI-thread CPU %.1f ms); rebuild (replace all 2000 series) median %.1f ms; load average %.1f%n",
                plot.getSize().x, plot.getSize().y, median(redraw), median(paint), median(paintCpu), median(rebuild),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        java.nio.file.Path png = java.nio.file.Path.of("target", "sims-overlay-2000.png");
        java.nio.file.Files.createDirectories(png.getParent());
        org.interphase.ui.chart.Charts.savePng(shell, png);
        shell.dispose();
    }

    private static void drain(Display display) {
        while (display.readAndDispatch()) {
            // drain
        }
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
