package org.interphase.eis.ui.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.interphase.eis.api.PhysicalQuantity;

/** Derived physical quantities of the last fit (Brug capacitance, relaxation frequency, conductivity). */
public final class QuantitiesTable extends Group {

    private final Table table;
    private final Label note;

    public QuantitiesTable(Composite parent) {
        super(parent, SWT.NONE);
        setText("Physical quantities");
        setLayout(new GridLayout(1, false));
        table = new Table(this, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String h : new String[] {"Quantity", "Value", "Std. error", "Unit"}) {
            new TableColumn(table, SWT.LEFT).setText(h);
        }
        note = new Label(this, SWT.WRAP);
        GridData nd = new GridData(SWT.FILL, SWT.TOP, true, false);
        nd.widthHint = 250;
        note.setLayoutData(nd);
        show(List.of(), "No fit yet.");
    }

    @Override
    protected void checkSubclass() {
        // a Group with a table and a label
    }

    /** Shows {@code quantities} and a note on where the geometry came from. */
    public void show(List<PhysicalQuantity> quantities, String text) {
        table.removeAll();
        for (PhysicalQuantity q : quantities) {
            new TableItem(table, SWT.NONE).setText(new String[] {q.name(), Formats.number(q.value()),
                Formats.number(q.standardError()), Formats.unit(q.unit())});
        }
        Arrays.stream(table.getColumns()).forEach(TableColumn::pack);
        note.setText(text);
        getParent().layout(true, true);
    }

    public Table table() {
        return table;
    }

    public Label note() {
        return note;
    }
}
