package org.interphase.app.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.eclipse.swtchart.Range;
import org.interphase.core.api.InterfaceTimeline;
import org.interphase.model.Cell;
import org.interphase.model.Interface;
import org.interphase.model.QuantityKind;
import org.interphase.model.Study;
import org.interphase.ui.chart.AlignedTicks;
import org.interphase.ui.chart.Charts;

/**
 * One interface across the cell's cycle states: a chart per quantity (resistances from EIS fits, species
 * fractions from XPS, thicknesses and widths from SIMS, contact and void fractions from tomography), all on
 * the same cycle axis, each value with its one-sigma error bar. In compact mode, small multiples: one small
 * chart per quantity, side by side on the same cycle axis. The mouse wheel scrolls the view. Clicking a point
 * reports it to a listener (the view opens the measurement it came from).
 */
public class TimelineBody extends Composite {

    /** Width of one small multiple in compact mode (pixels; the columns follow the view's width). */
    static final int COMPACT_WIDTH = 250;

    private final Combo picker;
    private final Label status;
    private final ScrolledComposite scroller;
    private Composite charts;
    private final List<Interface> interfaces = new ArrayList<>();
    /** Charts in normal mode: one per quantity kind, and one per key for a plug-in's quantities of kind OTHER. */
    private final Map<String, Chart> chartsByQuantity = new LinkedHashMap<>();
    private final Map<Chart, List<InterfaceTimeline.Series>> chartSeries = new LinkedHashMap<>();
    private final List<InterfaceTimeline.Series> shown = new ArrayList<>();
    private boolean compact;
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
        scroller.getVerticalBar().setIncrement(16);
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

    /**
     * Offers the interfaces of {@code study} and shows {@code selected} (or, when none is given, the interface
     * followed over the most cycles: the one with a trend to show; the first on a tie).
     */
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
        int index = selected == null ? richest() : Math.max(0, interfaces.indexOf(selected));
        if (!interfaces.isEmpty()) {
            picker.select(index);
        }
        showSelected();
    }

    /** Index of the interface whose timeline has the most cycle states (the first on a tie). */
    private int richest() {
        int best = 0;
        long most = -1;
        for (int i = 0; i < interfaces.size(); i++) {
            long cycles = InterfaceTimeline.of(interfaces.get(i)).stream().flatMap(s -> s.points().stream())
                    .map(InterfaceTimeline.Point::cycle).distinct().count();
            if (cycles > most) {
                most = cycles;
                best = i;
            }
        }
        return best;
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
        return chartsByQuantity.get(quantity.getName());
    }

    /** The chart that shows {@code s}, if shown. */
    public Chart chart(InterfaceTimeline.Series s) {
        return chartSeries.entrySet().stream().filter(e -> e.getValue().contains(s)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /** Normal mode groups a kind's series in one chart; a plug-in's OTHER quantity gets a chart of its own. */
    private static String group(InterfaceTimeline.Series s) {
        return s.quantity() == QuantityKind.OTHER ? "key:" + s.key() + "\u0000" + s.unit() : s.quantity().getName();
    }

    /** Re-reads the model (after results were added or undone). */
    public void refresh() {
        showSelected();
    }

    /** Small multiples: one small chart per quantity (series), side by side on one shared cycle axis. */
    public void setCompact(boolean on) {
        if (compact != on) {
            compact = on;
            showSelected();
        }
    }

    /** Whether the view shows small multiples. */
    public boolean isCompact() {
        return compact;
    }

    /** Every chart on display, in layout order (one per quantity kind, or one per series when compact). */
    public List<Chart> charts() {
        return List.copyOf(chartSeries.keySet());
    }

    /** The series drawn on {@code chart}. */
    public List<InterfaceTimeline.Series> seriesOf(Chart chart) {
        return chartSeries.getOrDefault(chart, List.of());
    }

    /** The scrolling composite that holds the charts (for tests of the wheel). */
    public ScrolledComposite scroller() {
        return scroller;
    }

    private void showSelected() {
        if (charts != null) {
            charts.dispose();
        }
        chartsByQuantity.clear();
        chartSeries.clear();
        shown.clear();
        Interface iface = selected();
        if (iface != null) {
            shown.addAll(InterfaceTimeline.of(iface));
        }
        charts = new Composite(scroller, SWT.NONE);
        charts.setLayout(new GridLayout(columnsFor(scroller.getClientArea().width), true));
        scroller.setContent(charts);
        if (iface == null) {
            status.setText("Open a study in the Cell editor to follow its interfaces across cycles.");
            layout(true, true);
            return;
        }
        if (shown.isEmpty()) {
            status.setText("No results are linked to " + iface.getName()
                    + " yet. Fit a spectrum, analyse a profile or segment a volume and save the result to the study.");
        } else {
            status.setText(shown.size() + " quantities for " + iface.getName() + " across cycles (±1σ). Click a point "
                    + "to open its measurement.");
        }
        int colour = 0;
        for (InterfaceTimeline.Series s : shown) {
            Chart chart = compact ? newCompactChart(s)
                    : chartsByQuantity.computeIfAbsent(group(s), g -> newChart(s));
            chartSeries.computeIfAbsent(chart, c -> new ArrayList<>()).add(s);
            TimelineCharts.addSeries(chart, s, colour++);
        }
        Range x = TimelineCharts.xRange(shown);
        for (Map.Entry<Chart, List<InterfaceTimeline.Series>> e : chartSeries.entrySet()) {
            TimelineCharts.finish(e.getKey(), x, TimelineCharts.yRange(e.getValue()));
        }
        AlignedTicks.alignYAxes(chartSeries.keySet());
        layoutCharts();
    }

    private Chart newChart(InterfaceTimeline.Series s) {
        boolean own = s.quantity() == QuantityKind.OTHER;
        Chart chart = TimelineCharts.create(charts, own ? s.name() : TimelineCharts.title(s.quantity()), "Cycle number",
                (own ? s.name() : TimelineCharts.symbol(s.quantity())) + " / " + TimelineCharts.unit(s.unit()), scroller);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        listen(chart);
        return chart;
    }

    /** A small chart of one series: no title (the y axis names the quantity), the shared cycle axis. */
    private Chart newCompactChart(InterfaceTimeline.Series s) {
        Chart chart = TimelineCharts.create(charts, null, "Cycle", s.name() + " / " + TimelineCharts.unit(s.unit()),
                scroller);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        ((Control) chart.getPlotArea()).addListener(SWT.Resize, e -> fitCompactTitles(chart, s));
        chart.setToolTipText(s.quantity() == QuantityKind.OTHER ? s.name()
                : s.name() + ": " + TimelineCharts.title(s.quantity()).toLowerCase(java.util.Locale.ROOT));
        listen(chart);
        return chart;
    }

    /**
     * A small multiple's y axis names its quantity ("Ceff(R1,CPE1) / F") when that fits the plot's height; when it
     * does not (90 px plots in the product's Timeline at 1366 x 768), the y axis keeps the unit and the x-axis title,
     * which has the chart's width, names the quantity ("Ceff(R1,CPE1)"; the cycle axis is shared by every chart).
     */
    private static void fitCompactTitles(Chart chart, InterfaceTimeline.Series s) {
        int height = ((Control) chart.getPlotArea()).getSize().y;
        if (height <= 0 || chart.isDisposed()) {
            return;
        }
        String unit = TimelineCharts.unit(s.unit());
        boolean fits = Charts.fitYTitle(chart, s.name() + " / " + unit, unit);
        var xTitle = chart.getAxisSet().getXAxis(0).getTitle();
        String x = fits ? "Cycle" : s.name();
        if (!x.equals(xTitle.getText())) {
            xTitle.setText(x);
        }
    }

    private void listen(Chart chart) {
        Control plot = (Control) chart.getPlotArea();
        plot.addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                nearest(chart, e.x, e.y).ifPresent(sp -> pickListener.accept(sp.point()));
            }
        });
        plot.addListener(SWT.MouseMove, e -> {
            String tip = nearest(chart, e.x, e.y).map(sp -> describe(sp.series(), sp.point())).orElse(null);
            if (!java.util.Objects.equals(tip, plot.getToolTipText())) {
                plot.setToolTipText(tip);
            }
        });
    }

    private java.util.Optional<TimelineCharts.Near> nearest(Chart chart, int x, int y) {
        return TimelineCharts.nearest(chart, chartSeries.getOrDefault(chart, List.of()), x, y);
    }

    private int columnsFor(int width) {
        if (compact) {
            return Math.max(1, Math.min(Math.max(1, shownCount()), width / COMPACT_WIDTH));
        }
        return width > 900 ? 2 : 1;
    }

    private int shownCount() {
        return shown.size();
    }

    /** Short axis symbol of a quantity; the chart title carries its full name. */
    static String symbol(QuantityKind quantity) {
        return TimelineCharts.symbol(quantity);
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

    private void layoutCharts() {
        if (charts == null || charts.isDisposed()) {
            return;
        }
        int count = Math.max(1, chartSeries.size());
        int columns = ((GridLayout) charts.getLayout()).numColumns;
        int rows = (count + columns - 1) / columns;
        int client = scroller.getClientArea().height;
        // compact: every small multiple on screen if they fit at 150 px
        int height;
        if (compact) {
            height = Math.max(150, client / rows - 8);
        } else {
            // two charts per screen when each still gets 220 px, else one that fills the view (at least 170 px)
            height = rows > 1 && client / 2 - 8 >= 220 ? client / 2 - 8 : Math.max(170, client - 8);
        }
        for (Chart c : chartSeries.keySet()) {
            ((GridData) c.getLayoutData()).heightHint = height;
        }
        org.interphase.ui.layout.Scrolling.setMinSize(scroller, charts.computeSize(scroller.getClientArea().width, SWT.DEFAULT));
        charts.layout(true, true);
    }

}
