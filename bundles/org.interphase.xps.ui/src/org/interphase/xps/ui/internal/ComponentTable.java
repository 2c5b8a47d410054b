package org.interphase.xps.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.interphase.xps.api.Species;

/**
 * The components of the selected region: pick a species from the library (its doublet rule and bounds come
 * with it) or add a plain component, then edit start position, FWHM and area, hold them (the "fixed"
 * check columns) or link them by expression ({@code Li3P + 1.2}, {@code PS4.area * 0.5}). Click a cell to edit.
 */
public final class ComponentTable extends Composite {

    /** Column titles. */
    static final String[] TITLES = { "Component", "Shape", "Doublet", "Position / eV", "fixed", "link",
            "FWHM / eV", "fixed", "link", "Area / counts s\u207b\u00b9 eV", "fixed", "link",
            "min\u2013max: position | FWHM | area (fit at bound)" };
    private static final int[] WIDTHS = { 100, 58, 95, 110, 45, 70, 90, 45, 70, 155, 45, 70, 300 };
    /** Columns from 3 up to (excluding) this one are edited in place; the bounds column is shown only. */
    private static final int EDITABLE_END = 12;

    private final Combo species;
    private final Text plainAt;
    private final Table table;
    private final TableEditor editor;
    private List<Species> choices = List.of();
    private RegionFit fit;
    private final Runnable changed;
    private final Consumer<String> error;

    public ComponentTable(Composite parent, Runnable changed, Consumer<String> error) {
        super(parent, SWT.NONE);
        this.changed = changed;
        this.error = error;
        setLayout(new GridLayout(2, false));
        // two groups of controls: side by side when the tab is wide, one above the other beside the spectrum (a short
        // editor area), where in one row "Add species" was cut off; the species list narrows before anything is cut
        Composite pick = row(3);
        new org.eclipse.swt.widgets.Label(pick, SWT.NONE).setText("Species:");
        species = new Combo(pick, SWT.READ_ONLY);
        GridData sg = new GridData(SWT.FILL, SWT.CENTER, true, false);
        sg.widthHint = 260;
        sg.minimumWidth = 120;
        species.setLayoutData(sg);
        Button addSpecies = new Button(pick, SWT.PUSH);
        addSpecies.setText("Add species");
        addSpecies.addListener(SWT.Selection, e -> addSelectedSpecies());
        Composite plain = row(3);
        ((GridData) plain.getLayoutData()).grabExcessHorizontalSpace = false;
        Button addPlain = new Button(plain, SWT.PUSH);
        addPlain.setText("Add component at");
        plainAt = new Text(plain, SWT.BORDER);
        plainAt.setLayoutData(new GridData(60, SWT.DEFAULT));
        plainAt.setMessage("BE / eV");
        addPlain.addListener(SWT.Selection, e -> addPlain(plainAt.getText()));
        Button remove = new Button(plain, SWT.PUSH);
        remove.setText("Remove");
        remove.addListener(SWT.Selection, e -> removeSelected());
        addListener(SWT.Resize, e -> arrange(pick, plain));
        table = new Table(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        gd.heightHint = 90;
        table.setLayoutData(gd);
        for (int i = 0; i < TITLES.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(TITLES[i]);
            c.setWidth(WIDTHS[i]);
        }
        editor = new TableEditor(table);
        editor.grabHorizontal = true;
        table.addListener(SWT.MouseDown, e -> {
            Point p = new Point(e.x, e.y);
            for (TableItem item : table.getItems()) {
                for (int c = 3; c < EDITABLE_END; c++) {
                    if (item.getBounds(c).contains(p)) {
                        startEdit(table.indexOf(item), c);
                        return;
                    }
                }
            }
        });
    }

    private Composite row(int columns) {
        Composite c = new Composite(this, SWT.NONE);
        GridLayout l = new GridLayout(columns, false);
        l.marginWidth = 0;
        l.marginHeight = 0;
        c.setLayout(l);
        c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return c;
    }

    /** One row when both groups fit the width, else two; the table spans the columns. */
    private void arrange(Composite pick, Composite plain) {
        GridLayout l = (GridLayout) getLayout();
        int room = getClientArea().width - 2 * l.marginWidth - l.horizontalSpacing;
        int wanted = pick.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + plain.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
        int columns = room >= wanted ? 2 : 1;
        if (room > 0 && columns != l.numColumns) {
            l.numColumns = columns;
            ((GridData) table.getLayoutData()).horizontalSpan = columns;
            layout(true, true);
        }
    }

    /** Shows a region's rows and offers the species of its core level. */
    public void setRegion(RegionFit f, List<Species> libraryChoices) {
        this.fit = f;
        this.choices = List.copyOf(libraryChoices);
        species.removeAll();
        for (Species s : choices) {
            species.add(String.format(Locale.ROOT, "%s  (%.2f eV) %s", s.label(), s.beDefault(), shortName(s)));
        }
        if (!choices.isEmpty()) {
            species.select(0);
        }
        refresh();
    }

    private static String shortName(Species s) {
        String n = s.name();
        return n.length() > 28 ? n.substring(0, 28) + "\u2026" : n;
    }

    public Table table() {
        return table;
    }

    public Combo species() {
        return species;
    }

    /** Adds the library species with that label. */
    public void addSpecies(String label) {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).label().equalsIgnoreCase(label)) {
                species.select(i);
                addSelectedSpecies();
                return;
            }
        }
        throw new IllegalArgumentException("no species '" + label + "' for this core level");
    }

    private void addSelectedSpecies() {
        int i = species.getSelectionIndex();
        if (fit == null || i < 0) {
            error.accept("No species to add: the library has none for this region's core level.");
            return;
        }
        fit.addSpecies(choices.get(i));
        refresh();
        changed.run();
    }

    /** Adds a plain component at a binding energy typed by the user. */
    public void addPlain(String text) {
        try {
            fit.addPlain(Double.parseDouble(text.trim()));
            refresh();
            changed.run();
        } catch (NumberFormatException e) {
            error.accept("Type a binding energy in eV to add a component (got '" + text + "').");
        }
    }

    private void removeSelected() {
        int i = table.getSelectionIndex();
        if (fit != null && i >= 0) {
            fit.rows().remove(i);
            fit.clearResults();
            refresh();
            changed.run();
        }
    }

    /** Applies an edit as typed into cell (row, column); checkbox columns toggle on any text. */
    public void edit(int row, int column, String text) {
        ComponentRow r = fit.rows().get(row);
        ComponentRow.Field f = ComponentRow.Field.values()[(column - 3) / 3];
        try {
            switch ((column - 3) % 3) {
            case 0 -> r.setValue(f, Double.parseDouble(text.trim()));
            case 1 -> r.setFixed(f, !r.fixed(f));
            default -> r.setLink(f, text);
            }
            fit.model(); // validates names and links early
            fit.clearResults();
        } catch (IllegalArgumentException e) {
            error.accept(r.name() + " " + f.key() + ": " + e.getMessage());
        }
        refresh();
        changed.run();
    }

    private void startEdit(int row, int column) {
        if ((column - 3) % 3 == 1) {
            edit(row, column, "");
            return;
        }
        Text t = new Text(table, SWT.NONE);
        t.setText(table.getItem(row).getText(column));
        t.selectAll();
        t.setFocus();
        Runnable commit = () -> {
            if (!t.isDisposed()) {
                String v = t.getText();
                t.dispose();
                edit(row, column, v);
            }
        };
        t.addListener(SWT.DefaultSelection, e -> commit.run());
        t.addListener(SWT.FocusOut, e -> commit.run());
        t.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                t.dispose();
            }
        });
        editor.setEditor(t, table.getItem(row), column);
    }

    /** Redraws the rows from the model. */
    public void refresh() {
        table.removeAll();
        if (fit == null) {
            return;
        }
        for (ComponentRow r : fit.rows()) {
            TableItem it = new TableItem(table, SWT.NONE);
            String[] cells = new String[TITLES.length];
            cells[0] = r.name();
            cells[1] = r.shape();
            cells[2] = r.doublet().map(d -> String.format(Locale.ROOT, "%.2f eV, \u00d7%.3g", d.splitting().value(),
                    d.ratio().value())).orElse("");
            int c = 3;
            for (ComponentRow.Field f : ComponentRow.Field.values()) {
                cells[c++] = !r.link(f).isEmpty() ? "(linked)"
                        : f == ComponentRow.Field.AREA ? String.format(Locale.ROOT, "%.1f", r.value(f))
                                : String.format(Locale.ROOT, "%.3f", r.value(f));
                cells[c++] = r.fixed(f) ? "\u2611" : "\u2610";
                cells[c++] = r.link(f);
            }
            List<String> atBound = fit.fit().map(res -> res.parameters().stream()
                    .filter(p -> p.atBound() && p.name().startsWith(r.name() + "."))
                    .map(p -> p.name().substring(r.name().length() + 1)).toList()).orElse(List.of());
            cells[c] = String.join(" | ", r.bounds(ComponentRow.Field.POSITION), r.bounds(ComponentRow.Field.FWHM),
                    r.bounds(ComponentRow.Field.AREA)) + (atBound.isEmpty() ? ""
                            : "  \u26a0 at bound: " + String.join(", ", atBound) + " (\u03c3 undefined)");
            it.setText(cells);
            if (!atBound.isEmpty()) {
                it.setForeground(c, getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
    }
}
