package org.interphase.sims.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.interphase.model.Layer;
import org.interphase.sims.api.DepthScale;

/**
 * The time-to-depth rule: none, a constant sputter rate, crater depth / total sputter time, or per-layer
 * rates over the cell's layer stack (rates switch where the cumulative thickness is sputtered through).
 */
public final class DepthRuleControl extends Composite {

    /** The rules offered, in combo order. */
    public enum Rule {
        NONE("no depth scale"), CONSTANT("constant rate"), CRATER("crater depth / total time"),
        LAYERS("per-layer rates (cell layers)");

        private final String label;

        Rule(String label) {
            this.label = label;
        }
    }

    private final Combo rule;
    private final Text rate;
    private final Text crater;
    private final Text totalTime;
    private final Text layerRates;
    private final Button reversed;
    private final Label layersInfo;
    private final List<Layer> layers;
    private final List<Control> constantRow = new ArrayList<>();
    private final List<Control> craterRow = new ArrayList<>();
    private final List<Control> layersRow = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();

    /**
     * @param craterDepthNm the measurement's crater depth (0 when unknown)
     * @param totalTimeS    the profile's total sputter time
     * @param layers        the cell's layers, top to bottom as the model orders them
     */
    public DepthRuleControl(Composite parent, double craterDepthNm, double totalTimeS, List<Layer> layers) {
        super(parent, SWT.NONE);
        this.layers = List.copyOf(layers);
        GridLayout layout = new GridLayout(12, false);
        layout.marginHeight = 2;
        setLayout(layout);
        new Label(this, SWT.NONE).setText("Depth");
        rule = new Combo(this, SWT.READ_ONLY);
        for (Rule r : Rule.values()) {
            rule.add(r.label);
        }
        rule.select(0);
        rate = field(constantRow, "Rate / (nm/s)", "1.0", 60);
        crater = field(craterRow, "Crater depth / nm", craterDepthNm > 0 ? fmt(craterDepthNm) : "", 70);
        totalTime = field(craterRow, "Total time / s", fmt(totalTimeS), 70);
        List<String> names = new ArrayList<>();
        List<String> ones = new ArrayList<>();
        for (Layer l : layers) {
            names.add(l.getName() + " " + fmt(l.getThicknessUm() * 1000) + " nm");
            ones.add("1.0");
        }
        layerRates = field(layersRow, "Rates / (nm/s)", String.join(", ", ones), 110);
        reversed = new Button(this, SWT.CHECK);
        reversed.setText("Sputtered from the last layer");
        layersRow.add(reversed);
        layersInfo = new Label(this, SWT.NONE);
        layersInfo.setText(layers.isEmpty() ? "(the cell has no layers)" : String.join(" | ", names));
        layersRow.add(layersInfo);
        rule.addListener(SWT.Selection, e -> fire());
        for (Text t : new Text[] { rate, crater, totalTime, layerRates }) {
            t.addListener(SWT.DefaultSelection, e -> fire());
            t.addListener(SWT.FocusOut, e -> fire());
        }
        reversed.addListener(SWT.Selection, e -> fire());
        showRows();
    }

    private Text field(List<Control> row, String label, String value, int width) {
        Label l = new Label(this, SWT.NONE);
        l.setText(label);
        Text t = new Text(this, SWT.BORDER);
        t.setText(value);
        t.setLayoutData(new GridData(width, SWT.DEFAULT));
        row.add(l);
        row.add(t);
        return t;
    }

    private void showRows() {
        Rule r = selected();
        show(constantRow, r == Rule.CONSTANT);
        show(craterRow, r == Rule.CRATER);
        show(layersRow, r == Rule.LAYERS);
        layout(true, true);
        getParent().layout(true, true);
    }

    private static void show(List<Control> controls, boolean on) {
        for (Control c : controls) {
            GridData d = c.getLayoutData() instanceof GridData g ? g : new GridData();
            d.exclude = !on;
            c.setLayoutData(d);
            c.setVisible(on);
        }
    }

    private void fire() {
        showRows();
        listeners.forEach(Runnable::run);
    }

    /** The selected rule. */
    public Rule selected() {
        return Rule.values()[Math.max(0, rule.getSelectionIndex())];
    }

    /**
     * The depth scale, empty for "no depth scale".
     *
     * @throws IllegalArgumentException when a field is not a valid number or the rule rejects it
     */
    public Optional<DepthScale> scale() {
        return switch (selected()) {
            case NONE -> Optional.empty();
            case CONSTANT -> Optional.of(new DepthScale.ConstantRate(number(rate, "sputter rate")));
            case CRATER -> Optional.of(new DepthScale.CraterDepth(number(crater, "crater depth"),
                    number(totalTime, "total time")));
            case LAYERS -> Optional.of(layerScale());
        };
    }

    private DepthScale layerScale() {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("the cell has no layers for per-layer rates");
        }
        String[] parts = layerRates.getText().split("[,;\\s]+");
        if (parts.length != layers.size()) {
            throw new IllegalArgumentException("give one rate per layer (" + layers.size() + "), got " + parts.length);
        }
        int n = layers.size();
        double[] thickness = new double[n];
        double[] rates = new double[n];
        for (int i = 0; i < n; i++) {
            int k = reversed.getSelection() ? n - 1 - i : i;
            thickness[i] = layers.get(k).getThicknessUm() * 1000;
            try {
                rates[i] = Double.parseDouble(parts[k].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("rate '" + parts[k] + "' is not a number", e);
            }
        }
        return DepthScale.LayerRates.fromStack(thickness, rates);
    }

    private static double number(Text t, String what) {
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

    /** Selects a rule and fills its fields as a user would ({@code values}: rate; crater, time; or rates). */
    public void set(Rule r, String... values) {
        rule.select(r.ordinal());
        switch (r) {
            case CONSTANT -> rate.setText(values[0]);
            case CRATER -> {
                crater.setText(values[0]);
                totalTime.setText(values[1]);
            }
            case LAYERS -> layerRates.setText(values[0]);
            default -> {
                // nothing to fill
            }
        }
        fire();
    }

    private static String fmt(double v) {
        String s = String.format(Locale.ROOT, "%.6g", v);
        return s.contains(".") && !s.contains("e") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
