package org.interphase.xps.ui.internal;

import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ISeries;
import org.interphase.xps.api.ComponentResult;
import org.interphase.xps.api.FitResult;

/**
 * Dragging a fitted component in the spectrum plot: press the left button within 8 pixels of a component's
 * maximum (a small square handle), move to shift its position (x) and scale its height (y, above the
 * background), release to apply. While dragging, the component's curve follows the mouse; on release the
 * change is handed over (the editor runs it as a {@link DragCommand}). Pressing elsewhere pans as before.
 */
public final class ComponentDrag {

    /** What a release applies. */
    public interface Release {
        void apply(String component, double position, double area);
    }

    private static final int GRAB = 8;

    private final Chart chart;
    private final Supplier<Optional<FitResult>> fit;
    private final Release release;
    private int active = -1;
    private int fromX;
    private int fromY;
    private double[] curveX;
    private double[] curveY;
    private double[] background;
    private double baseAtPeak;

    private ComponentDrag(Chart chart, Supplier<Optional<FitResult>> fit, Release release) {
        this.chart = chart;
        this.fit = fit;
        this.release = release;
    }

    /** Installs dragging on the chart; its own listeners run before the chart's pan handler. */
    public static ComponentDrag install(Chart chart, Supplier<Optional<FitResult>> fit, Release release) {
        ComponentDrag d = new ComponentDrag(chart, fit, release);
        Composite plot = (Composite) chart.getPlotArea();
        first(plot, SWT.MouseDown, d::down);
        first(plot, SWT.MouseMove, d::move);
        first(plot, SWT.MouseUp, d::up);
        return d;
    }

    /** Adds {@code l} in front of the listeners already registered for {@code type}. */
    private static void first(Composite plot, int type, Listener l) {
        Listener[] existing = plot.getListeners(type);
        for (Listener e : existing) {
            plot.removeListener(type, e);
        }
        plot.addListener(type, l);
        for (Listener e : existing) {
            plot.addListener(type, e);
        }
    }

    /** The pixel of component k's maximum (x, y), or null. */
    public int[] handle(int k) {
        Optional<FitResult> f = fit.get();
        if (f.isEmpty() || k >= f.get().curves().size()) {
            return null;
        }
        double[] c = f.get().curves().get(k);
        int m = 0;
        for (int i = 1; i < c.length; i++) {
            if (c[i] > c[m]) {
                m = i;
            }
        }
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        return new int[] { x.getPixelCoordinate(f.get().x()[m]), y.getPixelCoordinate(c[m] + f.get().background()[m]), m };
    }

    private void down(Event e) {
        if (e.button != 1 || fit.get().isEmpty()) {
            return;
        }
        FitResult f = fit.get().get();
        for (int k = 0; k < f.curves().size(); k++) {
            int[] h = handle(k);
            if (h != null && Math.abs(h[0] - e.x) <= GRAB && Math.abs(h[1] - e.y) <= GRAB) {
                active = k;
                fromX = e.x;
                fromY = e.y;
                curveX = f.x().clone();
                curveY = f.curves().get(k).clone();
                background = f.background().clone();
                baseAtPeak = background[h[2]];
                e.button = 0; // the chart's pan handler runs next and must not start panning
                return;
            }
        }
    }

    private double[] target(Event e) {
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        double shift = x.getDataCoordinate(e.x) - x.getDataCoordinate(fromX);
        double newPeak = y.getDataCoordinate(e.y) - baseAtPeak;
        double oldPeak = y.getDataCoordinate(fromY) - baseAtPeak;
        double scale = oldPeak > 0 ? Math.max(0, newPeak / oldPeak) : 1;
        return new double[] { shift, scale };
    }

    private void move(Event e) {
        if (active < 0) {
            return;
        }
        double[] t = target(e);
        FitResult f = fit.get().orElseThrow();
        ISeries<?> s = chart.getSeriesSet().getSeries(f.components().get(active).name());
        if (s != null) {
            double[] xs = new double[curveX.length];
            double[] ys = new double[curveY.length];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = curveX[i] + t[0];
                ys[i] = curveY[i] * t[1] + background[i];
            }
            s.setXSeries(xs);
            s.setYSeries(ys);
            chart.redraw();
        }
    }

    private void up(Event e) {
        if (active < 0) {
            return;
        }
        int k = active;
        active = -1;
        double[] t = target(e);
        if (e.x == fromX && e.y == fromY) {
            return;
        }
        ComponentResult c = fit.get().orElseThrow().components().get(k);
        release.apply(c.name(), c.position() + t[0], c.area() * t[1]);
    }

    /** Whether a component is being dragged. */
    public boolean dragging() {
        return active >= 0;
    }
}
