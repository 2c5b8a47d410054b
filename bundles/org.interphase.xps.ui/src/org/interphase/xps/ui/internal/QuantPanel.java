package org.interphase.xps.ui.internal;

import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.interphase.xps.api.FitResult;
import org.interphase.xps.api.Quantification;

/** Atomic % across the fitted regions (two or more), from total fitted areas and Scofield RSFs, with errors. */
public final class QuantPanel extends Group {

    private static final String[] TITLES = { "Region", "Area / cps eV", "RSF", "Atomic %" };
    private static final int[] WIDTHS = { 58, 100, 42, 72 };

    private final Table table;

    public QuantPanel(Composite parent) {
        super(parent, SWT.NONE);
        setText("Quantification (fit two or more regions)");
        setLayout(new FillLayout());
        table = new Table(this, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < TITLES.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(TITLES[i]);
            c.setWidth(WIDTHS[i]);
        }
        table.setToolTipText("Area: total fitted area in counts s\u207b\u00b9 eV; atomic % = (area / RSF) share, "
                + "errors propagated from the covariance area errors");
    }

    @Override
    protected void checkSubclass() {
        // a Group with a table: allowed
    }

    public Table table() {
        return table;
    }

    /** Shows atomic % over the fitted regions (empty with fewer than two). */
    public void show(Map<String, FitResult> fits, Map<String, Double> rsf) {
        table.removeAll();
        if (fits.size() < 2) {
            return;
        }
        for (Quantification.Result q : Fractions.atomicPercent(fits, rsf)) {
            double r = rsf.getOrDefault(q.name(), 1.0);
            new TableItem(table, SWT.NONE).setText(new String[] { q.name(),
                    ResultsPanel.pm(q.corrected() * r, q.correctedError() * r, 1), ResultsPanel.fmt(r, 3),
                    ResultsPanel.pm(q.atomicPercent(), q.atomicPercentError(), 1) });
        }
    }

    /**
     * Shows atomic % over the fitted regions of {@code fits}, each with the shipped RSF of its core level
     * (library), or 1 when unknown or when the RSF table could not be read ({@code error} is told).
     */
    public void showRegions(java.util.List<RegionFit> fits, org.interphase.xps.api.SpeciesLibrary library,
            java.util.function.Consumer<String> error) {
        Map<String, FitResult> fitted = new java.util.LinkedHashMap<>();
        Map<String, Double> rsf = new java.util.LinkedHashMap<>();
        org.interphase.xps.api.RsfTable table = null;
        try {
            table = org.interphase.xps.api.RsfTable.shipped();
        } catch (java.io.IOException e) {
            error.accept("The RSF table could not be read: " + e.getMessage());
        }
        for (RegionFit r : fits) {
            if (r.fit().isPresent()) {
                fitted.put(r.data().label(), r.fit().get());
                String level = library == null ? r.data().label() : library.coreLevelOf(r.data()).orElse(r.data().label());
                rsf.put(r.data().label(), table == null ? 1.0 : table.rsf(level).orElse(1.0));
            }
        }
        show(fitted, rsf);
    }
}
