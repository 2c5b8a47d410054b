package org.interphase.xps.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** The regions of the file: label, binding-energy range (high to low) and points; a tick marks fitted ones. */
public final class RegionList {

    private static final String[] TITLES = { "Region", "BE range / eV", "Points" };
    private static final int[] WIDTHS = { 80, 120, 50 };

    private final Table table;

    public RegionList(Composite parent, Runnable selected) {
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < TITLES.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(TITLES[i]);
            c.setWidth(WIDTHS[i]);
        }
        table.addListener(SWT.Selection, e -> selected.run());
    }

    public Table table() {
        return table;
    }

    /** Rewrites the rows, keeping the selection. */
    public void show(List<RegionFit> fits) {
        int sel = table.getSelectionIndex();
        table.removeAll();
        for (RegionFit f : fits) {
            double[] x = f.data().bindingEnergy();
            new TableItem(table, SWT.NONE).setText(new String[] { f.data().label(),
                    String.format(Locale.ROOT, "%.2f \u2013 %.2f", Math.max(x[0], x[x.length - 1]),
                            Math.min(x[0], x[x.length - 1])),
                    f.data().pointCount() + (f.fit().isPresent() ? " \u2713" : "") });
        }
        if (sel >= 0 && sel < fits.size()) {
            table.select(sel);
        }
    }
}
