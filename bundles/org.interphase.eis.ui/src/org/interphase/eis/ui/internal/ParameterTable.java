package org.interphase.eis.ui.internal;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.interphase.eis.api.FitFlag;
import org.interphase.eis.api.FittedParameter;
import org.interphase.model.QuantityKind;

/**
 * The circuit's parameters: fixed checkbox, name, editable start value, and after a fit its value, unit,
 * standard error, 95 % interval and flags, plus the user's tag of what the value quantifies (saved with
 * the result). Until a fit has run the result columns show a dash: start values are never shown as results.
 */
public final class ParameterTable {

    /** Column titles, in order. */
    public static final List<String> COLUMNS = List.of("Fix", "Parameter", "Start", "Value", "Unit",
            "Std. error", "95 % CI", "Flags", "Quantity");

    private static final String[] KINDS = Arrays.stream(QuantityKind.values()).map(ParameterTable::kindLabel)
            .toArray(String[]::new);

    private final TableViewer viewer;
    private List<ParameterRow> rows = List.of();
    private Runnable onEdit = () -> { };

    public ParameterTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        Table t = viewer.getTable();
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Color red = t.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
        column(0, 40, r -> r.fixed() ? "\u2611" : "\u2610", null).setEditingSupport(new FixedEditing());
        column(1, 95, ParameterRow::name, null);
        column(2, 85, r -> Formats.number(r.start()), null).setEditingSupport(new StartEditing());
        column(3, 85, r -> r.result().map(p -> Formats.number(p.value())).orElse("\u2014"), null);
        column(4, 60, r -> Formats.unit(r.unit()), null);
        column(5, 95, r -> r.result().map(p -> Formats.number(p.standardError())).orElse("\u2014"), null);
        column(6, 150, r -> r.result().map(p -> Formats.interval(p.lower95(), p.upper95())).orElse("\u2014"), null);
        column(7, 230, r -> r.result().map(p -> Formats.flags(p.flags())).orElse(""), red);
        column(8, 190, r -> kindLabel(r.quantity()), null).setEditingSupport(new QuantityEditing());
    }

    private TableViewerColumn column(int index, int width, Function<ParameterRow, String> text, Color warn) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(COLUMNS.get(index));
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ParameterRow) element);
            }

            @Override
            public Color getForeground(Object element) {
                ParameterRow r = (ParameterRow) element;
                boolean warning = r.result().map(p -> p.flags().stream().anyMatch(f -> f != FitFlag.FIXED))
                        .orElse(false);
                return warning ? warn : null;
            }
        });
        return c;
    }

    /** Readable name of a quantity kind. */
    static String kindLabel(QuantityKind k) {
        return k == QuantityKind.OTHER ? "(untagged)" : k.getName().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** Shows {@code newRows}. */
    public void setRows(List<ParameterRow> newRows) {
        rows = List.copyOf(newRows);
        viewer.setInput(rows);
    }

    public List<ParameterRow> rows() {
        return rows;
    }

    /** Shows the fitted parameters (or clears them with null) in the rows of the same name. */
    public void setResults(List<FittedParameter> results) {
        for (ParameterRow r : rows) {
            r.setResult(results == null ? null
                    : results.stream().filter(p -> p.name().equals(r.name())).findFirst().orElse(null));
        }
        viewer.refresh();
    }

    /** Called after the user edits a start value, a fixed flag or a tag. */
    public void onEdit(Runnable r) {
        this.onEdit = r;
    }

    public void refresh() {
        viewer.refresh();
    }

    public Table table() {
        return viewer.getTable();
    }

    private final class StartEditing extends EditingSupport {

        StartEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new TextCellEditor(viewer.getTable());
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return Double.toString(((ParameterRow) element).start());
        }

        @Override
        protected void setValue(Object element, Object value) {
            try {
                double v = Double.parseDouble(String.valueOf(value).strip().replace(',', '.'));
                if (Double.isFinite(v)) {
                    ((ParameterRow) element).editStart(v);
                    viewer.update(element, null);
                    onEdit.run();
                }
            } catch (NumberFormatException e) {
                // not a number: the cell keeps its old value, which the table shows again
                viewer.update(element, null);
            }
        }
    }

    private final class FixedEditing extends EditingSupport {

        FixedEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new CheckboxCellEditor(viewer.getTable());
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return ((ParameterRow) element).fixed();
        }

        @Override
        protected void setValue(Object element, Object value) {
            ((ParameterRow) element).setFixed(Boolean.TRUE.equals(value));
            viewer.update(element, null);
            onEdit.run();
        }
    }

    private final class QuantityEditing extends EditingSupport {

        QuantityEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new ComboBoxCellEditor(viewer.getTable(), KINDS, SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return ((ParameterRow) element).quantity().ordinal();
        }

        @Override
        protected void setValue(Object element, Object value) {
            int i = (Integer) value;
            if (i >= 0) {
                ((ParameterRow) element).setQuantity(QuantityKind.values()[i]);
                viewer.update(element, null);
                onEdit.run();
            }
        }
    }
}
