package org.interphase.ui.chart;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.Range;

/**
 * Mouse habits for charts: wheel zooms about the cursor (Shift: x only, Ctrl: y only), dragging with the
 * left button pans, double-click fits all data.
 */
public final class ChartMouse {

    private ChartMouse() {
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
