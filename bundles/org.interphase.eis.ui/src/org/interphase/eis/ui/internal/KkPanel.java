package org.interphase.eis.ui.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.KkMethod;
import org.interphase.eis.api.KkOptions;
import org.interphase.eis.api.KkResult;
import org.interphase.eis.api.KramersKronig;

/**
 * The Kramers-Kronig tab: method and threshold, a Run button (job), the verdict in large type, and the
 * residual and pseudo-chi2 plots. Clicking a residual point toggles its mask and runs the test again.
 */
public final class KkPanel extends Composite {

    /** Method choices in combo order. */
    static final KkMethod[] METHODS = { KkMethod.PSEUDO_CHI2_PLATEAU, KkMethod.PSEUDO_CHI2_KNEE, KkMethod.MU,
        KkMethod.FIXED };
    private static final String[] LABELS = { "pseudo-\u03C7\u00B2 plateau (default)", "pseudo-\u03C7\u00B2 knee",
        "\u03BC criterion (Sch\u00F6nleber, c = 0.85)", "fixed M" };

    private final Combo method;
    private final Spinner fixedM;
    private final Spinner threshold;
    private final Button run;
    private final Button cancel;
    private final Button clearMasks;
    private final Label verdict;
    private final Label details;
    private final KkCharts charts;
    private final Font big;
    private final Set<Integer> masked = new TreeSet<>();
    private ImpedanceData data;
    private KkResult result;
    private final AnalysisRunner<KkResult> runner = new AnalysisRunner<>(this, this::setRunning,
            this::showCancelled);

    /** Width of the control column in a short area (px). */
    private static final int COLUMN = 330;

    /** The details line; in a short area it is the verdict's tooltip. */
    private void setDetails(String text) {
        details.setText(text);
        verdict.setToolTipText(text);
    }

    /**
     * Controls, verdict and details above the charts when the panel is tall; when short (1366 x 768 screen) the
     * controls (two columns) and the verdict in a column left of the charts, which keep the full height, and the
     * details in the verdict's tooltip.
     */
    private void arrange() {
        int h = getClientArea().height;
        boolean side = h > 0 && h < org.interphase.ui.layout.ShortAreaSash.SHORT;
        GridLayout l = (GridLayout) getLayout();
        if (h <= 0 || (l.numColumns == 2) == side) {
            return;
        }
        l.numColumns = side ? 2 : 1;
        Composite controls = (Composite) getChildren()[0];
        ((GridLayout) controls.getLayout()).numColumns = side ? 2 : 10;
        // at least as wide as the two columns of controls need: a fixed 330 px cut the plateau combo
        int column = side ? Math.max(COLUMN, controls.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x) : SWT.DEFAULT;
        for (org.eclipse.swt.widgets.Control c : new org.eclipse.swt.widgets.Control[] { controls, verdict }) {
            GridData d = (GridData) c.getLayoutData();
            d.grabExcessHorizontalSpace = !side;
            d.widthHint = column;
        }
        ((GridData) details.getLayoutData()).exclude = side;
        details.setVisible(!side);
        verdict.setFont(side ? null : big);
        ((GridData) charts.getLayoutData()).verticalSpan = side ? 2 : 1;
        charts.moveBelow(side ? controls : details); // row-major: beside the controls, two rows high
        layout(true, true);
    }

    public KkPanel(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(1, false));
        Composite controls = new Composite(this, SWT.NONE);
        controls.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        controls.setLayout(new GridLayout(10, false));
        new Label(controls, SWT.NONE).setText("Choice of M:");
        method = new Combo(controls, SWT.READ_ONLY);
        method.setItems(LABELS);
        method.select(0);
        method.setToolTipText("How the number M of RC elements of the lin-KK model is chosen "
                + "(Sch\u00F6nleber et al. 2014; knee: Yrj\u00E4n\u00E4 and Bobacka 2024)");
        new Label(controls, SWT.NONE).setText("M:");
        fixedM = new Spinner(controls, SWT.BORDER);
        fixedM.setValues(20, 1, 200, 0, 1, 10);
        fixedM.setEnabled(false);
        new Label(controls, SWT.NONE).setText("Threshold / %:");
        threshold = new Spinner(controls, SWT.BORDER);
        threshold.setValues(10, 1, 1000, 1, 1, 10); // 1.0 %
        threshold.setToolTipText("Valid when every unmasked |residual| / |Z| is at most this");
        run = new Button(controls, SWT.PUSH);
        run.setText("Run KK test");
        run.setEnabled(false);
        cancel = new Button(controls, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setEnabled(false);
        clearMasks = new Button(controls, SWT.PUSH);
        clearMasks.setText("Unmask all");
        clearMasks.setEnabled(false);
        // the residual chart's title says how to mask; a hint label here was cut off in a 1170 px editor
        clearMasks.setToolTipText("Click a residual point to mask / unmask it; this unmasks all and reruns");

        verdict = new Label(this, SWT.WRAP);
        verdict.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        FontData fd = verdict.getFont().getFontData()[0];
        big = new Font(getDisplay(), fd.getName(), Math.round(fd.getHeight() * 1.4f), SWT.BOLD);
        verdict.setFont(big);
        verdict.setText("Run the test to check the spectrum for Kramers-Kronig consistency.");
        details = new Label(this, SWT.WRAP);
        details.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        charts = new KkCharts(this);
        charts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        // a short editor area (1366 x 768 screen): verdict and details in a column left of the charts
        addListener(SWT.Resize, e -> arrange());

        method.addListener(SWT.Selection, e -> fixedM.setEnabled(selectedMethod() == KkMethod.FIXED));
        run.addListener(SWT.Selection, e -> run());
        cancel.addListener(SWT.Selection, e -> cancel());
        clearMasks.addListener(SWT.Selection, e -> {
            masked.clear();
            run();
        });
        charts.onPointClicked(this::toggleMask);
        addDisposeListener(e -> {
            cancel();
            big.dispose();
        });
    }

    /** The spectrum to test (masks are cleared). */
    public void setData(ImpedanceData d) {
        this.data = d;
        masked.clear();
        run.setEnabled(d != null);
    }

    KkMethod selectedMethod() {
        return METHODS[Math.max(0, method.getSelectionIndex())];
    }

    /** The options the controls describe. */
    public KkOptions options() {
        KkOptions o = KkOptions.defaults().withThreshold(threshold.getSelection() / 1000.0).withMasked(masked);
        KkMethod m = selectedMethod();
        return m == KkMethod.FIXED ? o.withFixedM(fixedM.getSelection()) : o.withMethod(m);
    }

    /** Toggles the mask of point {@code index} and runs the test again. */
    public void toggleMask(int index) {
        if (!masked.remove(index)) {
            masked.add(index);
        }
        run();
    }

    /** Starts the test (a running one is cancelled first). */
    public void run() {
        if (data == null) {
            return;
        }
        KkOptions o = options();
        ImpedanceData d = data;
        setDetails("Testing\u2026");
        runner.start("Kramers-Kronig test of " + d.label(), () -> KramersKronig.test(d, o), this::show, this::failed);
    }

    private void cancel() {
        runner.cancel();
    }

    private void showCancelled() {
        setDetails("Cancelled.");
    }

    private void setRunning(boolean running) {
        if (!isDisposed()) {
            run.setEnabled(!running && data != null);
            cancel.setEnabled(running);
        }
    }

    private void show(KkResult r) {
        result = r;
        verdict.setText(r.valid()
                ? String.format(Locale.ROOT, "\u2714 Valid: largest residual %.2f %% \u2264 %.2g %% (M = %d)",
                        100 * r.maxResidual(), 100 * r.threshold(), r.m())
                : String.format(Locale.ROOT, "\u2718 Not valid: largest residual %.2f %% > %.2g %% (M = %d)",
                        100 * r.maxResidual(), 100 * r.threshold(), r.m()));
        verdict.setForeground(getDisplay().getSystemColor(r.valid() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_RED));
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "rms residual %.3f %%, pseudo-\u03C7\u00B2 %s, \u03BC %.3f; M by method: ", 100 * r.rmsResidual(),
                Formats.number(r.pseudoChiSquare()), r.mu()));
        for (int i = 0; i < METHODS.length - 1; i++) {
            Integer m = r.suggestions().get(METHODS[i]);
            s.append(i == 0 ? "" : ", ").append(LABELS[i].replace(" (default)", "")).append(" ")
                    .append(m == null ? "\u2013" : m);
        }
        s.append(masked.isEmpty() ? "; no points masked" : "; masked points: " + masked.size());
        setDetails(s.toString());
        clearMasks.setEnabled(!masked.isEmpty());
        charts.show(r);
        layout(true, true);
    }

    private void failed(Throwable t) {
        verdict.setText("The Kramers-Kronig test failed: " + t.getMessage());
        verdict.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
        EisLog.error("Kramers-Kronig test failed", t);
    }

    /** The last result. */
    public Optional<KkResult> result() {
        return Optional.ofNullable(result);
    }

    /** Whether a test job is running. */
    public boolean running() {
        return runner.running();
    }

    public Set<Integer> masked() {
        return Set.copyOf(masked);
    }

    public Combo methodCombo() {
        return method;
    }

    public Spinner fixedMSpinner() {
        return fixedM;
    }

    public Spinner thresholdSpinner() {
        return threshold;
    }

    public Button runButton() {
        return run;
    }

    public Label verdict() {
        return verdict;
    }

    public Label details() {
        return details;
    }

    public KkCharts charts() {
        return charts;
    }
}
