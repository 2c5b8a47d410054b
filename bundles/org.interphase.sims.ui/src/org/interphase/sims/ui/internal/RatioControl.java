package org.interphase.sims.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.interphase.model.SignalKind;
import org.interphase.sims.api.ProfileData;
import org.interphase.sims.api.SignalData;

/** Makes a ratio signal A / ( B ) from two ion signals (e.g. PO_3- over PS-) and hands it to the editor. */
public final class RatioControl extends Composite {

    private final Combo numerator;
    private final Combo denominator;
    private final Button add;
    private final List<String> labels = new ArrayList<>();

    /** @param onAdd called with (numerator, denominator) labels */
    public RatioControl(Composite parent, ProfileData profile, BiConsumer<String, String> onAdd) {
        super(parent, SWT.NONE);
        // wraps in a narrow settings column (339 px at 1366 x 768 cut the denominator and "Add ratio")
        org.eclipse.swt.layout.RowLayout layout = new org.eclipse.swt.layout.RowLayout();
        layout.wrap = true;
        layout.center = true;
        layout.marginTop = 0;
        layout.marginBottom = 0;
        setLayout(layout);
        new Label(this, SWT.NONE).setText("Ratio signal");
        for (SignalData s : profile.signals()) {
            if (s.name().kind() != SignalKind.RATIO) {
                labels.add(s.label());
            }
        }
        numerator = combo(0);
        new Label(this, SWT.NONE).setText("/");
        denominator = combo(Math.min(1, labels.size() - 1));
        add = new Button(this, SWT.PUSH);
        add.setText("Add ratio");
        add.setToolTipText("Adds numerator / denominator, point by point, as a new signal in the picker");
        add.addListener(SWT.Selection, e -> onAdd.accept(labels.get(numerator.getSelectionIndex()),
                labels.get(denominator.getSelectionIndex())));
    }

    private Combo combo(int selected) {
        Combo c = new Combo(this, SWT.READ_ONLY);
        labels.forEach(c::add);
        c.select(Math.max(selected, 0));
        c.setVisibleItemCount(20);
        c.setLayoutData(new org.eclipse.swt.layout.RowData(110, SWT.DEFAULT));
        return c;
    }

    /** Chooses numerator and denominator by label and presses "Add ratio". */
    public void add(String num, String den) {
        numerator.select(labels.indexOf(num));
        denominator.select(labels.indexOf(den));
        add.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }
}
