package org.interphase.sims.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.interphase.sims.api.ColumnMapping;

/**
 * Lets the analyst correct a guessed {@link ColumnMapping}: delimiter, decimal comma, header rows, which column is
 * x (time or depth) and which are signals; a preview shows the first lines split as set.
 */
public final class ColumnMappingPanel extends Composite {

    private static final char[] DELIMITERS = { '\t', ';', ',', ' ' };
    private static final String[] DELIMITER_NAMES = { "Tab", "Semicolon", "Comma", "Blanks" };

    private final List<String> lines;
    private final Combo delimiter;
    private final Button decimalComma;
    private final Spinner headerRows;
    private final Combo xColumn;
    private final Combo axis;
    private final Table columns;
    private final Table preview;

    public ColumnMappingPanel(Composite parent, List<String> lines, ColumnMapping guess) {
        super(parent, SWT.NONE);
        this.lines = List.copyOf(lines.subList(0, Math.min(lines.size(), 200)));
        setLayout(new GridLayout(4, false));
        new Label(this, SWT.NONE).setText("Delimiter");
        delimiter = new Combo(this, SWT.READ_ONLY);
        for (String n : DELIMITER_NAMES) {
            delimiter.add(n);
        }
        delimiter.select(Math.max(0, new String(DELIMITERS).indexOf(guess.delimiter())));
        decimalComma = new Button(this, SWT.CHECK);
        decimalComma.setText("Decimal comma (1,5)");
        decimalComma.setSelection(guess.decimalComma());
        decimalComma.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        new Label(this, SWT.NONE).setText("Header rows");
        headerRows = new Spinner(this, SWT.BORDER);
        headerRows.setValues(guess.headerRows(), 0, Math.max(0, this.lines.size() - 1), 0, 1, 5);
        new Label(this, SWT.NONE).setText("x axis");
        Composite xs = new Composite(this, SWT.NONE);
        GridLayout xl = new GridLayout(2, false);
        xl.marginWidth = 0;
        xl.marginHeight = 0;
        xs.setLayout(xl);
        xColumn = new Combo(xs, SWT.READ_ONLY);
        axis = new Combo(xs, SWT.READ_ONLY);
        axis.add("Sputter time / s");
        axis.add("Depth / nm");
        axis.select(guess.x() == ColumnMapping.Axis.DEPTH_NM ? 1 : 0);
        Label cl = new Label(this, SWT.NONE);
        cl.setText("Signals");
        cl.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        columns = new Table(this, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        GridData cd = new GridData(SWT.FILL, SWT.FILL, false, true);
        cd.widthHint = 200;
        cd.heightHint = 160;
        columns.setLayoutData(cd);
        preview = new Table(this, SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
        preview.setHeaderVisible(true);
        preview.setLinesVisible(true);
        GridData pd = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        pd.widthHint = 520;
        pd.heightHint = 160;
        preview.setLayoutData(pd);
        refill(guess);
        delimiter.addListener(SWT.Selection, e -> refill(null));
        decimalComma.addListener(SWT.Selection, e -> refill(null));
        headerRows.addListener(SWT.Selection, e -> refill(null));
    }

    /** Re-splits the lines; keeps the guess's choices when given, else x = first column, all others signals. */
    private void refill(ColumnMapping keep) {
        ColumnMapping m = base();
        String[] names = names(m);
        xColumn.removeAll();
        columns.removeAll();
        for (int c = 0; c < names.length; c++) {
            xColumn.add((c + 1) + ": " + names[c]);
            TableItem it = new TableItem(columns, SWT.NONE);
            it.setText((c + 1) + ": " + names[c]);
            it.setChecked(keep == null ? c != 0 : keep.signalColumns().contains(c));
        }
        xColumn.select(keep == null ? 0 : Math.min(keep.xColumn(), names.length - 1));
        preview.removeAll();
        for (TableColumn c : preview.getColumns()) {
            c.dispose();
        }
        for (String n : names) {
            TableColumn c = new TableColumn(preview, SWT.NONE);
            c.setText(n);
            c.setWidth(90);
        }
        for (int i = m.headerRows(); i < Math.min(lines.size(), m.headerRows() + 12); i++) {
            TableItem it = new TableItem(preview, SWT.NONE);
            it.setText(m.split(lines.get(i)));
        }
        layout(true, true);
    }

    private ColumnMapping base() {
        return new ColumnMapping(DELIMITERS[Math.max(0, delimiter.getSelectionIndex())], decimalComma.getSelection(),
                headerRows.getSelection(), 0, ColumnMapping.Axis.TIME_S, List.of(), List.of(), 1);
    }

    /** Column names: the last header row when it has as many cells as the first data row, else "column N". */
    private String[] names(ColumnMapping m) {
        int h = m.headerRows();
        int n = h < lines.size() ? m.split(lines.get(h)).length : 0;
        String[] header = h > 0 ? m.split(lines.get(h - 1)) : new String[0];
        String[] names = new String[n];
        for (int c = 0; c < n; c++) {
            names[c] = header.length == n ? header[c] : "column " + (c + 1);
        }
        return names;
    }

    /**
     * The mapping as set, confirmed (confidence 1).
     *
     * @throws IllegalArgumentException when no signal is checked or x is also checked as a signal
     */
    public ColumnMapping mapping() {
        ColumnMapping m = base();
        String[] names = names(m);
        int x = xColumn.getSelectionIndex();
        List<Integer> cols = new ArrayList<>();
        List<String> sig = new ArrayList<>();
        for (int c = 0; c < columns.getItemCount(); c++) {
            if (columns.getItem(c).getChecked() && c != x) {
                cols.add(c);
                sig.add(names[c]);
            }
        }
        if (cols.isEmpty()) {
            throw new IllegalArgumentException("check at least one signal column");
        }
        return new ColumnMapping(m.delimiter(), m.decimalComma(), m.headerRows(), x,
                axis.getSelectionIndex() == 1 ? ColumnMapping.Axis.DEPTH_NM : ColumnMapping.Axis.TIME_S, cols, sig, 1);
    }

    /** Sets delimiter (index in Tab, Semicolon, Comma, Blanks), decimal comma and header rows as a user would. */
    public void set(int delimiterIndex, boolean comma, int header) {
        delimiter.select(delimiterIndex);
        decimalComma.setSelection(comma);
        headerRows.setSelection(header);
        refill(null);
    }

    /** The preview table. */
    public Table preview() {
        return preview;
    }

    /** The signal-column table (checked = signal). */
    public Table columns() {
        return columns;
    }
}
