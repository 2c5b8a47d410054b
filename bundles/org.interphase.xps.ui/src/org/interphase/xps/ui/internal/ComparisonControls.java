package org.interphase.xps.ui.internal;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.interphase.xps.api.SpectrumComparison.Normalisation;

/** How a comparison is drawn: mode (overlay, stack, difference), normalisation, reference window, offset. */
public final class ComparisonControls extends Group {

    private static final String[] NORMALISATIONS = { "None (CPS)", "Maximum", "Area", "Reference peak" };

    private final Combo mode;
    private final Combo normalisation;
    private final Text refLo;
    private final Text refHi;
    private final Spinner offset;

    public ComparisonControls(Composite parent, Runnable changed) {
        super(parent, SWT.NONE);
        setText("Display");
        setLayout(new GridLayout(4, false));
        label("Mode:");
        mode = new Combo(this, SWT.READ_ONLY);
        for (ComparisonChart.Mode m : ComparisonChart.Mode.values()) {
            mode.add(m.text());
        }
        mode.select(0);
        mode.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        label("Normalise:");
        normalisation = new Combo(this, SWT.READ_ONLY);
        normalisation.setItems(NORMALISATIONS);
        normalisation.select(1);
        normalisation.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        label("Ref. window / eV:");
        refLo = text("161.2");
        label("\u2013");
        refHi = text("162.2");
        label("Stack offset / %:");
        offset = new Spinner(this, SWT.BORDER);
        offset.setValues(30, 0, 200, 0, 5, 20);
        offset.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        for (org.eclipse.swt.widgets.Control c : new org.eclipse.swt.widgets.Control[] { mode, normalisation, offset }) {
            c.addListener(SWT.Selection, e -> changed.run());
        }
        refLo.addListener(SWT.DefaultSelection, e -> changed.run());
        refHi.addListener(SWT.DefaultSelection, e -> changed.run());
        refLo.addListener(SWT.FocusOut, e -> changed.run());
        refHi.addListener(SWT.FocusOut, e -> changed.run());
    }

    @Override
    protected void checkSubclass() {
        // a plain composition of widgets
    }

    private void label(String s) {
        new Label(this, SWT.NONE).setText(s);
    }

    private Text text(String v) {
        Text t = new Text(this, SWT.BORDER);
        t.setText(v);
        GridData g = new GridData(SWT.FILL, SWT.CENTER, true, false);
        g.widthHint = 50;
        t.setLayoutData(g);
        return t;
    }

    public ComparisonChart.Mode mode() {
        return ComparisonChart.Mode.values()[Math.max(0, mode.getSelectionIndex())];
    }

    public Normalisation normalisation() {
        return Normalisation.values()[Math.max(0, normalisation.getSelectionIndex())];
    }

    /** Selects a mode and normalisation (tests and presets). */
    public void set(ComparisonChart.Mode m, Normalisation n) {
        mode.select(m.ordinal());
        normalisation.select(n.ordinal());
    }

    /** The reference window [lo, hi] in eV. */
    public double[] window() {
        try {
            return new double[] { Double.parseDouble(refLo.getText().trim().replace(',', '.')),
                    Double.parseDouble(refHi.getText().trim().replace(',', '.')) };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the reference window needs two numbers in eV, not '"
                    + refLo.getText() + "' and '" + refHi.getText() + "'");
        }
    }

    /** Sets the reference window. */
    public void setWindow(double lo, double hi) {
        refLo.setText(String.format(Locale.ROOT, "%.2f", lo));
        refHi.setText(String.format(Locale.ROOT, "%.2f", hi));
    }

    /** Stack offset as a fraction of the overall maximum. */
    public double offset() {
        return offset.getSelection() / 100.0;
    }
}
