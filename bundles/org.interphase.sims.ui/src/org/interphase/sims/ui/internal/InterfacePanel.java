package org.interphase.sims.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.interphase.model.Interphase;
import org.interphase.sims.api.DepthScale;
import org.interphase.sims.api.EdgeDirection;
import org.interphase.sims.api.EdgeFit;

/**
 * The interfaces of the plotted signals (50 % position and 16-84 % width by interpolation and by erf fit,
 * with standard uncertainties) and the interphase thickness between two of them, with "Save to study".
 */
public final class InterfacePanel extends Composite {

    private final TableViewer table;
    private final Combo method;
    private final Combo from;
    private final Combo to;
    private final Combo interphase;
    private final Button writeThickness;
    private final Button save;
    private final Label thickness;
    private final Label status;
    private final List<Interphase> interphases;
    private final List<Runnable> selectionListeners = new ArrayList<>();
    private final List<Runnable> saveListeners = new ArrayList<>();
    private List<EdgeRow> rows = List.of();
    private Optional<DepthScale> scale = Optional.empty();

    public InterfacePanel(Composite parent, List<Interphase> interphases) {
        this(parent, null, interphases);
    }

    /**
     * A panel whose edge table is in {@code parent} and whose thickness and save controls are in
     * {@code controlsParent} (a one-column GridLayout, e.g. the editor's settings column), or below the
     * table when it is {@code null}.
     */
    public InterfacePanel(Composite parent, Composite controlsParent, List<Interphase> interphases) {
        super(parent, SWT.NONE);
        this.interphases = List.copyOf(interphases);
        boolean inColumn = controlsParent != null;
        GridLayout layout = new GridLayout(inColumn ? 1 : 8, false);
        layout.marginHeight = 0;
        layout.marginWidth = 0;
        setLayout(layout);
        Composite head = inColumn ? new Composite(controlsParent, SWT.NONE) : this;
        if (inColumn) {
            GridLayout headLayout = new GridLayout(2, false);
            headLayout.marginWidth = 0;
            headLayout.marginHeight = 0;
            head.setLayout(headLayout);
            head.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        }
        Label title = new Label(head, SWT.NONE);
        title.setText("Edges: show");
        title.setToolTipText("Levels 0 and max; edge at 50 % of the step, width from 16 % to 84 % (ISO 14606 style)");
        method = new Combo(head, SWT.READ_ONLY);
        for (EdgeMethod m : EdgeMethod.values()) {
            method.add(m.label());
        }
        method.select(0);
        status = new Label(head, inColumn ? SWT.WRAP : SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, inColumn ? 2 : 6, 1));
        table = new TableViewer(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, inColumn ? 1 : 8, 1));
        table.setContentProvider(ArrayContentProvider.getInstance());
        columns();
        Composite bar = new Composite(inColumn ? controlsParent : this, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, inColumn ? 1 : 8, 1));
        GridLayout barLayout = new GridLayout(inColumn ? 2 : 5, false);
        barLayout.marginWidth = 0;
        bar.setLayout(barLayout);
        new Label(bar, SWT.NONE).setText(inColumn ? "Thickness from" : "Interphase thickness from");
        from = new Combo(bar, SWT.READ_ONLY);
        from.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(bar, SWT.NONE).setText("to");
        to = new Combo(bar, SWT.READ_ONLY);
        to.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        thickness = new Label(bar, inColumn ? SWT.WRAP : SWT.NONE);
        thickness.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, inColumn ? 2 : 1, 1));
        Composite saveBar = new Composite(bar, SWT.NONE);
        saveBar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, inColumn ? 2 : 5, 1));
        GridLayout saveLayout = new GridLayout(inColumn ? 2 : 4, false);
        saveLayout.marginWidth = 0;
        saveLayout.marginHeight = 0;
        saveBar.setLayout(saveLayout);
        new Label(saveBar, SWT.NONE).setText("Interphase");
        interphase = new Combo(saveBar, SWT.READ_ONLY);
        interphase.add("(none)");
        for (Interphase i : interphases) {
            interphase.add(i.getSpecies() != null ? i.getSpecies() : String.valueOf(i.getName()));
        }
        interphase.select(interphases.isEmpty() ? 0 : 1);
        interphase.setToolTipText(interphases.isEmpty() ? "The measurement's interface has no interphases"
                : "Interphases of the measurement's interface");
        writeThickness = new Button(saveBar, SWT.CHECK);
        writeThickness.setText(inColumn ? "Write thickness (nm) into it" : "Also write the thickness (nm) into the interphase");
        writeThickness.setToolTipText("Also write the thickness (nm) into the chosen interphase");
        if (inColumn) {
            writeThickness.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        }
        writeThickness.setSelection(true);
        save = new Button(saveBar, SWT.PUSH);
        save.setText("Save to study");
        method.addListener(SWT.Selection, e -> {
            table.refresh();
            updateThickness();
            selectionListeners.forEach(Runnable::run);
        });
        table.addSelectionChangedListener(e -> selectionListeners.forEach(Runnable::run));
        from.addListener(SWT.Selection, e -> updateThickness());
        to.addListener(SWT.Selection, e -> updateThickness());
        save.addListener(SWT.Selection, e -> saveListeners.forEach(Runnable::run));
        updateThickness();
    }

    private void columns() {
        column("Signal", 110, SWT.LEFT, r -> r.label());
        column("Edge", 60, SWT.LEFT, r -> r.direction() == EdgeDirection.RISING ? "rising" : "falling");
        number("t50 / s", 70, r -> r.t50(EdgeMethod.INTERPOLATION));
        number("\u00b1 / s", 60, r -> r.t50Error(EdgeMethod.INTERPOLATION));
        number("Width / s", 75, r -> r.width(EdgeMethod.INTERPOLATION));
        number("\u00b1 / s", 60, r -> r.widthError(EdgeMethod.INTERPOLATION));
        number("erf t50 / s", 80, r -> r.t50(EdgeMethod.ERF_FIT));
        number("\u00b1 / s", 60, r -> r.t50Error(EdgeMethod.ERF_FIT));
        number("erf width / s", 90, r -> r.width(EdgeMethod.ERF_FIT));
        number("\u00b1 / s", 60, r -> r.widthError(EdgeMethod.ERF_FIT));
        number("\u03c7\u00b2\u1d63", 60, r -> r.fit().map(EdgeFit::reducedChiSquare).orElse(Double.NaN));
        number("Depth at t50 / nm", 115,
                r -> scale.map(d -> d.depthNm(r.t50(method()))).orElse(Double.NaN));
        column("Fit", 200, SWT.LEFT, r -> r.fit().isPresent() ? r.fit().get().points() + " points, "
                + fmt(r.fit().get().from()) + "-" + fmt(r.fit().get().to()) + " s" : r.fitError());
    }

    private void number(String title, int width, ToDoubleFunction<EdgeRow> value) {
        column(title, width, SWT.RIGHT, r -> {
            double v = value.applyAsDouble(r);
            return Double.isFinite(v) ? fmt(v) : "";
        });
    }

    private void column(String title, int width, int style, java.util.function.Function<EdgeRow, String> text) {
        TableViewerColumn c = new TableViewerColumn(table, style);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((EdgeRow) element);
            }
        });
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** Shows new edges, keeping the selected edge and the thickness pair where they still exist. */
    public void setRows(List<EdgeRow> newRows) {
        Optional<String> sel = selected().map(EdgeRow::name);
        String a = from.getText();
        String b = to.getText();
        rows = List.copyOf(newRows);
        table.setInput(rows);
        from.removeAll();
        to.removeAll();
        for (EdgeRow r : rows) {
            from.add(r.name());
            to.add(r.name());
        }
        selectByName(from, a, 0);
        selectByName(to, b, 1);
        sel.flatMap(this::row).ifPresent(r -> table.setSelection(new StructuredSelection(r), true));
        updateThickness();
    }

    private static void selectByName(Combo c, String name, int fallback) {
        int i = c.indexOf(name);
        if (i >= 0) {
            c.select(i);
        } else if (c.getItemCount() > fallback) {
            c.select(fallback);
        }
    }

    /** Sets the depth rule used for the depth column and the thickness in nm. */
    public void setDepthScale(Optional<DepthScale> rule) {
        this.scale = rule;
        table.refresh();
        updateThickness();
    }

    /** Progress or error text of the analysis job. */
    public void setStatus(String text) {
        status.setText(text);
        layout(true);
    }

    private void updateThickness() {
        Optional<Thickness> t = thickness();
        thickness.setText(t.map(th -> "= " + fmt(th.seconds()) + " \u00b1 " + fmt(th.secondsError()) + " s"
                + (th.nm().isPresent() ? " = " + String.format(Locale.ROOT, "%.2f \u00b1 %.2f nm", th.nm().getAsDouble(),
                        th.nmError().getAsDouble()) : " (set a depth rule for nm)"))
                .orElse("(pick two interfaces)"));
        save.setEnabled(t.isPresent());
        thickness.getParent().layout(true);
    }

    /** The thickness between the chosen interfaces, if two with values are chosen. */
    public Optional<Thickness> thickness() {
        Optional<EdgeRow> a = from();
        Optional<EdgeRow> b = to();
        if (a.isEmpty() || b.isEmpty() || a.get() == b.get() || !a.get().has(method()) || !b.get().has(method())) {
            return Optional.empty();
        }
        return Optional.of(Thickness.between(a.get(), b.get(), method(), scale));
    }

    private Optional<EdgeRow> row(String name) {
        return rows.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The first interface of the thickness. */
    public Optional<EdgeRow> from() {
        return from.getSelectionIndex() < 0 ? Optional.empty() : Optional.of(rows.get(from.getSelectionIndex()));
    }

    /** The second interface of the thickness. */
    public Optional<EdgeRow> to() {
        return to.getSelectionIndex() < 0 ? Optional.empty() : Optional.of(rows.get(to.getSelectionIndex()));
    }

    /** Chooses the two interfaces by name, e.g. "Pb+ falling". */
    public void choose(String a, String b) {
        from.select(from.indexOf(a));
        to.select(to.indexOf(b));
        updateThickness();
    }

    /** The reported method. */
    public EdgeMethod method() {
        return EdgeMethod.values()[Math.max(0, method.getSelectionIndex())];
    }

    /** Sets the reported method as the user would. */
    public void setMethod(EdgeMethod m) {
        method.select(m.ordinal());
        method.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** The selected table row. */
    public Optional<EdgeRow> selected() {
        Object o = ((IStructuredSelection) table.getSelection()).getFirstElement();
        return Optional.ofNullable((EdgeRow) o);
    }

    /** Selects a row by name and notifies. */
    public void select(String name) {
        row(name).ifPresent(r -> table.setSelection(new StructuredSelection(r), true));
    }

    /** The interphase picked for the result. */
    public Optional<Interphase> interphase() {
        int i = interphase.getSelectionIndex();
        return i <= 0 ? Optional.empty() : Optional.of(interphases.get(i - 1));
    }

    /** Whether the thickness is also written into the interphase. */
    public boolean writeThickness() {
        return writeThickness.getSelection();
    }

    /** The rows shown. */
    public List<EdgeRow> rows() {
        return rows;
    }

    /** The table viewer. */
    public TableViewer table() {
        return table;
    }

    /** The "Save to study" button. */
    public Button saveButton() {
        return save;
    }

    /** Called when the selected row or the method changes. */
    public void addSelectionListener(Runnable r) {
        selectionListeners.add(r);
    }

    /** Called when "Save to study" is pressed. */
    public void addSaveListener(Runnable r) {
        saveListeners.add(r);
    }
}
