package org.interphase.ui.chart;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.Range;

/**
 * Mouse habits for charts: wheel zooms about the cursor (Shift: x only, Ctrl: y only), dragging with the
 * left button pans, double-click fits all data. Charts inside a scrolling view turn the wheel zoom off
 * ({@link #setWheelZoom}), so the wheel scrolls the view instead of zooming the chart under the pointer.
 */
public final class ChartMouse {

    private static final String WHEEL_ZOOM = ChartMouse.class.getName() + ".wheelZoom";

    private ChartMouse() {
    }

    /** Turns the wheel zoom of {@code chart} on (the default) or off (the wheel event is then left to others). */
    public static void setWheelZoom(Chart chart, boolean on) {
        chart.setData(WHEEL_ZOOM, on ? null : Boolean.FALSE);
    }

    /** Whether the wheel zooms {@code chart}. */
    public static boolean isWheelZoom(Chart chart) {
        return !Boolean.FALSE.equals(chart.getData(WHEEL_ZOOM));
    }

    /** Installs the mouse handling on {@code chart}'s plot area. */
    public static void install(Chart chart) {
        Composite plot = (Composite) chart.getPlotArea();
        int[] drag = new int[3]; // x, y, active
        plot.addListener(SWT.MouseVerticalWheel, e -> zoom(chart, e));
        plot.addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                drag[0] = e.x;
                drag[1] = e.y;
                drag[2] = 1;
            }
        });
        plot.addListener(SWT.MouseUp, e -> drag[2] = 0);
        plot.addListener(SWT.MouseMove, e -> {
            if (drag[2] == 0) {
                return;
            }
            for (IAxis a : chart.getAxisSet().getAxes()) {
                boolean horizontal = a.getDirection() == IAxis.Direction.X;
                int from = horizontal ? drag[0] : drag[1];
                int to = horizontal ? e.x : e.y;
                if (a.isLogScaleEnabled()) {
                    continue;
                }
                double shift = a.getDataCoordinate(from) - a.getDataCoordinate(to);
                Range r = a.getRange();
                a.setRange(new Range(r.lower + shift, r.upper + shift));
            }
            drag[0] = e.x;
            drag[1] = e.y;
            chart.redraw();
        });
        plot.addListener(SWT.MouseDoubleClick, e -> {
            chart.getAxisSet().adjustRange();
            chart.redraw();
        });
    }

    private static void zoom(Chart chart, Event e) {
        if (!isWheelZoom(chart)) {
            return;
        }
        boolean zoomIn = e.count > 0;
        for (IAxis a : chart.getAxisSet().getAxes()) {
            boolean horizontal = a.getDirection() == IAxis.Direction.X;
            if ((e.stateMask & SWT.SHIFT) != 0 && !horizontal || (e.stateMask & SWT.CTRL) != 0 && horizontal) {
                continue;
            }
            double at = a.getDataCoordinate(horizontal ? e.x : e.y);
            if (zoomIn) {
                a.zoomIn(at);
            } else {
                a.zoomOut(at);
            }
        }
        chart.redraw();
    }
}
