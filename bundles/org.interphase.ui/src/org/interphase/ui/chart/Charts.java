package org.interphase.ui.chart;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IErrorBar;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * Creates the workbench's SWTChart charts with one look: axis titles with units, white plot area,
 * legend at the bottom, mouse zoom and pan ({@link ChartMouse}). Free of any technique.
 */
public final class Charts {

    private Charts() {
    }

    /**
     * A chart with the given axis titles (each should carry its unit, e.g. "Z' / Ω").
     *
     * @param title chart title, or null for none
     */
    public static Chart create(Composite parent, String title, String xTitle, String yTitle) {
        Chart chart = new Chart(parent, SWT.NONE);
        chart.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        chart.setBackgroundInPlotArea(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        if (title == null) {
            chart.getTitle().setVisible(false);
        } else {
            chart.getTitle().setText(title);
            chart.getTitle().setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        }
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        style(x, xTitle);
        style(y, yTitle);
        chart.getLegend().setPosition(SWT.BOTTOM);
        ChartMouse.install(chart);
        return chart;
    }

    private static void style(IAxis axis, String title) {
        Color black = org.eclipse.swt.widgets.Display.getCurrent().getSystemColor(SWT.COLOR_BLACK);
        axis.getTitle().setText(title);
        axis.getTitle().setForeground(black);
        axis.getTick().setForeground(black);
        axis.getGrid().setStyle(LineStyle.DOT);
    }

    /** Adds (or replaces) a line series; {@code symbols} draws markers at the points, {@code line} joins them. */
    public static ILineSeries<?> line(Chart chart, String id, double[] x, double[] y, RGB rgb, boolean line,
            boolean symbols) {
        if (chart.getSeriesSet().getSeries(id) != null) {
            chart.getSeriesSet().deleteSeries(id);
        }
        ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        s.setXSeries(x);
        s.setYSeries(y);
        Color colour = new Color(rgb);
        s.setLineColor(colour);
        s.setSymbolColor(colour);
        s.setLineStyle(line ? LineStyle.SOLID : LineStyle.NONE);
        s.setLineWidth(2);
        s.setSymbolType(symbols ? PlotSymbolType.CIRCLE : PlotSymbolType.NONE);
        s.setSymbolSize(3);
        s.setAntialias(SWT.ON);
        return s;
    }

    /**
     * Draws symmetric ±{@code errors} y error bars on {@code series} in its colour (non-finite errors draw none),
     * as trend plots of fitted quantities across cycles need.
     */
    public static void yErrors(ILineSeries<?> series, double[] errors) {
        yErrors(series, errors, series.getLineColor().getRGB());
    }

    /** The same with the bars drawn in {@code rgb} (e.g. to set them off from a joined line). */
    public static void yErrors(ILineSeries<?> series, double[] errors, RGB rgb) {
        double[] e = new double[errors.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = Double.isFinite(errors[i]) ? Math.abs(errors[i]) : 0;
        }
        IErrorBar bar = series.getYErrorBar();
        bar.setPlusErrors(e);
        bar.setMinusErrors(e);
        bar.setType(IErrorBar.ErrorBarType.BOTH);
        bar.setColor(new Color(rgb));
        bar.setVisible(true);
    }

    /**
     * Gives both axes the same data units per pixel (Nyquist plots must not distort arcs): the range of
     * the axis with fewer units per pixel is widened about its centre. Call after the data or size change.
     */
    public static void equalScale(Chart chart) {
        // Changing a range can change tick-label widths and so the plot area: repeat until it settles.
        for (int i = 0; i < 4; i++) {
            if (!equalScaleOnce(chart)) {
                return;
            }
            chart.updateLayout();
        }
    }

    private static boolean equalScaleOnce(Chart chart) {
        Point size = ((Control) chart.getPlotArea()).getSize();
        if (size.x <= 0 || size.y <= 0) {
            return false;
        }
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        Range rx = x.getRange();
        Range ry = y.getRange();
        double ux = (rx.upper - rx.lower) / size.x;
        double uy = (ry.upper - ry.lower) / size.y;
        if (!(ux > 0) || !(uy > 0) || Math.abs(ux - uy) <= 1e-12 * Math.max(ux, uy)) {
            return false;
        }
        if (ux > uy) {
            double half = ux * size.y / 2;
            double c = (ry.lower + ry.upper) / 2;
            y.setRange(new Range(c - half, c + half));
        } else {
            double half = uy * size.x / 2;
            double c = (rx.lower + rx.upper) / 2;
            x.setRange(new Range(c - half, c + half));
        }
        return true;
    }

    /**
     * Sets the y-axis title of {@code chart} to {@code full} when it fits the plot's height (measured in the title's
     * font), else to {@code shorter}; for a plot that a short editor area squeezes. Returns whether {@code full} fits.
     */
    public static boolean fitYTitle(Chart chart, String full, String shorter) {
        var title = chart.getAxisSet().getYAxis(0).getTitle();
        GC gc = new GC(chart);
        int width;
        try {
            gc.setFont(title.getFont());
            width = gc.textExtent(full).x;
        } finally {
            gc.dispose();
        }
        boolean fits = width <= chart.getPlotArea().getBounds().height;
        String wanted = fits ? full : shorter;
        if (!wanted.equals(title.getText())) {
            title.setText(wanted);
        }
        return fits;
    }

    /** Data units per pixel of the x and y axes (for tests of {@link #equalScale}). */
    public static double[] unitsPerPixel(Chart chart) {
        Point size = ((Control) chart.getPlotArea()).getSize();
        Range rx = chart.getAxisSet().getXAxis(0).getRange();
        Range ry = chart.getAxisSet().getYAxis(0).getRange();
        return new double[] { (rx.upper - rx.lower) / size.x, (ry.upper - ry.lower) / size.y };
    }

    /** Saves what {@code control} shows as a PNG (export and test evidence). */
    public static void savePng(Control control, Path file) {
        Point size = control.getSize();
        Image image = new Image(control.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        try {
            GC gc = new GC(control);
            try {
                gc.copyArea(image, 0, 0);
            } finally {
                gc.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                java.nio.file.Files.createDirectories(folder);
            }
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create the folder of " + file, e);
        } finally {
            image.dispose();
        }
    }

    /** Number of sampled pixels that differ from the top-left one: a cheap "is anything drawn" check. */
    public static int drawnPixels(Control control) {
        Point size = control.getSize();
        Image image = new Image(control.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        try {
            GC gc = new GC(control);
            gc.copyArea(image, 0, 0);
            gc.dispose();
            ImageData data = image.getImageData();
            int first = data.getPixel(0, 0);
            int n = 0;
            for (int y = 0; y < data.height; y += 3) {
                for (int x = 0; x < data.width; x += 3) {
                    if (data.getPixel(x, y) != first) {
                        n++;
                    }
                }
            }
            return n;
        } finally {
            image.dispose();
        }
    }
}
