package org.interphase.sims.ui.internal;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
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
import org.interphase.sims.api.DepthScale;
import org.interphase.sims.api.EdgeDirection;
import org.interphase.sims.api.EdgeFit;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.chart.LogAxes;

/**
 * Signals versus sputter time, log intensity axis by default, an optional secondary depth axis, and the
 * selected interface drawn on top (50 % line, 16-84 % band, erf fit curve).
 */
public final class ProfileChart extends Composite {

    /** X-axis title. */
    public static final String TIME_TITLE = "Sputter time / s";
    /** Prefix of the depth-axis title. */
    public static final String DEPTH_TITLE = "Depth / nm";

    /** Below this chart height the title is hidden (its text stays in the chart's tooltip). */
    static final int TITLE_MIN_HEIGHT = 400;

    /**
     * A plotted signal.
     *
     * @param id    series id (unique: index and label)
     * @param label legend text
     * @param x   sputter time (s)
     * @param y   intensity as plotted
     * @param rgb colour
     */
    public record Line(String id, String label, double[] x, double[] y, RGB rgb) {
    }

    private final Chart chart;
    private Optional<DepthScale> scale = Optional.empty();
    private int depthAxis = -1;
    private EdgeRow marked;
    private EdgeMethod markedMethod = EdgeMethod.INTERPOLATION;
    private RGB markedColour = new RGB(0, 0, 0);

    public ProfileChart(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new FillLayout());
        chart = Charts.create(this, "", TIME_TITLE, "Intensity / counts");
        // the plot keeps the height: legend on the right, title only when the chart is tall enough
        chart.getLegend().setPosition(SWT.RIGHT);
        chart.addListener(SWT.Resize, e -> chart.getTitle().setVisible(chart.getSize().y >= TITLE_MIN_HEIGHT));
        chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
            @Override
            public void paintControl(PaintEvent e) {
                paintMarkers(e.gc);
            }
        });
        Composite plot = (Composite) chart.getPlotArea();
        // after ChartMouse's own listeners: keep the depth axis in step with the time axis
        for (int type : new int[] { SWT.MouseVerticalWheel, SWT.MouseMove, SWT.MouseDoubleClick, SWT.Resize }) {
            plot.addListener(type, e -> syncDepthAxis());
        }
    }

    /** The SWTChart chart. */
    public Chart chart() {
        return chart;
    }

    /**
     * Replaces every series ({@code fitRange}: rescale the axes to the data, else keep the user's zoom); log needs positive values, so non-positive points are not drawn in log mode.
     */
    public void show(String title, String yTitle, boolean log, List<Line> lines, boolean fitRange) {
        boolean wasLog = chart.getAxisSet().getYAxis(0).isLogScaleEnabled();
        Range xr = chart.getAxisSet().getXAxis(0).getRange();
        Range yr = chart.getAxisSet().getYAxis(0).getRange();
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        chart.getTitle().setText(title);
        chart.getTitle().setVisible(chart.getSize().y == 0 || chart.getSize().y >= TITLE_MIN_HEIGHT);
        chart.setToolTipText(title);
        IAxis y = chart.getAxisSet().getYAxis(0);
        y.getTitle().setText(yTitle);
        y.enableLogScale(false); // SWTChart drops log scale while a series is half set (x before y)
        for (Line l : lines) {
            double[][] xy = drawable(l.x(), l.y(), log);
            if (xy[0].length > 0) {
                ILineSeries<?> s = Charts.line(chart, l.id(), xy[0], xy[1], l.rgb(), true, false);
                s.setLineWidth(1);
                s.setDescription(l.label());
            }
        }
        addFitCurve(log);
        LogAxes.setLog(chart, y, log); // every drawn point is positive in log mode
        if (fitRange || wasLog != log) {
            chart.getAxisSet().adjustRange();
        } else {
            chart.getAxisSet().getXAxis(0).setRange(xr);
            y.setRange(yr);
        }
        syncDepthAxis();
        chart.redraw();
    }

    /** Sets (or clears) the depth rule: a secondary x axis on top shows depth in nm. */
    public void setDepthScale(Optional<DepthScale> rule) {
        this.scale = rule;
        if (rule.isEmpty()) {
            if (depthAxis >= 0) {
                chart.getAxisSet().deleteXAxis(depthAxis);
                depthAxis = -1;
            }
        } else {
            if (depthAxis < 0) {
                depthAxis = chart.getAxisSet().createXAxis();
                IAxis a = chart.getAxisSet().getXAxis(depthAxis);
                a.setPosition(IAxis.Position.Secondary);
                a.getGrid().setStyle(LineStyle.NONE);
                Color black = getDisplay().getSystemColor(SWT.COLOR_BLACK);
                a.getTitle().setForeground(black);
                a.getTick().setForeground(black);
            }
            chart.getAxisSet().getXAxis(depthAxis).getTitle().setText(DEPTH_TITLE + " (" + rule.get().describe() + ")");
        }
        chart.updateLayout();
        syncDepthAxis();
        chart.redraw();
    }

    /** The depth axis, if a rule is set. */
    public Optional<IAxis> depthAxis() {
        return depthAxis < 0 ? Optional.empty() : Optional.of(chart.getAxisSet().getXAxis(depthAxis));
    }

    /** Marks one interface on the chart (null clears). */
    public void mark(EdgeRow row, EdgeMethod method, RGB colour) {
        this.marked = row;
        this.markedMethod = method;
        this.markedColour = colour;
    }

    /** The marked interface, if any. */
    public Optional<EdgeRow> marked() {
        return Optional.ofNullable(marked);
    }

    private void syncDepthAxis() {
        if (depthAxis < 0 || scale.isEmpty() || chart.isDisposed()) {
            return;
        }
        DepthScale d = scale.get();
        Range t = chart.getAxisSet().getXAxis(0).getRange();
        IAxis a = chart.getAxisSet().getXAxis(depthAxis);
        if (d instanceof DepthScale.LayerRates) {
            // not linear in time: ticks sit on the time grid and are labelled with the depth there
            a.getTick().setFormat(new DepthFormat(d));
            a.setRange(new Range(t.lower, t.upper));
        } else {
            a.getTick().setFormat(null);
            a.setRange(new Range(d.depthNm(t.lower), d.depthNm(t.upper)));
        }
    }

    private void addFitCurve(boolean log) {
        if (marked == null || markedMethod != EdgeMethod.ERF_FIT || marked.fit().isEmpty()) {
            return;
        }
        EdgeFit f = marked.fit().get();
        int n = 200;
        double[] x = new double[n];
        double[] y = new double[n];
        double s = f.width() / f.model().widthPerScale();
        double sign = f.direction() == EdgeDirection.RISING ? 1 : -1;
        for (int i = 0; i < n; i++) {
            x[i] = f.from() + (f.to() - f.from()) * i / (n - 1);
            y[i] = f.baseline() + f.amplitude() * f.model().step(sign * (x[i] - f.centre()) / s);
        }
        double[][] xy = drawable(x, y, log);
        if (xy[0].length > 1) {
            ILineSeries<?> fit = Charts.line(chart, "erf fit " + marked.name(), xy[0], xy[1], markedColour, true, false);
            fit.setLineStyle(LineStyle.DASH);
            fit.setLineWidth(2);
        }
    }

    private void paintMarkers(GC gc) {
        if (marked == null || !marked.has(markedMethod)) {
            return;
        }
        IAxis x = chart.getAxisSet().getXAxis(0);
        int h = ((Composite) chart.getPlotArea()).getSize().y;
        double t50 = marked.t50(markedMethod);
        double w = marked.width(markedMethod);
        Color c = new Color(markedColour);
        gc.setForeground(c);
        gc.setBackground(c);
        if (Double.isFinite(w)) {
            int a = x.getPixelCoordinate(t50 - w / 2);
            int b = x.getPixelCoordinate(t50 + w / 2);
            gc.setAlpha(40);
            gc.fillRectangle(Math.min(a, b), 0, Math.abs(b - a), h);
            gc.setAlpha(255);
        }
        int px = x.getPixelCoordinate(t50);
        gc.setLineWidth(2);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.drawLine(px, 0, px, h);
        String text = String.format(Locale.ROOT, "%s (%s): t50 = %.3f \u00b1 %.3f s, 16-84 %% width = %.3f s",
                marked.name(), markedMethod.label(), t50, marked.t50Error(markedMethod), w);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        org.eclipse.swt.graphics.Point ext = gc.textExtent(text);
        int size = ((Composite) chart.getPlotArea()).getSize().x;
        int tx = px + 8 + ext.x > size ? Math.max(2, px - 8 - ext.x) : px + 8;
        gc.fillRectangle(tx - 2, 2, ext.x + 4, ext.y + 2);
        gc.drawText(text, tx, 3, true);
    }

    /** Points that can be drawn: finite, and positive on a log axis. */
    static double[][] drawable(double[] x, double[] y, boolean log) {
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (Double.isFinite(y[i]) && Double.isFinite(x[i]) && (!log || y[i] > 0)) {
                pts.add(new double[] { x[i], y[i] });
            }
        }
        double[][] out = new double[2][pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            out[0][i] = pts.get(i)[0];
            out[1][i] = pts.get(i)[1];
        }
        return out;
    }

    /** Labels time ticks with the depth the rule gives there. */
    private static final class DepthFormat extends Format {
        private static final long serialVersionUID = 1L;
        private final transient DepthScale scale;

        DepthFormat(DepthScale scale) {
            this.scale = scale;
        }

        @Override
        public StringBuffer format(Object obj, StringBuffer to, FieldPosition pos) {
            return to.append(String.format(Locale.ROOT, "%.4g", scale.depthNm(((Number) obj).doubleValue())));
        }

        @Override
        public Object parseObject(String source, ParsePosition pos) {
            return null;
        }
    }
}
