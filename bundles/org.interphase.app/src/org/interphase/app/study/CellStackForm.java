package org.interphase.app.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.interphase.model.CellConfiguration;
import org.interphase.model.InterphasePackage.Literals;
import org.interphase.model.edit.CellTemplates;
import org.interphase.model.edit.CellTemplates.CellSpec;
import org.interphase.model.edit.CellTemplates.LayerSpec;
import org.interphase.model.edit.CellTemplates.Template;
import org.interphase.model.edit.PhysicalRanges;

/**
 * The controls for one new cell: name, configuration, area, stack pressure, temperature and its layer stack from a
 * {@link CellTemplates template}, with every layer's name, material and thickness editable. Used by the New Study
 * wizard and by "Add Cell from Template". {@link #problem()} checks the values against {@link PhysicalRanges}.
 */
public final class CellStackForm extends Composite {

    private final Text cellName;
    private final Combo configuration;
    private final Text area;
    private final Text pressure;
    private final Text temperature;
    private final Combo template;
    private final Group stack;
    private final List<LayerRow> rows = new ArrayList<>();
    private final Runnable changed;

    /** One editable layer of the stack. */
    private record LayerRow(LayerSpec base, Text name, Text material, Text thickness) {
    }

    /** The form; {@code changed} runs after every edit (to revalidate a page). */
    public CellStackForm(Composite parent, String defaultCellName, Runnable changed) {
        super(parent, SWT.NONE);
        this.changed = changed;
        setLayout(new GridLayout(2, false));
        cellName = text("Cell name:", defaultCellName);
        template = combo("Layer stack template:", CellTemplates.ALL.stream().map(Template::name).toList());
        configuration = combo("Configuration:", java.util.Arrays.stream(CellConfiguration.values())
                .map(c -> c.getName()).toList());
        area = text("Area (cm²):", "1.0");
        pressure = text("Stack pressure (MPa):", "5.0");
        temperature = text("Temperature (°C):", "25.0");
        stack = new Group(this, SWT.NONE);
        stack.setText("Layers, bottom to top (interfaces are created between neighbours)");
        stack.setLayout(new GridLayout(3, false));
        stack.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        template.addListener(SWT.Selection, e -> applyTemplate(CellTemplates.ALL.get(template.getSelectionIndex())));
        template.select(0);
        applyTemplate(CellTemplates.ALL.get(0));
    }

    /** The template chooser. */
    public Combo template() {
        return template;
    }

    /** Shows the layers and configuration of {@code t} (replacing edits made so far). */
    public void applyTemplate(Template t) {
        template.select(CellTemplates.ALL.indexOf(t));
        configuration.select(t.configuration().getValue());
        for (Control c : stack.getChildren()) {
            c.dispose();
        }
        rows.clear();
        if (t.layers().isEmpty()) {
            new Label(stack, SWT.NONE).setText("No layers: add them later in the tree (New Child > Layer).");
        } else {
            for (String heading : new String[] { "Layer", "Material", "Thickness (µm)" }) {
                new Label(stack, SWT.NONE).setText(heading);
            }
        }
        for (LayerSpec l : t.layers()) {
            rows.add(new LayerRow(l, cell(l.name(), 180), cell(l.material(), 180), cell(number(l.thicknessUm()), 70)));
        }
        stack.layout(true, true);
        layout(true, true);
        changed.run();
    }

    /** The text of layer row {@code i}, column 0 (name), 1 (material) or 2 (thickness), for tests. */
    public Text layerText(int i, int column) {
        LayerRow r = rows.get(i);
        return column == 0 ? r.name() : column == 1 ? r.material() : r.thickness();
    }

    /** Number of layers shown. */
    public int layerCount() {
        return rows.size();
    }

    /** The text field "name", "area", "pressure" or "temperature" (for tests). */
    public Text field(String which) {
        return switch (which) {
            case "name" -> cellName;
            case "area" -> area;
            case "pressure" -> pressure;
            case "temperature" -> temperature;
            default -> throw new IllegalArgumentException(which);
        };
    }

    /** What is wrong with the values, or empty when {@link #spec()} can be built. */
    public Optional<String> problem() {
        if (cellName.getText().isBlank()) {
            return Optional.of("Enter a cell name.");
        }
        Optional<String> p = check("Area", area, Literals.CELL__AREA_CM2);
        p = p.or(() -> check("Stack pressure", pressure, Literals.CELL__STACK_PRESSURE_MPA));
        p = p.or(() -> check("Temperature", temperature, Literals.CELL__TEMPERATURE_C));
        for (LayerRow r : rows) {
            p = p.or(() -> r.name().getText().isBlank() ? Optional.of("Every layer needs a name.") : Optional.empty());
            p = p.or(() -> check("Thickness of " + r.name().getText(), r.thickness(), Literals.LAYER__THICKNESS_UM));
        }
        return p;
    }

    /** The cell as entered; call only when {@link #problem()} is empty. */
    public CellSpec spec() {
        List<LayerSpec> layers = rows.stream().map(r -> r.base().with(r.name().getText().trim(),
                r.material().getText().trim(), Double.parseDouble(r.thickness().getText().trim()))).toList();
        return new CellSpec(cellName.getText().trim(), CellConfiguration.get(configuration.getSelectionIndex()),
                value(area), value(pressure), value(temperature), layers);
    }

    private static Optional<String> check(String what, Text text, org.eclipse.emf.ecore.EStructuralFeature f) {
        double v;
        try {
            v = value(text);
        } catch (NumberFormatException e) {
            return Optional.of(what + ": '" + text.getText() + "' is not a number.");
        }
        if (Double.isNaN(v)) {
            return Optional.of(what + ": enter a number.");
        }
        return PhysicalRanges.check(f, v).map(m -> what + " " + m + ".");
    }

    private static double value(Text text) {
        return Double.parseDouble(text.getText().trim());
    }

    private Text text(String label, String value) {
        new Label(this, SWT.NONE).setText(label);
        Text t = new Text(this, SWT.BORDER);
        t.setText(value);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        t.addListener(SWT.Modify, e -> changed.run());
        return t;
    }

    private Combo combo(String label, List<String> items) {
        new Label(this, SWT.NONE).setText(label);
        Combo c = new Combo(this, SWT.READ_ONLY | SWT.DROP_DOWN);
        items.forEach(c::add);
        c.select(0);
        c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return c;
    }

    private Text cell(String value, int width) {
        Text t = new Text(stack, SWT.BORDER);
        t.setText(value);
        GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        gd.widthHint = width;
        t.setLayoutData(gd);
        t.addListener(SWT.Modify, e -> changed.run());
        return t;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
