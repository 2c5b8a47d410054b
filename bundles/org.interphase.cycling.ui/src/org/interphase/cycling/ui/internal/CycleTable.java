package org.interphase.cycling.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.interphase.cycling.api.CycleSummary;

/** The per-cycle figures, one row per cycle; the selected rows are the cycles the curve charts show. */
public final class CycleTable {

    private static final String[] COLUMNS = {"Cycle", "Q ch / mAh", "Q dis / mAh", "CE / %", "EE / %",
            "Ret. / %", "ΔV / V"};
    private static final String[] TIPS = {"Cycle number", "Charge capacity", "Discharge capacity",
            "Coulombic efficiency: capacity out / capacity in", "Energy efficiency: energy out / energy in",
            "Capacity retention: output capacity relative to the reference cycle",
            "Mean charge minus mean discharge voltage (overpotential proxy)"};
    private final Table table;
    private List<CycleSummary> cycles = List.of();

    CycleTable(Composite parent) {
        table = new Table(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String c : COLUMNS) {
            TableColumn col = new TableColumn(table, SWT.RIGHT);
            col.setText(c);
            col.setToolTipText(TIPS[table.getColumnCount() - 1]);
        }
    }

    public Table table() {
        return table;
    }

    void show(List<CycleSummary> summaries) {
        cycles = List.copyOf(summaries);
        table.removeAll();
        for (CycleSummary c : cycles) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {String.valueOf(c.cycle()), number(c.chargeMAh(), 4), number(c.dischargeMAh(), 4),
                    number(c.coulombicEfficiencyPct(), 2), number(c.energyEfficiencyPct(), 2),
                    number(c.retentionPct(), 1), number(c.voltageGapV(), 3)});
        }
        for (TableColumn col : table.getColumns()) {
            col.pack();
        }
    }

    /** Selects the rows of the given cycle numbers. */
    void select(List<Integer> cycleNumbers) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < cycles.size(); i++) {
            if (cycleNumbers.contains(cycles.get(i).cycle())) {
                rows.add(i);
            }
        }
        table.setSelection(rows.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The cycle numbers of the selected rows, in table order. */
    public List<Integer> selectedCycles() {
        List<Integer> out = new ArrayList<>();
        for (int i : table.getSelectionIndices()) {
            out.add(cycles.get(i).cycle());
        }
        out.sort(null);
        return out;
    }

    private static String number(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        double a = Math.abs(v);
        int d = a >= 1000 ? Math.max(0, decimals - 3) : a >= 100 ? Math.max(1, decimals - 2) : decimals;
        return String.format(Locale.ROOT, "%." + d + "f", v);
    }
}
