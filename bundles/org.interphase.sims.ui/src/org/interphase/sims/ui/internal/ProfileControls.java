package org.interphase.sims.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.interphase.model.SignalKind;
import org.interphase.sims.api.PrimaryDose;
import org.interphase.sims.api.ProfileData;

/** Normalisation (raw, total ion, matrix ion, max = 1, plateau = 1), log/linear axis and optional smoothing. */
public final class ProfileControls extends Composite {

    private final Combo normalisation;
    private final Combo matrix;
    private final Text plateauFrom;
    private final Text plateauTo;
    private final Button log;
    private final Button smooth;
    private final Spinner window;
    private final Combo doseSource;
    private final Text current;
    private final Text analysisTime;
    private final java.util.Optional<PrimaryDose> fileDose;
    private final List<String> matrixLabels = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();

    /** Controls that stay together on one row when the panel wraps. */
    private Composite group(int columns) {
        Composite c = new Composite(this, SWT.NONE);
        GridLayout l = new GridLayout(columns, false);
        l.marginWidth = 0;
        l.marginHeight = 0;
        c.setLayout(l);
        return c;
    }

    public ProfileControls(Composite parent, ProfileData profile) {
        super(parent, SWT.NONE);
        // groups that wrap in a narrow settings column (at 1366 x 768 it is 339 px: in one 10-column row the matrix
        // combo, the plateau fields, Log, Smooth and the dose fields were cut at its edge)
        org.eclipse.swt.layout.RowLayout layout = new org.eclipse.swt.layout.RowLayout();
        layout.wrap = true;
        layout.center = true;
        layout.marginTop = 2;
        layout.marginBottom = 2;
        layout.spacing = 6;
        setLayout(layout);
        Composite norm = group(3);
        new Label(norm, SWT.NONE).setText("Normalise");
        normalisation = new Combo(norm, SWT.READ_ONLY);
        for (NormalisationMode m : NormalisationMode.values()) {
            normalisation.add(m.label());
        }
        normalisation.select(0);
        if (profile.total().isEmpty()) {
            normalisation.setToolTipText("This profile has no 'total' signal: total-ion normalisation is unavailable");
        }
        matrix = new Combo(norm, SWT.READ_ONLY);
        profile.signals().stream().filter(s -> s.name().kind() == SignalKind.ION).forEach(s -> {
            matrixLabels.add(s.label());
            matrix.add(s.label());
        });
        matrix.select(0);
        matrix.setToolTipText("Matrix ion");
        matrix.setVisibleItemCount(20);
        matrix.setLayoutData(new GridData(90, SWT.DEFAULT));
        Composite plateau = group(3);
        new Label(plateau, SWT.NONE).setText("Plateau from / s");
        plateauFrom = new Text(plateau, SWT.BORDER);
        plateauTo = new Text(plateau, SWT.BORDER);
        plateauTo.setToolTipText("Plateau end / s");
        double last = profile.timeS()[profile.points() - 1];
        plateauFrom.setText(String.format(Locale.ROOT, "%.1f", 0.0));
        plateauTo.setText(String.format(Locale.ROOT, "%.1f", last * 0.2));
        plateauFrom.setLayoutData(new GridData(50, SWT.DEFAULT));
        plateauTo.setLayoutData(new GridData(50, SWT.DEFAULT));
        log = new Button(this, SWT.CHECK);
        log.setText("Log intensity");
        log.setSelection(true);
        Composite smoothing = group(3);
        smooth = new Button(smoothing, SWT.CHECK);
        smooth.setText("Smooth");
        smooth.setToolTipText("Centred moving average; off by default, always named in the chart title");
        smooth.setSelection(false);
        window = new Spinner(smoothing, SWT.BORDER);
        window.setValues(3, 3, 51, 0, 2, 2);
        new Label(smoothing, SWT.NONE).setText("points");
        fileDose = PrimaryDose.fromFile(profile);
        new Label(this, SWT.NONE).setText("Primary dose");
        doseSource = new Combo(this, SWT.READ_ONLY);
        doseSource.add(fileDose.map(d -> String.format(Locale.ROOT, "from file: %.4g ions/cycle", d.ionsPerCycle()))
                .orElse("from file: none"));
        doseSource.add("current × time per cycle");
        doseSource.select(fileDose.isPresent() ? 0 : 1);
        doseSource.setToolTipText("N' = N / D_p; D_p from the file's first Dose value (sputter time 0), "
                + "or D_p = I_p t_a / e");
        Composite dose = group(4);
        current = new Text(dose, SWT.BORDER);
        current.setText("1.0");
        current.setLayoutData(new GridData(50, SWT.DEFAULT));
        current.setToolTipText("Primary-ion current / pA");
        new Label(dose, SWT.NONE).setText("pA ×");
        analysisTime = new Text(dose, SWT.BORDER);
        analysisTime.setText("1.0");
        analysisTime.setLayoutData(new GridData(50, SWT.DEFAULT));
        analysisTime.setToolTipText("Analysis time per cycle / s");
        new Label(dose, SWT.NONE).setText("s");
        enable();
        doseSource.addListener(SWT.Selection, e -> fire());
        current.addListener(SWT.DefaultSelection, e -> fire());
        analysisTime.addListener(SWT.DefaultSelection, e -> fire());
        current.addListener(SWT.FocusOut, e -> fire());
        analysisTime.addListener(SWT.FocusOut, e -> fire());
        normalisation.addListener(SWT.Selection, e -> fire());
        matrix.addListener(SWT.Selection, e -> fire());
        plateauFrom.addListener(SWT.DefaultSelection, e -> fire());
        plateauTo.addListener(SWT.DefaultSelection, e -> fire());
        plateauFrom.addListener(SWT.FocusOut, e -> fire());
        plateauTo.addListener(SWT.FocusOut, e -> fire());
        log.addListener(SWT.Selection, e -> fire());
        smooth.addListener(SWT.Selection, e -> fire());
        window.addListener(SWT.Selection, e -> fire());
    }

    private void enable() {
        NormalisationMode m = mode();
        matrix.setEnabled(m == NormalisationMode.MATRIX);
        plateauFrom.setEnabled(m == NormalisationMode.PLATEAU);
        plateauTo.setEnabled(m == NormalisationMode.PLATEAU);
        window.setEnabled(smooth.getSelection());
        if (doseSource != null) {
            doseSource.setEnabled(m == NormalisationMode.DOSE);
            boolean user = doseSource.getSelectionIndex() == 1;
            current.setEnabled(m == NormalisationMode.DOSE && user);
            analysisTime.setEnabled(m == NormalisationMode.DOSE && user);
        }
    }

    private void fire() {
        enable();
        listeners.forEach(Runnable::run);
    }

    private NormalisationMode mode() {
        return NormalisationMode.values()[Math.max(0, normalisation.getSelectionIndex())];
    }

    /**
     * The current settings.
     *
     * @throws IllegalArgumentException when a plateau bound is not a number
     */
    public PlotSettings settings() {
        double from = parse(plateauFrom, "plateau start");
        double to = parse(plateauTo, "plateau end");
        String m = matrix.getSelectionIndex() < 0 ? "" : matrixLabels.get(matrix.getSelectionIndex());
        java.util.Optional<PrimaryDose> dose = java.util.Optional.empty();
        if (mode() == NormalisationMode.DOSE) {
            dose = doseSource.getSelectionIndex() == 0 ? fileDose
                    : java.util.Optional.of(PrimaryDose.fromCurrent(parse(current, "primary current"),
                            parse(analysisTime, "analysis time per cycle")));
        }
        return new PlotSettings(mode(), mode() == NormalisationMode.MATRIX ? m : "", from, to,
                smooth.getSelection() ? window.getSelection() : 0, log.getSelection(), dose);
    }

    /** Sets the dose source (file or current x time) and notifies; {@code pA}/{@code s} used for the latter. */
    public void setDose(boolean fromFile, String pA, String s) {
        doseSource.select(fromFile ? 0 : 1);
        current.setText(pA);
        analysisTime.setText(s);
        fire();
    }

    private static double parse(Text t, String what) {
        try {
            return Double.parseDouble(t.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + t.getText() + "' is not a number", e);
        }
    }

    /** Called after every change. */
    public void addChangeListener(Runnable r) {
        listeners.add(r);
    }

    /** The normalisation combo (items in {@link NormalisationMode} order). */
    public Combo normalisation() {
        return normalisation;
    }

    /** The matrix-ion combo. */
    public Combo matrix() {
        return matrix;
    }

    /** The log-axis check box. */
    public Button log() {
        return log;
    }

    /** The smoothing check box. */
    public Button smooth() {
        return smooth;
    }

    /** Selects a normalisation (and matrix ion) as the user would, and notifies. */
    public void select(NormalisationMode mode, String matrixLabel) {
        normalisation.select(mode.ordinal());
        if (matrixLabel != null && matrixLabels.contains(matrixLabel)) {
            matrix.select(matrixLabels.indexOf(matrixLabel));
        }
        fire();
    }

    /** Sets log or linear and notifies. */
    public void setLog(boolean on) {
        log.setSelection(on);
        fire();
    }

    /** Switches smoothing and notifies. */
    public void setSmoothing(boolean on, int points) {
        smooth.setSelection(on);
        window.setSelection(points);
        fire();
    }
}
