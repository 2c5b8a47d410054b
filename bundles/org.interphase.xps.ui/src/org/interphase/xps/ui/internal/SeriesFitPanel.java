package org.interphase.xps.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.interphase.xps.api.Species;

/**
 * The series fit set-up: species of the core level to fit (ticked), which parameters are shared across the
 * series (positions, FWHMs; areas are always per spectrum), and the Fit / Cancel / Save buttons.
 */
public final class SeriesFitPanel extends Group {

    private final Table species;
    private final Button sharePositions;
    private final Button shareWidths;
    private final Button fit;
    private final Button cancel;
    private final Button save;
    private List<Species> shown = List.of();

    public SeriesFitPanel(Composite parent, Runnable onFit, Runnable onCancel, Runnable onSave) {
        super(parent, SWT.NONE);
        setText("Joint fit of the series (areas per spectrum)");
        setLayout(new GridLayout(3, false)); // equal columns (3 x 110 px) cut "share FWHMs" and "Save to study" in 329 px
        species = new Table(this, SWT.BORDER | SWT.CHECK | SWT.FULL_SELECTION);
        species.setHeaderVisible(true);
        for (String[] c : new String[][] { { "Species", "70" }, { "BE / eV", "60" }, { "Name", "300" } }) {
            TableColumn col = new TableColumn(species, SWT.LEFT);
            col.setText(c[0]);
            col.setWidth(Integer.parseInt(c[1]));
        }
        GridData g = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        // header and three whole rows (90 px showed two under GTK)
        g.heightHint = species.getHeaderHeight() + 3 * species.getItemHeight() + 2 * species.getBorderWidth() + 2;
        species.setLayoutData(g);
        sharePositions = check("share positions");
        sharePositions.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        shareWidths = check("share FWHMs");
        fit = button("Fit series", onFit);
        cancel = button("Cancel", onCancel);
        save = button("Save to study", onSave);
    }

    @Override
    protected void checkSubclass() {
        // a plain composition of widgets
    }

    private Button check(String text) {
        Button b = new Button(this, SWT.CHECK);
        b.setText(text);
        b.setSelection(true);
        return b;
    }

    private Button button(String text, Runnable r) {
        Button b = new Button(this, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> r.run());
        return b;
    }

    /** Lists the species of a core level (none ticked). */
    public void setSpecies(List<Species> list) {
        shown = List.copyOf(list);
        species.removeAll();
        for (Species s : list) {
            new TableItem(species, SWT.NONE).setText(new String[] { s.label(),
                    String.format(Locale.ROOT, "%.2f", s.beDefault()), s.name() });
        }
    }

    /** Ticks the species with these labels. */
    public void tick(Set<String> labels) {
        for (int i = 0; i < shown.size(); i++) {
            species.getItem(i).setChecked(labels.contains(shown.get(i).label()));
        }
    }

    /** The ticked species, in table order. */
    public List<Species> ticked() {
        List<Species> out = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            if (species.getItem(i).getChecked()) {
                out.add(shown.get(i));
            }
        }
        return out;
    }

    /** Parameter kinds shared across the series. */
    public Set<String> shared() {
        Set<String> s = new LinkedHashSet<>();
        if (sharePositions.getSelection()) {
            s.add("position");
        }
        if (shareWidths.getSelection()) {
            s.add("fwhm");
        }
        return s;
    }

    /** Enables the buttons for the state of the panel. */
    public void update(boolean canFit, boolean running, boolean canSave) {
        fit.setEnabled(canFit && !running);
        cancel.setEnabled(running);
        save.setEnabled(canSave && !running);
    }

    public Button fitButton() {
        return fit;
    }

    public Button saveButton() {
        return save;
    }
}
