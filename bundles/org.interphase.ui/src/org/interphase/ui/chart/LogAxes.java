package org.interphase.ui.chart;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IAxis.Position;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * One look for every log axis. SWTChart 1.1.0 labels a log axis at every 1..9 multiple, lets the labels collide and
 * turns a label it has no room for into "...", and it has no API to choose tick values. So while an axis is in log
 * scale, its SWTChart ticks are painted in the background colour (they still size the axis) and this helper paints
 * the axis line, a long tick at each labelled value, short unlabelled ticks at the other multiples, and the labels
 * ({@link LogTicks}: decades, 1-2-5 below three decades), thinned (every 2nd, 5th ... decade) until no two labels
 * overlap, with dotted grid lines at the labelled values only. An axis switched back to linear scale gets SWTChart's own ticks back.
 */
public final class LogAxes {

    /** A label as painted: its text, the value it stands for and its box in chart coordinates. */
    public record Label(String text, double value, Rectangle box) {
    }

    private static final int MAJOR = 5;
    private static final int MINOR = 3;
    private static final int GAP = 2;
    private static final int PADDING = 4;

    private LogAxes() {
    }

    /**
     * Installs the log-axis painting on {@code axis} of {@code chart} (once; later calls do nothing). It takes
     * effect whenever the axis is in log scale, however that was switched on.
     */
    public static void configure(Chart chart, IAxis axis) {
        String key = LogAxes.class.getName() + "." + axis.getDirection() + axis.getId();
        if (chart.getData(key) != null) {
            return;
        }
        State state = new State(chart, axis);
        chart.setData(key, state);
        state.sync();
        chart.addPaintListener(e -> {
            if (state.sync()) {
                chart.redraw(); // SWTChart painted with the old colour before this listener ran
            } else if (axis.isLogScaleEnabled()) {
                paint(chart, axis, e.gc);
            }
        });
        chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
            @Override
            public void paintControl(PaintEvent e) {
                if (axis.isLogScaleEnabled() && state.hidden) {
                    grid(chart, axis, e.gc);
                }
            }

            @Override
            public boolean drawBehindSeries() {
                return true;
            }
        });
    }

    /** Dotted grid lines at the labelled values only (SWTChart's grid, at every 1..9 multiple, is off). */
    private static void grid(Chart chart, IAxis axis, GC gc) {
        Rectangle plot = ((Control) chart.getPlotArea()).getBounds();
        gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_GRAY));
        gc.setLineStyle(SWT.LINE_DOT);
        for (Label l : labels(chart, axis)) {
            int at = axis.getPixelCoordinate(l.value());
            if (horizontal(chart, axis)) {
                gc.drawLine(at, 0, at, plot.height - 1);
            } else {
                gc.drawLine(0, at, plot.width - 1, at);
            }
        }
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    /** Sets the axis to log ({@code on}) or linear scale, with the log-axis painting installed. */
    public static void setLog(Chart chart, IAxis axis, boolean on) {
        configure(chart, axis);
        axis.enableLogScale(on);
        ((State) chart.getData(LogAxes.class.getName() + "." + axis.getDirection() + axis.getId())).sync();
    }

    /** The labels {@code axis} shows now (empty unless it is in log scale), as they are painted. */
    public static List<Label> labels(Chart chart, IAxis axis) {
        if (!axis.isLogScaleEnabled()) {
            return List.of();
        }
        GC gc = new GC(chart);
        try {
            gc.setFont(axis.getTick().getFont());
            return labels(chart, axis, gc);
        } finally {
            gc.dispose();
        }
    }

    private static List<Label> labels(Chart chart, IAxis axis, GC gc) {
        Range r = axis.getRange();
        double lo = Math.min(r.lower, r.upper);
        double hi = Math.max(r.lower, r.upper);
        boolean short125 = hi / lo < Math.pow(10, LogTicks.SHORT_DECADES);
        List<Label> out = place(chart, axis, gc, LogTicks.labelled(lo, hi, short125), short125);
        if (short125 && overlap(chart, out, axis)) {
            short125 = false;
            out = place(chart, axis, gc, LogTicks.labelled(lo, hi, false), false);
        }
        List<Double> decades = LogTicks.labelled(lo, hi, false);
        for (int step : new int[] { 2, 3, 5, 10, 20, 50, 100 }) {
            if (short125 || !overlap(chart, out, axis)) {
                break;
            }
            out = place(chart, axis, gc, LogTicks.everyNth(decades, step), false);
        }
        return out;
    }

    private static List<Label> place(Chart chart, IAxis axis, GC gc, List<Double> values, boolean short125) {
        Rectangle plot = ((Control) chart.getPlotArea()).getBounds();
        List<Label> out = new ArrayList<>();
        for (double v : values) {
            String text = LogTicks.text(v, short125);
            Point size = gc.textExtent(text);
            int at = axis.getPixelCoordinate(v);
            Rectangle box;
            if (horizontal(chart, axis)) {
                int y = axis.getPosition() == Position.Primary ? plot.y + plot.height + MAJOR + GAP
                        : plot.y - MAJOR - GAP - size.y;
                box = new Rectangle(plot.x + at - size.x / 2, y, size.x, size.y);
            } else {
                int x = axis.getPosition() == Position.Primary ? plot.x - MAJOR - GAP - size.x
                        : plot.x + plot.width + MAJOR + GAP;
                box = new Rectangle(x, plot.y + at - size.y / 2, size.x, size.y);
            }
            out.add(new Label(text, v, box));
        }
        return out;
    }

    private static boolean overlap(Chart chart, List<Label> labels, IAxis axis) {
        for (int i = 1; i < labels.size(); i++) {
            Rectangle a = labels.get(i - 1).box();
            Rectangle b = labels.get(i).box();
            boolean apart = horizontal(chart, axis)
                    ? Math.max(a.x, b.x) >= Math.min(a.x + a.width, b.x + b.width) + PADDING
                    : Math.max(a.y, b.y) >= Math.min(a.y + a.height, b.y + b.height) + PADDING / 2;
            if (!apart) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code axis} runs left to right (x axes of a chart in the usual horizontal orientation). */
    private static boolean horizontal(Chart chart, IAxis axis) {
        return (axis.getDirection() == IAxis.Direction.X) == (chart.getOrientation() == SWT.HORIZONTAL);
    }

    private static void paint(Chart chart, IAxis axis, GC gc) {
        Rectangle plot = ((Control) chart.getPlotArea()).getBounds();
        Range r = axis.getRange();
        gc.setFont(axis.getTick().getFont());
        gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.setAntialias(SWT.OFF);
        boolean primary = axis.getPosition() == Position.Primary;
        List<Label> labels = labels(chart, axis, gc);
        List<Double> labelled = labels.stream().map(Label::value).toList();
        if (horizontal(chart, axis)) {
            int y = primary ? plot.y + plot.height : plot.y - 1;
            int dir = primary ? 1 : -1;
            gc.drawLine(plot.x, y, plot.x + plot.width - 1, y);
            for (double v : LogTicks.all(Math.min(r.lower, r.upper), Math.max(r.lower, r.upper))) {
                int x = plot.x + axis.getPixelCoordinate(v);
                gc.drawLine(x, y, x, y + dir * (labelled.contains(v) || LogTicks.isDecade(v) ? MAJOR : MINOR));
            }
        } else {
            int x = primary ? plot.x - 1 : plot.x + plot.width;
            int dir = primary ? -1 : 1;
            gc.drawLine(x, plot.y, x, plot.y + plot.height - 1);
            for (double v : LogTicks.all(Math.min(r.lower, r.upper), Math.max(r.lower, r.upper))) {
                int y = plot.y + axis.getPixelCoordinate(v);
                gc.drawLine(x, y, x + dir * (labelled.contains(v) || LogTicks.isDecade(v) ? MAJOR : MINOR), y);
            }
        }
        for (Label l : labels) {
            gc.drawText(l.text(), l.box().x, l.box().y, true);
        }
    }

    /** Whether SWTChart's own ticks are hidden, and what to restore when the axis goes back to linear scale. */
    private static final class State {
        private final Chart chart;
        private final IAxis axis;
        private boolean hidden;
        private Color foreground;
        private Format format;
        private LineStyle grid;

        State(Chart chart, IAxis axis) {
            this.chart = chart;
            this.axis = axis;
        }

        /** Hides or restores SWTChart's ticks to match the axis' scale; true when that changed anything. */
        boolean sync() {
            boolean log = axis.isLogScaleEnabled();
            if (log == hidden) {
                return false;
            }
            if (log) {
                foreground = axis.getTick().getForeground();
                format = axis.getTick().getFormat();
                grid = axis.getGrid().getStyle();
                axis.getGrid().setStyle(LineStyle.NONE);
                axis.getTick().setForeground(chart.getBackground());
                axis.getTick().setFormat(new Sizing()); // SWTChart sizes the axis by the labels painted here
            } else {
                axis.getTick().setForeground(foreground);
                axis.getTick().setFormat(format);
                axis.getGrid().setStyle(grid);
            }
            hidden = log;
            return true;
        }
    }

    /** SWTChart's (hidden) labels in this helper's notation, so the axis gets the width these labels need. */
    private static final class Sizing extends Format {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
            double v = ((Number) value).doubleValue();
            return to.append(v > 0 && LogTicks.isDecade(v) ? LogTicks.text(v, false) : "");
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            position.setErrorIndex(position.getIndex());
            return null; // SWTChart then decides by the value whether a tick is a decade
        }
    }
}
