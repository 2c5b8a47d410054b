package org.interphase.eis.ui.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.interphase.eis.api.FitFlag;
import org.interphase.eis.api.FitResult;

/**
 * Statistics of the last fit (chi2, reduced chi2, pseudo-chi2, AIC, BIC, evaluations ...) with its warning
 * flags shown prominently, and the button that saves the result into the study.
 */
public final class FitSummaryPanel extends Group {

    /** Statistic labels, in display order. */
    public static final String[] KEYS = { "\u03C7\u00B2", "reduced \u03C7\u00B2", "pseudo-\u03C7\u00B2", "AIC",
        "BIC", "evaluations", "starts", "wall time" };

    private final Map<String, Label> values = new LinkedHashMap<>();
    private final Label flags;
    private final Label stopped;
    private final Button save;
    private final Label saveStatus;
    private final Font bold;

    public FitSummaryPanel(Composite parent) {
        super(parent, SWT.NONE);
        setText("Fit result");
        setLayout(new GridLayout(4, false));
        for (String k : KEYS) {
            Label key = new Label(this, SWT.NONE);
            key.setText(k + ":");
            Label v = new Label(this, SWT.NONE);
            v.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            values.put(k, v);
        }
        FontData fd = getFont().getFontData()[0];
        bold = new Font(getDisplay(), fd.getName(), fd.getHeight(), SWT.BOLD);
        addDisposeListener(e -> bold.dispose());
        stopped = new Label(this, SWT.WRAP);
        stopped.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
        flags = new Label(this, SWT.WRAP);
        flags.setFont(bold);
        GridData fd2 = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
        fd2.widthHint = 300;
        flags.setLayoutData(fd2);
        save = new Button(this, SWT.PUSH);
        save.setText("Save result to study");
        save.setToolTipText("Adds the fit (parameters with uncertainties, provenance, fitted curve) to this "
                + "measurement's analyses; undo in the Cell editor");
        save.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 4, 1));
        saveStatus = new Label(this, SWT.WRAP);
        saveStatus.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
        show(null);
    }

    @Override
    protected void checkSubclass() {
        // a Group with labels; nothing of Group's behaviour is changed
    }

    /** Shows {@code r}, or "no fit yet" for null. */
    public void show(FitResult r) {
        if (r == null) {
            values.values().forEach(l -> l.setText("\u2014"));
            stopped.setText("No fit yet: the table's start values are not results.");
            flags.setText("");
            save.setEnabled(false);
        } else {
            set(0, Formats.number(r.chiSquare()));
            set(1, Formats.number(r.reducedChiSquare()));
            set(2, Formats.number(r.pseudoChiSquare()));
            set(3, String.format(Locale.ROOT, "%.2f", r.aic()));
            set(4, String.format(Locale.ROOT, "%.2f", r.bic()));
            set(5, Integer.toString(r.evaluations()));
            values.get(KEYS[5]).setToolTipText(r.evaluations() + " model and " + r.jacobianEvaluations()
                    + " Jacobian evaluations, " + r.iterations() + " iterations");
            set(6, r.starts() + (r.bestStart() == 0 ? " (best: 1st)" : " (best: #" + (r.bestStart() + 1) + ")"));
            values.get(KEYS[6]).setToolTipText("the 1st start is the table's start values");
            set(7, String.format(Locale.ROOT, "%.1f ms", r.wallTimeNanos() / 1e6));
            stopped.setText((r.converged() ? "Converged: " : "NOT converged: ") + r.message() + "; "
                    + r.points() + " points, " + r.degreesOfFreedom() + " degrees of freedom");
            showFlags(r.flags());
            save.setEnabled(true);
        }
        setSaveStatus("");
        layout(true, true);
    }

    private void showFlags(Set<FitFlag> f) {
        if (f.isEmpty()) {
            flags.setText("No warnings.");
            flags.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
            return;
        }
        StringBuilder sb = new StringBuilder("\u26A0 ");
        if (f.contains(FitFlag.DID_NOT_MOVE)) {
            sb.append("The fit did not move from its start values: these are NOT fitted values. ");
        }
        sb.append("Warnings: ").append(Formats.flags(f)).append('.');
        flags.setText(sb.toString());
        flags.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
    }

    private void set(int key, String text) {
        values.get(KEYS[key]).setText(text);
    }

    /** Shows what saving did. */
    public void setSaveStatus(String text) {
        saveStatus.setText(text);
        layout(true, true);
    }

    public void setSaveEnabled(boolean enabled) {
        save.setEnabled(enabled);
    }

    /** The value label of a statistic (see {@link #KEYS}). */
    public Label value(String key) {
        return values.get(key);
    }

    public Label flags() {
        return flags;
    }

    public Button saveButton() {
        return save;
    }

    public Label saveStatus() {
        return saveStatus;
    }
}
