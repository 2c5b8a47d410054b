package org.interphase.eis.ui.internal;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.CircuitSyntaxException;
import org.interphase.eis.api.Weighting;

/**
 * Circuit text (impedance.py or CDC) with immediate validation, the circuit's diagram, weighting and
 * number of starts, and the Guess / Fit / Cancel buttons. Holds no fitting logic: the editor body listens.
 */
public final class CircuitPanel extends Composite {

    private static final String[] TEMPLATES = { "R0-p(R1,CPE1)   one arc",
        "R0-p(R1,CPE1)-CPE2   arc + blocking electrode", "R0-p(R1,CPE1)-p(R2,CPE2)   bulk/grain boundary + interface",
        "R0-p(R1,CPE1)-p(R2,CPE2)-CPE3   two arcs + blocking electrode", "R0-p(R1,CPE1)-Wo1   arc + finite diffusion",
        "L0-R0-p(R1,CPE1)-p(R2,CPE2)   with cable inductance" };

    private final Text circuitText;
    private final Label message;
    private final CircuitDiagram diagram;
    private final Combo weighting;
    private final Spinner starts;
    private final Button admittance;
    private final Button guess;
    private final Button fit;
    private final Button cancel;
    private final Label status;
    private Optional<Circuit> circuit = Optional.empty();
    private Runnable onCircuit = () -> { };

    public CircuitPanel(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(4, false));
        label("Circuit:");
        circuitText = new Text(this, SWT.BORDER | SWT.SINGLE);
        circuitText.setLayoutData(fill(3));
        circuitText.setMessage("e.g. R0-p(R1,CPE1)-CPE2 or R(RQ)Q; links after \";\": R0-p(R1,CPE1)-p(R2,CPE2); CPE2_1 = CPE1_1");
        circuitText.setToolTipText("impedance.py style: '-' series, p(a,b) parallel, names = symbol + number "
                + "(R, C, L, CPE, W, Wo, Ws, G, Zarc, HN, TLM). Boukamp CDC: letters in series, ( ) parallel, "
                + "[ ] series.");
        label("Templates:");
        Combo templates = new Combo(this, SWT.READ_ONLY);
        templates.setItems(TEMPLATES);
        templates.setToolTipText("Common circuits of solid-state cells; the choice is copied into the circuit field");
        templates.setLayoutData(fill(3));
        templates.addListener(SWT.Selection, e -> {
            String t = templates.getText();
            circuitText.setText(t.substring(0, t.indexOf(' ')));
        });
        message = new Label(this, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
        diagram = new CircuitDiagram(this);
        GridData dd = new GridData(SWT.FILL, SWT.FILL, true, false, 4, 1);
        dd.heightHint = 110;
        diagram.setLayoutData(dd);

        label("Weighting:");
        weighting = new Combo(this, SWT.READ_ONLY);
        for (Weighting w : Weighting.values()) {
            weighting.add(weightingLabel(w));
        }
        weighting.select(Weighting.MODULUS.ordinal());
        weighting.setToolTipText("unit: sigma = 1; proportional: sigma = |Z'|, |Z''|; modulus: sigma = |Z|;"
                + " Boukamp (1986): w = 1/(Z'^2 + Z''^2) on squared residuals, the same fit as modulus");
        weighting.setLayoutData(fill(3));
        // starts, then the admittance switch on a row of its own: side by side they were cut in a 223 px column
        label("Starts:");
        starts = new Spinner(this, SWT.BORDER);
        starts.setValues(16, 1, 200, 0, 1, 8);
        starts.setToolTipText("1 = one local fit from the start values; more = multi-start (start values first)");
        starts.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        new Label(this, SWT.NONE).setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        admittance = new Button(this, SWT.CHECK);
        admittance.setText("fit Y = 1/Z");
        admittance.setToolTipText("Residuals and weights in the admittance instead of the impedance");
        admittance.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 4, 1));

        Composite buttons = new Composite(this, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        GridLayout bl = new GridLayout(4, false);
        bl.marginWidth = 0;
        buttons.setLayout(bl);
        guess = button(buttons, "Guess", "Data-driven start values (intercepts, arc peaks, low-frequency slope)");
        fit = button(buttons, "Fit", "Complex nonlinear least squares from the start values");
        cancel = button(buttons, "Cancel", "Stop the running fit");
        cancel.setEnabled(false);
        status = new Label(buttons, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        circuitText.addListener(SWT.Modify, e -> validate());
        validate();
    }

    /**
     * Fills {@code span} columns; the small width hint keeps the field's long hint text or the combo's longest item
     * from widening the panel beyond a narrow column (they were cut at 1366 x 768).
     */
    private static GridData fill(int span) {
        GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1);
        d.widthHint = 100;
        return d;
    }

    private void label(String text) {
        new Label(this, SWT.NONE).setText(text);
    }

    private static Button button(Composite parent, String text, String tip) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tip);
        return b;
    }

    static String weightingLabel(Weighting w) {
        return switch (w) {
            case UNIT -> "unit (\u03C3 = 1)";
            case PROPORTIONAL -> "proportional (\u03C3 = |Z'|, |Z''|)";
            case MODULUS -> "modulus (\u03C3 = |Z|)";
            case BOUKAMP -> "Boukamp (w = 1/|Z|\u00B2, = modulus)";
        };
    }

    private void validate() {
        String t = circuitText.getText();
        if (t.isBlank()) {
            circuit = Optional.empty();
            showMessage("Type a circuit to fit.", false);
        } else {
            try {
                Circuit c = Circuit.parse(t);
                circuit = Optional.of(c);
                String links = c.links().isEmpty() ? "" : "; linked: " + String.join(", ", c.links().entrySet()
                        .stream().map(e -> e.getKey() + " = " + e.getValue()).toList());
                showMessage(String.format(Locale.ROOT, "%s: %s, %d parameters%s",
                        c.dialect() == Circuit.Dialect.CDC ? "CDC" : "impedance.py", c.toImpedancePy(),
                        c.parameterCount(), links), false);
            } catch (CircuitSyntaxException e) {
                circuit = Optional.empty();
                int at = Math.min(e.position(), t.length());
                showMessage("Position " + (at + 1) + ": " + e.reason() + "   \u2192 "
                        + t.substring(0, at) + "\u25B6" + t.substring(at), true);
            }
        }
        diagram.setCircuit(circuit);
        fit.setEnabled(circuit.isPresent() && !cancel.getEnabled());
        guess.setEnabled(circuit.isPresent());
        onCircuit.run();
    }

    private void showMessage(String text, boolean error) {
        message.setText(text);
        message.setForeground(getDisplay().getSystemColor(error ? SWT.COLOR_RED : SWT.COLOR_DARK_GRAY));
        layout(true);
    }

    /** Called whenever the circuit text changes (valid or not). */
    public void onCircuitChanged(Runnable r) {
        this.onCircuit = r;
    }

    /** The parsed circuit, empty while the text is invalid. */
    public Optional<Circuit> circuit() {
        return circuit;
    }

    /** Whether a fit is running: Fit is disabled, Cancel enabled. */
    public void setRunning(boolean running) {
        cancel.setEnabled(running);
        fit.setEnabled(!running && circuit.isPresent());
        guess.setEnabled(!running && circuit.isPresent());
        circuitText.setEnabled(!running);
    }

    public Weighting weighting() {
        return Weighting.values()[Math.max(0, weighting.getSelectionIndex())];
    }

    /** Whether to fit the admittance. */
    public boolean admittance() {
        return admittance.getSelection();
    }

    public Button admittanceButton() {
        return admittance;
    }

    public int starts() {
        return starts.getSelection();
    }

    public void setStatus(String text) {
        status.setText(text);
        status.getParent().layout(true);
    }

    public Text circuitText() {
        return circuitText;
    }

    public Label message() {
        return message;
    }

    public CircuitDiagram diagram() {
        return diagram;
    }

    public Combo weightingCombo() {
        return weighting;
    }

    public Spinner startsSpinner() {
        return starts;
    }

    public Button guessButton() {
        return guess;
    }

    public Button fitButton() {
        return fit;
    }

    public Button cancelButton() {
        return cancel;
    }

    public Label status() {
        return status;
    }
}
