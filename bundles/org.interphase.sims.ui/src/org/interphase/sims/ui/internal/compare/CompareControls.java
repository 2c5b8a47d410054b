package org.interphase.sims.ui.internal.compare;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.interphase.model.SignalKind;
import org.interphase.sims.api.Alignment;
import org.interphase.sims.api.EdgeDirection;
import org.interphase.sims.api.ProfileData;
import org.interphase.sims.api.SignalData;

/** Signals, alignment (time, fluence, interface of a chosen edge), display mode and the trend's unit. */
public final class CompareControls extends Composite {

    private static final String[] ALIGN = { "Sputter time", "Fluence", "Interface (50 % of an edge)" };

    private final org.eclipse.swt.widgets.List signals;
    private final Combo align;
    private final Combo edgeSignal;
    private final Combo direction;
    private final Combo mode;
    private final Combo unit;
    private final Button saveTrend;
    private final List<String> labels = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();

    /** Two columns (label, control), to sit in a narrow column beside the plots. */
    public CompareControls(Composite parent, ProfileData profile) {
        super(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 2;
        layout.marginWidth = 0;
        setLayout(layout);
        Label sl = new Label(this, SWT.NONE);
        sl.setText("Signals");
        sl.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        signals = new org.eclipse.swt.widgets.List(this, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
        GridData sd = new GridData(SWT.FILL, SWT.FILL, true, false);
        sd.widthHint = 170;
        sd.heightHint = 70;
        signals.setLayoutData(sd);
        int first = -1;
        for (SignalData s : profile.signals()) {
            labels.add(s.label());
            signals.add(s.label());
            if (first < 0 && s.name().kind() == SignalKind.ION) {
                first = labels.size() - 1;
            }
        }
        signals.select(Math.max(first, 0));
        new Label(this, SWT.NONE).setText("Align on");
        align = combo(this, ALIGN, 0);
        new Label(this, SWT.NONE).setText("Edge");
        Composite edge = new Composite(this, SWT.NONE);
        GridLayout el = new GridLayout(2, false);
        el.marginWidth = 0;
        el.marginHeight = 0;
        edge.setLayout(el);
        edge.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        edgeSignal = new Combo(edge, SWT.READ_ONLY);
        labels.forEach(edgeSignal::add);
        edgeSignal.select(Math.max(first, 0));
        edgeSignal.setVisibleItemCount(20);
        edgeSignal.setLayoutData(new GridData(110, SWT.DEFAULT));
        edgeSignal.setToolTipText("Signal whose edge is x = 0");
        direction = combo(edge, new String[] { "rising", "falling" }, 1);
        new Label(this, SWT.NONE).setText("Show");
        String[] modes = new String[CompareSettings.Mode.values().length];
        for (CompareSettings.Mode m : CompareSettings.Mode.values()) {
            modes[m.ordinal()] = m.label();
        }
        mode = combo(this, modes, 0);
        new Label(this, SWT.NONE).setText("Trend in");
        unit = combo(this, new String[] { "nm", "s" }, 0);
        unit.setToolTipText("Thickness results in nm need a depth rule; in s they are sputter-time distances");
        new Label(this, SWT.NONE);
        saveTrend = new Button(this, SWT.PUSH);
        saveTrend.setText("Save trend to study");
        saveTrend.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        signals.addListener(SWT.Selection, e -> fire());
        updateEnabled();
    }

    private Combo combo(Composite parent, String[] items, int selected) {
        Combo c = new Combo(parent, SWT.READ_ONLY);
        for (String s : items) {
            c.add(s);
        }
        c.select(selected);
        c.addListener(SWT.Selection, e -> {
            updateEnabled();
            fire();
        });
        return c;
    }

    private void updateEnabled() {
        if (edgeSignal != null && direction != null) {
            boolean iface = align.getSelectionIndex() == 2;
            edgeSignal.setEnabled(iface);
            direction.setEnabled(iface);
        }
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }

    /** The current choice. */
    public CompareSettings settings() {
        List<String> chosen = new ArrayList<>();
        for (int i : signals.getSelectionIndices()) {
            chosen.add(labels.get(i));
        }
        Alignment a = switch (align.getSelectionIndex()) {
            case 1 -> Alignment.fluence();
            case 2 -> Alignment.onInterface(labels.get(Math.max(edgeSignal.getSelectionIndex(), 0)),
                    direction.getSelectionIndex() == 0 ? EdgeDirection.RISING : EdgeDirection.FALLING);
            default -> Alignment.time();
        };
        return new CompareSettings(chosen, a, CompareSettings.Mode.values()[mode.getSelectionIndex()],
                unit.getText());
    }

    /** Selects signals by label, alignment (0 time, 1 fluence, 2 interface), edge and mode; then notifies. */
    public void choose(List<String> signalLabels, int alignment, String edge, EdgeDirection dir,
            CompareSettings.Mode m) {
        signals.deselectAll();
        for (String l : signalLabels) {
            signals.select(labels.indexOf(l));
        }
        align.select(alignment);
        if (edge != null) {
            edgeSignal.select(labels.indexOf(edge));
        }
        direction.select(dir == EdgeDirection.RISING ? 0 : 1);
        mode.select(m.ordinal());
        updateEnabled();
        fire();
    }

    /** The "Save trend to study" button. */
    public Button saveTrendButton() {
        return saveTrend;
    }

    /** Called on every change. */
    public void addChangeListener(Runnable r) {
        listeners.add(r);
    }
}
