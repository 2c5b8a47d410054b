package org.interphase.xps.ui.internal;

import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.interphase.xps.api.BackgroundSpec;

/** Background type (linear, Shirley, Tougaard) and the fitted binding-energy window of the selected region. */
public final class BackgroundControls extends Group {

    private static final BackgroundSpec.Kind[] KINDS = { BackgroundSpec.Kind.LINEAR, BackgroundSpec.Kind.SHIRLEY,
            BackgroundSpec.Kind.TOUGAARD };

    private final Combo kind;
    private final Text from;
    private final Text to;
    private RegionFit fit;
    private final Runnable changed;
    private final Consumer<String> error;

    public BackgroundControls(Composite parent, Runnable changed, Consumer<String> error) {
        super(parent, SWT.NONE);
        this.changed = changed;
        this.error = error;
        setText("Background");
        setLayout(new GridLayout(2, false));
        new Label(this, SWT.NONE).setText("Type:");
        kind = new Combo(this, SWT.READ_ONLY);
        kind.setItems("Linear", "Shirley", "Tougaard (U2 universal)");
        kind.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        kind.addListener(SWT.Selection, e -> {
            if (fit != null) {
                fit.setBackgroundKind(KINDS[kind.getSelectionIndex()]);
                changed.run();
            }
        });
        new Label(this, SWT.NONE).setText("From / eV:");
        from = new Text(this, SWT.BORDER);
        from.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(this, SWT.NONE).setText("To / eV:");
        to = new Text(this, SWT.BORDER);
        to.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (Text t : new Text[] { from, to }) {
            t.addListener(SWT.DefaultSelection, e -> applyRange());
            t.addListener(SWT.FocusOut, e -> applyRange());
        }
    }

    @Override
    protected void checkSubclass() {
        // a Group with fields: allowed
    }

    /** Shows a region's settings. */
    public void setRegion(RegionFit f) {
        fit = f;
        for (int i = 0; i < KINDS.length; i++) {
            if (KINDS[i] == f.backgroundKind()) {
                kind.select(i);
            }
        }
        // high BE first, as on the chart
        from.setText(String.format(Locale.ROOT, "%.2f", f.hi()));
        to.setText(String.format(Locale.ROOT, "%.2f", f.lo()));
    }

    /** Selects a background type and applies it. */
    public void select(BackgroundSpec.Kind k) {
        for (int i = 0; i < KINDS.length; i++) {
            if (KINDS[i] == k) {
                kind.select(i);
                kind.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            }
        }
    }

    /** Sets the window limits as typed. */
    public void setRange(String a, String b) {
        from.setText(a);
        to.setText(b);
        applyRange();
    }

    private void applyRange() {
        if (fit == null) {
            return;
        }
        try {
            double a = Double.parseDouble(from.getText().trim());
            double b = Double.parseDouble(to.getText().trim());
            if (Math.min(a, b) == fit.lo() && Math.max(a, b) == fit.hi()) {
                return;
            }
            fit.setRange(a, b);
            changed.run();
        } catch (NumberFormatException e) {
            error.accept("Region limits must be numbers in eV (got '" + from.getText() + "', '" + to.getText() + "').");
        } catch (IllegalArgumentException e) {
            error.accept("Region limits: " + e.getMessage());
        }
    }

    public Combo kind() {
        return kind;
    }
}
