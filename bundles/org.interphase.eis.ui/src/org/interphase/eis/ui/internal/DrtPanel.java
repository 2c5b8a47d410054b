package org.interphase.eis.ui.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.interphase.eis.api.Drt;
import org.interphase.eis.api.DrtFlag;
import org.interphase.eis.api.DrtOptions;
import org.interphase.eis.api.DrtPeak;
import org.interphase.eis.api.DrtResult;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.SeededCircuit;

/**
 * The DRT tab: lambda by the discrepancy principle, L-curve, GCV or typed in, series capacitance for blocking electrodes, Run (job),
 * gamma(tau), the peaks (tau, f, R) and the result's warnings, and "Seed circuit from peaks", which hands
 * a circuit with start values to the editor's circuit panel.
 */
public final class DrtPanel extends Composite {

    private static final String[] LAMBDA = { "automatic: discrepancy", "automatic: L-curve", "manual", "automatic: GCV" };

    private final Combo lambdaMethod;
    private final Text lambda;
    private final Button capacitance;
    private final Button logGamma;
    private final Spinner maxPeaks;
    private final Button run;
    private final Button cancel;
    private final Button seed;
    private final Label summary;
    private final Label warnings;
    private final Table peaks;
    private final DrtChart chart;
    private Consumer<SeededCircuit> onSeed = s -> { };
    private ImpedanceData data;
    private DrtResult result;
    private final AnalysisRunner<DrtResult> runner = new AnalysisRunner<>(this, this::setRunning,
            this::showCancelled);

    /** Least width of the control column in a short area (px); wider when its controls need it. */
    private static final int COLUMN = 330;

    /** Stacks the controls above chart and peaks when the panel is tall, beside them when it is short. */
    private void arrange(Composite controls) {
        int h = getClientArea().height;
        boolean side = h > 0 && h < org.interphase.ui.layout.ShortAreaSash.SHORT;
        GridLayout l = (GridLayout) getLayout();
        if (h <= 0 || (l.numColumns == 3) == side) {
            return;
        }
        l.numColumns = side ? 3 : 2;
        ((GridLayout) controls.getLayout()).numColumns = side ? 2 : 11;
        // at least as wide as the two columns of controls need: a fixed 330 px cut the lambda combo and "series C"
        int column = side ? Math.max(COLUMN, controls.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x) : SWT.DEFAULT;
        for (org.eclipse.swt.widgets.Control c : new org.eclipse.swt.widgets.Control[] { controls, summary, warnings }) {
            GridData d = (GridData) c.getLayoutData();
            d.horizontalSpan = side ? 1 : 2;
            d.grabExcessHorizontalSpace = !side;
            d.widthHint = column;
        }
        ((GridData) chart.chart().getLayoutData()).verticalSpan = side ? 3 : 1;
        ((GridData) peaks.getLayoutData()).verticalSpan = side ? 3 : 1;
        // row-major: in a short area chart and peaks take the first row's second and third cells
        chart.chart().moveBelow(side ? controls : warnings);
        peaks.moveBelow(chart.chart());
        layout(true, true);
    }

    public DrtPanel(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(2, false));
        Composite controls = new Composite(this, SWT.NONE);
        controls.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        controls.setLayout(new GridLayout(11, false));
        ((GridLayout) controls.getLayout()).marginHeight = 0;
        new Label(controls, SWT.NONE).setText("\u03BB:");
        lambdaMethod = new Combo(controls, SWT.READ_ONLY);
        lambdaMethod.setItems(LAMBDA);
        lambdaMethod.select(0);
        lambdaMethod.setToolTipText("discrepancy: largest \u03BB whose residual is at most twice the attainable one (Morozov 1966); "
                + "L-curve corner: Hansen 1992; manual: the value typed; GCV: Saccoccio et al. 2014");
        lambda = new Text(controls, SWT.BORDER);
        lambda.setMessage("e.g. 1e-3");
        GridData lg = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        lg.widthHint = 80;
        lambda.setLayoutData(lg);
        lambda.setToolTipText("Manual regularisation parameter (dimensionless); typing here selects 'manual'");
        lambda.addListener(SWT.Modify, e -> {
            if (!lambda.getText().isBlank() && lambda.isFocusControl()) {
                lambdaMethod.select(2);
            }
        });
        capacitance = new Button(controls, SWT.CHECK);
        capacitance.setText("series C (blocking electrode)");
        new Label(controls, SWT.NONE).setText("Peaks to seed:");
        maxPeaks = new Spinner(controls, SWT.BORDER);
        maxPeaks.setValues(3, 1, 6, 0, 1, 1);
        run = button(controls, "Run DRT");
        run.setEnabled(false);
        cancel = button(controls, "Cancel");
        cancel.setEnabled(false);
        seed = button(controls, "Seed circuit from peaks");
        seed.setToolTipText("Puts R0-p(R1,CPE1)-\u2026 with the peaks' R and \u03C4 as start values into the Fit tab");
        seed.setEnabled(false);
        logGamma = new Button(controls, SWT.CHECK);
        logGamma.setText("log \u03B3");
        logGamma.setToolTipText("Logarithmic \u03B3 axis, for peaks of very different size (e.g. next to a blocking electrode)");
        summary = new Label(this, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));

        warnings = new Label(this, SWT.WRAP);
        warnings.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        warnings.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        chart = new DrtChart(this);
        chart.chart().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        peaks = new Table(this, SWT.BORDER | SWT.FULL_SELECTION);
        peaks.setHeaderVisible(true);
        peaks.setLinesVisible(true);
        for (String c : new String[] { "\u03C4 / s", "f / Hz", "R / \u03A9" }) {
            TableColumn col = new TableColumn(peaks, SWT.RIGHT);
            col.setText(c);
            col.setWidth(90);
        }
        GridData pg = new GridData(SWT.FILL, SWT.FILL, false, true);
        pg.widthHint = 290;
        peaks.setLayoutData(pg);
        // a short editor area (1366 x 768 screen): controls, summary and warnings in a column left of the chart and
        // the peak table, which keep the full height
        addListener(SWT.Resize, e -> arrange(controls));

        run.addListener(SWT.Selection, e -> run());
        cancel.addListener(SWT.Selection, e -> cancel());
        seed.addListener(SWT.Selection, e -> seed());
        logGamma.addListener(SWT.Selection, e -> chart.setLogGamma(logGamma.getSelection()));
        addDisposeListener(e -> cancel());
    }

    private static Button button(Composite parent, String text) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        return b;
    }

    /** The spectrum; ticks "series C" when the lowest-frequency point is strongly capacitive (phase below -60 deg). */
    public void setData(ImpedanceData d) {
        this.data = d;
        run.setEnabled(d != null);
        if (d != null && d.size() > 0) {
            int low = 0;
            for (int i = 1; i < d.size(); i++) {
                if (d.frequency(i) < d.frequency(low)) {
                    low = i;
                }
            }
            double phase = Math.toDegrees(Math.atan2(d.zImag()[low], d.zReal()[low]));
            capacitance.setSelection(phase < -60);
        }
    }

    /** Called when the user presses "Seed circuit from peaks". */
    public void onSeed(Consumer<SeededCircuit> c) {
        this.onSeed = c;
    }

    /** The options the controls describe; empty (with a message) when the manual lambda is not a positive number. */
    public Optional<DrtOptions> options() {
        DrtOptions o = DrtOptions.defaults().withSeries(true, capacitance.getSelection());
        return switch (lambdaMethod.getSelectionIndex()) {
            case 1 -> Optional.of(o.withLambdaMethod(DrtOptions.LambdaMethod.L_CURVE));
            case 3 -> Optional.of(o.withLambdaMethod(DrtOptions.LambdaMethod.GCV));
            case 2 -> {
                try {
                    double v = Double.parseDouble(lambda.getText().strip());
                    yield v > 0 && Double.isFinite(v) ? Optional.of(o.withLambda(v)) : Optional.empty();
                } catch (NumberFormatException e) {
                    yield Optional.empty();
                }
            }
            default -> Optional.of(o);
        };
    }

    /** Starts the DRT (a running one is cancelled first). */
    public void run() {
        if (data == null) {
            return;
        }
        Optional<DrtOptions> opt = options();
        if (opt.isEmpty()) {
            warnings.setText("Type a positive number for the manual \u03BB (e.g. 1e-3), or choose an automatic method.");
            layout(true, true);
            return;
        }
        DrtOptions o = opt.get();
        ImpedanceData d = data;
        summary.setText("Computing\u2026");
        runner.start("DRT of " + d.label(), () -> Drt.compute(d, o), this::show, this::failed);
    }

    private void cancel() {
        runner.cancel();
    }

    private void showCancelled() {
        summary.setText("Cancelled.");
    }

    private void setRunning(boolean running) {
        if (!isDisposed()) {
            run.setEnabled(!running && data != null);
            cancel.setEnabled(running);
            seed.setEnabled(!running && result != null && !result.peaks().isEmpty());
        }
    }

    private void show(DrtResult r) {
        result = r;
        summary.setText(String.format(Locale.ROOT, "\u03BB = %s (%s), R\u221E = %s \u03A9, polarisation %s \u03A9, "
                + "largest residual %.2f %%", Formats.number(r.lambda()), lambdaName(r.lambdaMethod()),
                Formats.number(r.rInf()), Formats.number(r.polarisation()), 100 * r.maxResidual()));
        StringBuilder w = new StringBuilder();
        for (DrtFlag f : r.flags()) {
            w.append(w.length() == 0 ? "\u26A0 " : "\n\u26A0 ").append(flagText(f));
        }
        warnings.setText(w.toString());
        peaks.removeAll();
        for (DrtPeak p : r.peaks()) {
            TableItem item = new TableItem(peaks, SWT.NONE);
            item.setText(new String[] { Formats.number(p.tau()), Formats.number(p.frequencyHz()),
                Formats.number(p.resistance()) });
        }
        seed.setEnabled(!r.peaks().isEmpty());
        double hi = r.peaks().stream().mapToDouble(DrtPeak::height).max().orElse(0);
        double lo = r.peaks().stream().mapToDouble(DrtPeak::height).min().orElse(0);
        logGamma.setSelection(lo > 0 && hi / lo > 1e3); // otherwise the small peaks are invisible
        chart.setLogGamma(logGamma.getSelection());
        chart.show(r);
        layout(true, true);
    }

    static String lambdaName(DrtOptions.LambdaMethod m) {
        return switch (m) {
            case DISCREPANCY -> "discrepancy";
            case GCV -> "GCV";
            case L_CURVE -> "L-curve";
            case MANUAL -> "manual";
        };
    }

    static String flagText(DrtFlag f) {
        return switch (f) {
            case INDUCTIVE_OR_NEGATIVE_FEATURES -> "Inductive loops or negative-resistance features: out of scope of "
                    + "this DRT (\u03B3 \u2265 0 with series L); use a circuit with the matching elements.";
            case POOR_FIT -> "Poor fit: the largest residual exceeds 5 % of |Z|; the DRT does not describe the spectrum.";
            case LAMBDA_AT_RANGE_END -> "The automatic \u03BB is at an end of the searched range (1e-10 .. 1); "
                    + "consider a manual \u03BB.";
            case PEAK_AT_GRID_EDGE -> "A peak lies at an end of the \u03C4 grid: the grid cuts it (often the tail of a "
                    + "blocking electrode or diffusion); its \u03C4 and R are not reliable.";
        };
    }

    private void seed() {
        if (result == null || result.peaks().isEmpty()) {
            return;
        }
        SeededCircuit s = Drt.seed(result, maxPeaks.getSelection());
        summary.setText("Seeded " + s.circuit() + "; press Fit in the Fit tab");
        onSeed.accept(s);
    }

    private void failed(Throwable t) {
        warnings.setText("The DRT failed: " + t.getMessage());
        EisLog.error("DRT failed", t);
        layout(true, true);
    }

    /** The last result. */
    public Optional<DrtResult> result() {
        return Optional.ofNullable(result);
    }

    /** Whether a DRT job is running. */
    public boolean running() {
        return runner.running();
    }

    public Combo lambdaMethodCombo() {
        return lambdaMethod;
    }

    public Text lambdaText() {
        return lambda;
    }

    public Button capacitanceCheck() {
        return capacitance;
    }

    public Button logGammaCheck() {
        return logGamma;
    }

    public Button runButton() {
        return run;
    }

    public Button seedButton() {
        return seed;
    }

    public Label summary() {
        return summary;
    }

    public Label warnings() {
        return warnings;
    }

    public Table peaks() {
        return peaks;
    }

    public DrtChart chart() {
        return chart;
    }
}
