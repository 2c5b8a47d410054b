package org.interphase.cycling.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.interphase.cycling.api.CycleSummary;
import org.interphase.cycling.api.CyclingAnalysis;
import org.interphase.cycling.api.CyclingData;
import org.interphase.cycling.api.DifferentialCapacity;
import org.interphase.cycling.api.StepKind;
import org.interphase.cycling.api.VoltageCurve;
import org.interphase.ui.chart.Charts;
import org.interphase.ui.chart.Palette;

/** The three tabs of plots: capacity vs cycle, voltage vs capacity and dQ/dV of the selected cycles. */
public final class CyclingCharts {

    private final CTabFolder tabs;
    private final Chart capacity;
    private final Chart curves;
    private final Chart dqdv;

    CyclingCharts(org.eclipse.swt.widgets.Composite parent) {
        tabs = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
        capacity = tab("Capacity vs cycle", "Cycle", "Capacity / mAh");
        curves = tab("V vs Q", "Capacity / mAh", "Voltage / V");
        dqdv = tab("dQ/dV", "Voltage / V", "dQ/dV / mAh V⁻¹");
        for (CTabItem item : tabs.getItems()) {
            item.setToolTipText(item.getText().equals("Capacity vs cycle") ? "Charge and discharge capacity of every cycle"
                    : "Selected cycles: charge solid, discharge dashed");
        }
        tabs.setSelection(0);
    }

    private Chart tab(String name, String x, String y) {
        Chart chart = Charts.create(tabs, null, x, y);
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(name);
        item.setControl(chart);
        return chart;
    }

    public CTabFolder tabs() {
        return tabs;
    }

    public Chart capacity() {
        return capacity;
    }

    public Chart curves() {
        return curves;
    }

    public Chart dqdv() {
        return dqdv;
    }

    /** Shows the capacity of every cycle. */
    void showCapacity(List<CycleSummary> cycles) {
        clear(capacity);
        double[] x = cycles.stream().mapToDouble(CycleSummary::cycle).toArray();
        Charts.line(capacity, "charge", x, cycles.stream().mapToDouble(CycleSummary::chargeMAh).toArray(),
                Palette.colour(0), true, true);
        Charts.line(capacity, "discharge", x, cycles.stream().mapToDouble(CycleSummary::dischargeMAh).toArray(),
                Palette.colour(1), true, true);
        // cycles are discrete: a category axis labels each one ("1", "2", ...) rather than 1.2, 1.4, ...
        var xAxis = capacity.getAxisSet().getXAxis(0);
        xAxis.setCategorySeries(cycles.stream().map(c -> String.valueOf(c.cycle())).toArray(String[]::new));
        xAxis.enableCategory(true);
        capacity.getAxisSet().adjustRange();
        double top = cycles.stream().mapToDouble(c -> Math.max(c.chargeMAh(), c.dischargeMAh())).max().orElse(1);
        capacity.getAxisSet().getYAxis(0).setRange(new org.eclipse.swtchart.Range(0, top > 0 ? 1.08 * top : 1));
        capacity.redraw();
    }

    /**
     * Shows the V–Q curves and dQ/dV of the given cycles, one colour per cycle (charge solid, discharge
     * dashed); the legend names each cycle once.
     */
    void showCycles(CyclingData data, List<Integer> cycles) {
        clear(curves);
        clear(dqdv);
        List<VoltageCurve> all = CyclingAnalysis.curves(data);
        for (int i = 0; i < cycles.size(); i++) {
            RGB colour = Palette.colour(i);
            boolean named = false;
            boolean namedD = false;
            for (VoltageCurve c : all) {
                if (c.cycle() != cycles.get(i)) {
                    continue;
                }
                LineStyle style = c.kind() == StepKind.CHARGE ? LineStyle.SOLID : LineStyle.DASH;
                ILineSeries<?> s = Charts.line(curves, c.label(), c.capacityMAh(), c.voltageV(), colour, true, false);
                s.setLineStyle(style);
                legend(s, c, !named);
                named = true;
                DifferentialCapacity.Curve d = DifferentialCapacity.of(c);
                if (d.size() > 0) {
                    ILineSeries<?> t = Charts.line(dqdv, c.label(), d.voltageV(), d.dqdvMAhPerV(), colour, true, false);
                    t.setLineStyle(style);
                    legend(t, c, !namedD);
                    namedD = true;
                }
            }
        }
        for (Chart chart : new Chart[] {curves, dqdv}) {
            chart.getAxisSet().adjustRange();
            chart.redraw();
        }
    }

    private static void legend(ILineSeries<?> s, VoltageCurve c, boolean show) {
        s.setDescription("cycle " + c.cycle());
        s.setVisibleInLegend(show);
    }

    private static void clear(Chart chart) {
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
    }
}
