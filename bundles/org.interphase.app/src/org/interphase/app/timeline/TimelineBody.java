package org.interphase.app.timeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.Range;
import org.interphase.core.api.InterfaceTimeline;
import org.interphase.model.Cell;
import org.interphase.model.Interface;
import org.interphase.model.QuantityKind;
import org.interphase.model.Study;
import org.interphase.ui.chart.AlignedTicks;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.chart.Palette;

/**
 * One interface across the cell's cycle states: a chart per quantity (resistances from EIS fits, species
 * fractions from XPS, thicknesses and widths from SIMS, contact and void fractions from tomography), all on
 * the same cycle axis, each value with its one-sigma error bar. Clicking a point reports it to a listener
 * (the view opens the measurement it came from).
 */
public class TimelineBody extends Composite {

    private final Combo picker;
    private final Label status;
    private final ScrolledComposite scroller;
    private Composite charts;
    private final List<Interface> interfaces = new ArrayList<>();
    private final Map<QuantityKind, Chart> chartsByQuantity = new EnumMap<>(QuantityKind.class);
    private final List<InterfaceTimeline.Series> shown = new ArrayList<>();
    private Consumer<InterfaceTimeline.Point> pickListener = p -> { };

    public TimelineBody(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(2, false));
        new Label(this, SWT.NONE).setText("Interface:");
        picker = new Combo(this, SWT.READ_ONLY);
        picker.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        picker.addListener(SWT.Selection, e -> showSelected());
        status = new Label(this, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        scroller = new ScrolledComposite(this, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        scroller.addListener(SWT.Resize, e -> {
            if (charts != null && !charts.isDisposed()
                    && ((GridLayout) charts.getLayout()).numColumns != columnsFor(scroller.getClientArea().width)) {
                showSelected();
            } else {
                layoutCharts();
            }
        });
        showSelected();
    }

    /** Called with the point the user clicked. */
    public void onPick(Consumer<InterfaceTimeline.Point> listener) {
        this.pickListener = listener;
    }

    /** Offers the interfaces of {@code study} and shows {@code selected} (or the first). */
    public void setStudy(Study study, Interface selected) {
        interfaces.clear();
        picker.removeAll();
        if (study != null) {
            for (Cell c : study.getCells()) {
                for (Interface i : c.getInterfaces()) {
                    interfaces.add(i);
                    picker.add(c.getName() + ":  " + i.getName());
                }
            }
        }
        int index = selected == null ? 0 : Math.max(0, interfaces.indexOf(selected));
        if (!interfaces.isEmpty()) {
            picker.select(index);
        }
        showSelected();
    }

    /** The interface shown, or null. */
    public Interface selected() {
        int i = picker.getSelectionIndex();
        return i < 0 || i >= interfaces.size() ? null : interfaces.get(i);
    }

    /** The series on display (for tests). */
    public List<InterfaceTimeline.Series> series() {
        return List.copyOf(shown);
    }

    /** The chart of a quantity, if shown. */
    public Chart chart(QuantityKind quantity) {
        return chartsByQuantity.get(quantity);
    }

    /** Re-reads the model (after results were added or undone). */
    public void refresh() {
        showSelected();
    }

    private void showSelected() {
        if (charts != null) {
            charts.dispose();
        }
        chartsByQuantity.clear();
        shown.clear();
        charts = new Composite(scroller, SWT.NONE);
        charts.setLayout(new GridLayout(columnsFor(scroller.getClientArea().width), true));
        scroller.setContent(charts);
        Interface iface = selected();
        if (iface == null) {
            status.setText("Open a study in the Cell editor to follow its interfaces across cycles.");
            layout(true, true);
            return;
        }
        shown.addAll(InterfaceTimeline.of(iface));
        if (shown.isEmpty()) {
            status.setText("No results are linked to " + iface.getName()
                    + " yet. Fit a spectrum, analyse a profile or segment a volume and save the result to the study.");
        } else {
            status.setText(shown.size() + " quantities for " + iface.getName() + " across cycles (±1σ). Click a point to open its measurement.");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (InterfaceTimeline.Series s : shown) {
            for (InterfaceTimeline.Point p : s.points()) {
                min = Math.min(min, p.x());
                max = Math.max(max, p.x());
            }
        }
        int colour = 0;
        for (InterfaceTimeline.Series s : shown) {
            Chart chart = chartsByQuantity.computeIfAbsent(s.quantity(), q -> newChart(q, s.unit()));
            addSeries(chart, s, colour++);
        }
        double pad = Math.max(1, (max - min) * 0.08);
        for (Chart chart : chartsByQuantity.values()) {
            chart.getAxisSet().adjustRange();
            if (Double.isFinite(min)) {
                chart.getAxisSet().getXAxis(0).setRange(new Range(min - pad, max + pad));
            }
            padY(chart);
        }
        for (Chart chart : chartsByQuantity.values()) {
            // the title names a chart's only quantity; a legend would only take room from the plot
            chart.getLegend().setVisible(java.util.Arrays.stream(chart.getSeriesSet().getSeries())
                    .filter(x -> x.isVisibleInLegend()).count() > 1);
        }
        AlignedTicks.alignYAxes(chartsByQuantity.values());
        layoutCharts();
    }

    private Chart newChart(QuantityKind quantity, String unit) {
        String name = quantity.getName().toLowerCase(Locale.ROOT).replace('_', ' ');
        String title = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        String shownUnit = "Ohm".equals(unit) ? "Ω" : unit == null || unit.isBlank() ? "1" : unit;
        Chart chart = Charts.create(charts, title, "Cycle number", symbol(quantity) + " / " + shownUnit);
        chart.getTitle().setFont(getFont());
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        Control plot = (Control) chart.getPlotArea();
        plot.addListener(SWT.MouseDown, e -> nearest(chart, e.x, e.y).ifPresent(sp -> pickListener.accept(sp.point())));
        plot.addListener(SWT.MouseMove, e -> {
            String tip = nearest(chart, e.x, e.y).map(sp -> describe(sp.series(), sp.point())).orElse(null);
            if (!java.util.Objects.equals(tip, plot.getToolTipText())) {
                plot.setToolTipText(tip);
            }
        });
        return chart;
    }

    private static int columnsFor(int width) {
        return width > 900 ? 2 : 1;
    }

    /** Short axis symbol of a quantity; the chart title carries its full name. */
    static String symbol(QuantityKind quantity) {
        return switch (quantity) {
            case INTERFACIAL_RESISTANCE -> "R(int)";
            case BULK_RESISTANCE -> "R(bulk)";
            case GRAIN_BOUNDARY_RESISTANCE -> "R(gb)";
            case CAPACITANCE -> "C";
            case SPECIES_FRACTION -> "x";
            case INTERPHASE_THICKNESS -> "d";
            case INTERFACE_WIDTH -> "w";
            case CONTACT_FRACTION -> "f(contact)";
            case VOID_FRACTION -> "f(void)";
            default -> "value";
        };
    }

    private void addSeries(Chart chart, InterfaceTimeline.Series s, int colour) {
        int n = s.points().size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] err = new double[n];
        for (int i = 0; i < n; i++) {
            InterfaceTimeline.Point p = s.points().get(i);
            x[i] = p.x();
            y[i] = p.value();
            err[i] = p.standardError();
        }
        ILineSeries<?> line = Charts.line(chart, s.label(), x, y, Palette.colour(colour), n > 1, true);
        chart.getLegend().setPosition(SWT.BOTTOM);
        line.setSymbolSize(5);
        Charts.yErrors(line, err);
        hollow(chart, s, colour);
    }

    /**
     * Flagged values (at a bound, not identifiable, ...) drawn hollow: a ring in the series colour with a hole in
     * the plot's background, over the filled symbol; the flags are in the point's tooltip.
     */
    private void hollow(Chart chart, InterfaceTimeline.Series s, int colour) {
        List<InterfaceTimeline.Point> flagged = s.points().stream().filter(InterfaceTimeline.Point::flagged).toList();
        if (flagged.isEmpty()) {
            return;
        }
        double[] x = flagged.stream().mapToDouble(InterfaceTimeline.Point::x).toArray();
        double[] y = flagged.stream().mapToDouble(InterfaceTimeline.Point::value).toArray();
        ILineSeries<?> ring = Charts.line(chart, flaggedId(s), x, y, Palette.colour(colour), false, true);
        ring.setSymbolSize(6);
        ring.setVisibleInLegend(false);
        ILineSeries<?> hole = Charts.line(chart, flaggedId(s) + " hole", x, y,
                chart.getBackground().getRGB(), false, true);
        hole.setSymbolSize(4);
        hole.setVisibleInLegend(false);
    }

    /** Id of the series that marks the flagged points of {@code s} ({@code s.label()} + " (flagged)"). */
    public static String flaggedId(InterfaceTimeline.Series s) {
        return s.label() + " (flagged)";
    }

    /** The tooltip of a point: cycle, value ± σ and unit, and its flags when it has any. */
    public static String describe(InterfaceTimeline.Series s, InterfaceTimeline.Point p) {
        String unit = s.unit() == null || s.unit().isBlank() ? "" : " " + s.unit();
        String sigma = Double.isFinite(p.standardError()) ? String.format(Locale.ROOT, " \u00b1 %.4g", p.standardError())
                : p.flagged() ? " (\u03c3 undefined)" : "";
        String text = String.format(Locale.ROOT, "%s, %s: %.4g%s%s", s.label(), p.cycle().getName(), p.value(), sigma, unit);
        return p.flagged() ? text + "\nFlags: " + String.join(", ", p.flags().stream().map(Enum::name).toList()) : text;
    }

    private static void padY(Chart chart) {
        IAxis y = chart.getAxisSet().getYAxis(0);
        Range r = y.getRange();
        double span = r.upper - r.lower;
        double pad = span > 0 ? span * 0.15 : Math.max(Math.abs(r.upper) * 0.1, 1e-12);
        y.setRange(new Range(r.lower - pad, r.upper + pad));
    }

    private void layoutCharts() {
        if (charts == null || charts.isDisposed()) {
            return;
        }
        int count = Math.max(1, chartsByQuantity.size());
        int columns = ((GridLayout) charts.getLayout()).numColumns;
        int rows = (count + columns - 1) / columns;
        int height = Math.max(150, scroller.getClientArea().height / Math.min(rows, 2) - 8);
        for (Chart c : chartsByQuantity.values()) {
            ((GridData) c.getLayoutData()).heightHint = height;
        }
        scroller.setMinSize(charts.computeSize(scroller.getClientArea().width, SWT.DEFAULT));
        charts.layout(true, true);
    }

    private record Near(InterfaceTimeline.Series series, InterfaceTimeline.Point point) {
    }

    /** The point of {@code chart} within 12 pixels of (px, py), nearest first. */
    private java.util.Optional<Near> nearest(Chart chart, int px, int py) {
        Near best = null;
        double bestDistance = 12;
        IAxis xAxis = chart.getAxisSet().getXAxis(0);
        IAxis yAxis = chart.getAxisSet().getYAxis(0);
        for (InterfaceTimeline.Series s : shown) {
            if (chartsByQuantity.get(s.quantity()) != chart) {
                continue;
            }
            for (InterfaceTimeline.Point p : s.points()) {
                double d = Math.hypot(xAxis.getPixelCoordinate(p.x()) - px, yAxis.getPixelCoordinate(p.value()) - py);
                if (d < bestDistance) {
                    best = new Near(s, p);
                    bestDistance = d;
                }
            }
        }
        return java.util.Optional.ofNullable(best);
    }
}
