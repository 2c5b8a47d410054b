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
    private final Text average;
    private final org.eclipse.swt.widgets.Button clamp;
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
        new Label(this, SWT.NONE).setText("Ends avg. / eV:");
        average = new Text(this, SWT.BORDER);
        average.setMessage("5 points");
        average.setToolTipText("End levels averaged over this many eV at each end (empty: 5 points)");
        average.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        clamp = new org.eclipse.swt.widgets.Button(this, SWT.CHECK);
        clamp.setText("Clamp Shirley below data");
        clamp.setToolTipText("Hold a Shirley background below the data envelope and between its end levels "
                + "(for weak, noisy regions; CasaXPS does not clamp)");
        clamp.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        average.addListener(SWT.DefaultSelection, e -> applyAveraging());
        average.addListener(SWT.FocusOut, e -> applyAveraging());
        clamp.addListener(SWT.Selection, e -> applyAveraging());
    }

    /** Sets the end-point window (eV text, empty for 5 points) and the clamp, as a user would. */
    public void setAveraging(String eV, boolean clampShirley) {
        average.setText(eV);
        clamp.setSelection(clampShirley);
        applyAveraging();
    }

    private void applyAveraging() {
        if (fit == null) {
            return;
        }
        String t = average.getText().trim().replace(',', '.');
        try {
            double w = t.isEmpty() ? 0 : Double.parseDouble(t);
            if (w == fit.windowEV() && clamp.getSelection() == fit.clamp()) {
                return;
            }
            fit.setAveraging(w, clamp.getSelection());
            changed.run();
        } catch (NumberFormatException e) {
            error.accept("The averaging window must be a number of eV (got '" + average.getText() + "').");
        } catch (IllegalArgumentException e) {
            error.accept("Averaging: " + e.getMessage());
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
        average.setText(f.windowEV() > 0 ? String.format(Locale.ROOT, "%.2f", f.windowEV()) : "");
        clamp.setSelection(f.clamp());
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
