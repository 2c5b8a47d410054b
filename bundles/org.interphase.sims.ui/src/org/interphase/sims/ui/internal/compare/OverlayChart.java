package org.interphase.sims.ui.internal.compare;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.chart.LogAxes;

/**
 * Many aligned depth profiles on one chart. Up to {@value #LEGEND_LIMIT} lines SWTChart draws them (anti-aliased,
 * with a legend). Past that (20 profiles x 100 signals = 2000 lines) SWTChart's series stay in the chart for
 * their data and the axis ranges but are hidden, and the plot area paints the lines itself, rasterised into one
 * image ({@link LineRaster}): SWTChart strokes every segment through Cairo (about 1 s per repaint for 2000 lines
 * of 165 points; one polyline per line still took 0.5 s) against the 100 ms the issue asks for.
 */
public final class OverlayChart extends Composite {

    /** Above this many lines the legend is hidden (names are in the series' descriptions and the tooltips). */
    public static final int LEGEND_LIMIT = 16;

    /**
     * One line.
     *
     * @param id     unique series id
     * @param label  legend text
     * @param x      aligned x
     * @param y      as plotted
     * @param rgb    colour
     * @param dashed drawn dashed (the +/- SD band of a mean)
     */
    public record Line(String id, String label, double[] x, double[] y, RGB rgb, boolean dashed) {
    }

    private final Chart chart;
    private List<Line> painted = List.of();
    private boolean paintedLog;
    private LineRaster raster;

    public OverlayChart(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new FillLayout());
        chart = Charts.create(this, "", "Sputter time / s", "Intensity / counts");
        ShortCharts.install(chart, true);
        chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
            @Override
            public void paintControl(PaintEvent e) {
                paintMany(e.gc);
            }
        });
    }

    /** Whether the lines are painted by this chart rather than by SWTChart (many lines). */
    public boolean paintsItself() {
        return !painted.isEmpty();
    }

    /** The SWTChart chart. */
    public Chart chart() {
        return chart;
    }

    /** Replaces every line; non-positive values are left out in log mode. */
    public void show(String title, String xTitle, String yTitle, boolean log, List<Line> lines) {
        boolean many = lines.size() > LEGEND_LIMIT;
        chart.setRedraw(false);
        // SWTChart re-lays the chart (legend included) after every series added or deleted: O(n^2) for n lines
        chart.suspendUpdate(true);
        chart.getLegend().setVisible(false);
        try {
            for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
                chart.getSeriesSet().deleteSeries(s.getId());
            }
            chart.getTitle().setText(title);
            chart.getAxisSet().getXAxis(0).getTitle().setText(xTitle);
            IAxis y = chart.getAxisSet().getYAxis(0);
            y.getTitle().setText(yTitle);
            y.enableLogScale(false);
            for (Line l : lines) {
                double[][] xy = drawable(l.x(), l.y(), log);
                if (xy[0].length == 0) {
                    continue;
                }
                ILineSeries<?> s = Charts.line(chart, l.id(), xy[0], xy[1], l.rgb(), true, false);
                s.setLineWidth(1);
                s.setDescription(l.label());
                s.setLineStyle(l.dashed() ? LineStyle.DASH : LineStyle.SOLID);
                s.setVisible(!many);
            }
            painted = many ? List.copyOf(lines) : List.of();
            paintedLog = log;
            chart.getLegend().setVisible(!many);
            LogAxes.setLog(chart, y, log);
            chart.getAxisSet().adjustRange();
            if (many) {
                fitRanges(log);
            }
        } finally {
            chart.suspendUpdate(false);
            chart.setRedraw(true);
        }
        chart.redraw();
    }

    /** Axis ranges over every drawable point (SWTChart ignores hidden series). */
    private void fitRanges(boolean log) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (Line l : painted) {
            for (int i = 0; i < l.y().length; i++) {
                if (ok(l.x()[i], l.y()[i], log)) {
                    x0 = Math.min(x0, l.x()[i]);
                    x1 = Math.max(x1, l.x()[i]);
                    y0 = Math.min(y0, l.y()[i]);
                    y1 = Math.max(y1, l.y()[i]);
                }
            }
        }
        if (x1 > x0 && y1 > y0) {
            chart.getAxisSet().getXAxis(0).setRange(new Range(x0, x1));
            double pad = log ? 0 : 0.03 * (y1 - y0);
            chart.getAxisSet().getYAxis(0).setRange(new Range(log ? y0 / 1.5 : y0 - pad, log ? y1 * 1.5 : y1 + pad));
        }
    }

    /**
     * Every line rasterised into one image (see {@link LineRaster}), drawn at once; lines break where a point
     * cannot be drawn.
     */
    private void paintMany(GC gc) {
        if (painted.isEmpty()) {
            return;
        }
        org.eclipse.swt.graphics.Point size = ((org.eclipse.swt.widgets.Control) chart.getPlotArea()).getSize();
        if (size.x <= 0 || size.y <= 0) {
            return;
        }
        if (raster == null || raster.width() != size.x || raster.height() != size.y) {
            raster = new LineRaster(size.x, size.y);
        } else {
            raster.clear();
        }
        // SWTChart's getPixelCoordinate asks the widget for its size on every call: map linearly (in log10 for
        // a log axis) between the pixels SWTChart gives the ends of each range instead
        IAxis xa = chart.getAxisSet().getXAxis(0);
        IAxis ya = chart.getAxisSet().getYAxis(0);
        boolean ylog = ya.isLogScaleEnabled();
        Range xr = xa.getRange();
        Range yr = ya.getRange();
        double xp0 = xa.getPixelCoordinate(xr.lower);
        double xs = (xa.getPixelCoordinate(xr.upper) - xp0) / (xr.upper - xr.lower);
        double yv0 = ylog ? Math.log10(yr.lower) : yr.lower;
        double yp0 = ya.getPixelCoordinate(yr.lower);
        double ys = (ya.getPixelCoordinate(yr.upper) - yp0) / ((ylog ? Math.log10(yr.upper) : yr.upper) - yv0);
        for (Line l : painted) {
            int colour = (l.rgb().red << 16) | (l.rgb().green << 8) | l.rgb().blue;
            double px = Double.NaN;
            double py = Double.NaN;
            for (int i = 0; i < l.y().length; i++) {
                if (!ok(l.x()[i], l.y()[i], paintedLog)) {
                    px = Double.NaN;
                    continue;
                }
                double cx = xp0 + xs * (l.x()[i] - xr.lower);
                double cy = yp0 + ys * ((ylog ? Math.log10(l.y()[i]) : l.y()[i]) - yv0);
                if (!Double.isNaN(px)) {
                    raster.segment(px, py, cx, cy, colour);
                }
                px = cx;
                py = cy;
            }
        }
        ImageData data = new ImageData(size.x, size.y, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        for (int row = 0; row < size.y; row++) {
            data.setPixels(0, row, size.x, raster.rgb(), row * size.x);
        }
        data.alphaData = raster.mask();
        Image image = new Image(gc.getDevice(), data);
        try {
            gc.drawImage(image, 0, 0);
        } finally {
            image.dispose();
        }
    }

    /** Finite points (positive ones in log mode). */
    static double[][] drawable(double[] x, double[] y, boolean log) {
        int n = 0;
        for (int i = 0; i < y.length; i++) {
            if (ok(x[i], y[i], log)) {
                n++;
            }
        }
        double[] dx = new double[n];
        double[] dy = new double[n];
        for (int i = 0, j = 0; i < y.length; i++) {
            if (ok(x[i], y[i], log)) {
                dx[j] = x[i];
                dy[j++] = y[i];
            }
        }
        return new double[][] { dx, dy };
    }

    private static boolean ok(double x, double y, boolean log) {
        return Double.isFinite(x) && Double.isFinite(y) && (!log || y > 0);
    }
}
