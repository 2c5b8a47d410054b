package org.interphase.app.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.interphase.model.edit.Labels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.interphase.ui.layout.Scrolling;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.interphase.model.edit.PhysicalRanges;
import org.interphase.ui.emf.FeatureLabels;

/**
 * A form that edits the selected model object: one row per single-valued property from its item
 * property descriptors. Every change is an EMF {@link SetCommand} on the editor's command stack, so it
 * can be undone; invalid input (not a number, or outside {@link PhysicalRanges}) is reported under the form and
 * never reaches the model.
 */
public class ObjectForm extends Composite {

    private final EditingDomain domain;
    private final AdapterFactory factory;
    private final ScrolledComposite scroller;
    private final Label title;
    private final Label message;
    private Composite rows;
    private EObject object;
    private final List<Row> editors = new ArrayList<>();

    public ObjectForm(Composite parent, EditingDomain domain, AdapterFactory factory) {
        super(parent, SWT.NONE);
        this.domain = domain;
        this.factory = factory;
        setLayout(new GridLayout(1, false));
        title = new Label(this, SWT.NONE);
        title.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        message = new Label(this, SWT.WRAP);
        message.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        scroller = new ScrolledComposite(this, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroller.addListener(SWT.Resize, e -> {
            if (rows != null && !rows.isDisposed()) {
                Scrolling.setMinSize(scroller, rows.computeSize(SWT.DEFAULT, SWT.DEFAULT));
            }
        });
    }

    /** Shows the properties of {@code newObject} (null clears the form). */
    public void show(EObject newObject) {
        this.object = newObject;
        editors.clear();
        message.setText("");
        if (rows != null) {
            rows.dispose();
        }
        rows = new Composite(scroller, SWT.NONE);
        rows.setLayout(new GridLayout(2, false));
        scroller.setContent(rows);
        if (newObject == null) {
            title.setText("Nothing selected");
        } else {
            IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(newObject, IItemLabelProvider.class);
            String name = Labels.text(newObject).orElseGet(() -> labels == null ? "" : labels.getText(newObject));
            title.setText(Labels.type(newObject.eClass()) + ": " + name);
            IItemPropertySource source = (IItemPropertySource) factory.adapt(newObject, IItemPropertySource.class);
            if (source != null) {
                for (IItemPropertyDescriptor d : source.getPropertyDescriptors(newObject)) {
                    if (d.getFeature(newObject) instanceof EStructuralFeature f && !f.isMany()) {
                        editors.add(createRow(d, f));
                    }
                }
            }
        }
        refresh();
        Scrolling.setMinSize(scroller, rows.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        layout(true, true);
    }

    /** The object being edited. */
    public EObject object() {
        return object;
    }

    /** The input control of the property named {@code featureName}, for tests and focus handling. */
    public Control control(String featureName) {
        return editors.stream().filter(r -> r.feature.getName().equals(featureName)).map(r -> r.control)
                .findFirst().orElse(null);
    }

    /** The last validation message ("" when the last edit was accepted). */
    public String message() {
        return message.getText();
    }

    /** Re-reads all values from the model (after undo, redo or edits elsewhere). */
    public void refresh() {
        if (isDisposed()) {
            return;
        }
        for (Row r : editors) {
            r.read();
        }
    }

    private Row createRow(IItemPropertyDescriptor d, EStructuralFeature f) {
        Label label = new Label(rows, SWT.NONE);
        label.setText(FeatureLabels.label(f));
        label.setToolTipText(d.getDescription(object));
        boolean editable = d.canSetProperty(object);
        Collection<?> choices = d.getChoiceOfValues(object);
        if (f.getEType() instanceof EEnum e) {
            choices = e.getELiterals().stream().map(l -> l.getInstance()).toList();
        }
        if (choices != null && f instanceof org.eclipse.emf.ecore.EReference) {
            choices = sameCell(choices);
        }
        Row row;
        if (f.getEType().getInstanceClass() == boolean.class) {
            Button check = new Button(rows, SWT.CHECK);
            row = new Row(f, check, null);
            check.addListener(SWT.Selection, e -> apply(f, check.getSelection()));
        } else if (choices != null) {
            List<Object> values = new ArrayList<>(choices);
            if (!values.contains(null) && !(f.getEType() instanceof EEnum) && !f.isRequired()) {
                values.add(0, null);
            }
            Combo combo = new Combo(rows, SWT.READ_ONLY | SWT.DROP_DOWN);
            IItemLabelProvider labels = d.getLabelProvider(object);
            for (Object v : values) {
                combo.add(v == null ? "(none)" : Labels.text(v).orElseGet(() -> labels.getText(v)));
            }
            row = new Row(f, combo, values);
            combo.addListener(SWT.Selection, e -> apply(f, values.get(combo.getSelectionIndex())));
        } else {
            Text text = new Text(rows, SWT.BORDER | (f.getEType().getInstanceClass() == String.class
                    && "notes".equals(f.getName()) ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
            row = new Row(f, text, null);
            text.addListener(SWT.DefaultSelection, e -> commitText(row));
            text.addListener(SWT.FocusOut, e -> commitText(row));
        }
        GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        gd.widthHint = 120;
        if ("notes".equals(f.getName())) {
            gd.heightHint = 60;
        }
        row.control.setLayoutData(gd);
        row.control.setEnabled(editable);
        return row;
    }

    /** References stay inside the cell: an interface's layers, a measurement's cycle state are the cell's own. */
    private Collection<?> sameCell(Collection<?> choices) {
        org.interphase.model.Cell cell = cellOf(object);
        if (cell == null) {
            return choices;
        }
        return choices.stream().filter(v -> !(v instanceof EObject e) || cellOf(e) == null || cellOf(e) == cell).toList();
    }

    private static org.interphase.model.Cell cellOf(EObject e) {
        for (EObject o = e; o != null; o = o.eContainer()) {
            if (o instanceof org.interphase.model.Cell c) {
                return c;
            }
        }
        return null;
    }

    private void commitText(Row row) {
        Text text = (Text) row.control;
        if (text.isDisposed() || object == null) {
            return;
        }
        EStructuralFeature f = row.feature;
        String input = text.getText();
        Object value;
        if (f instanceof EAttribute a && a.getEType() instanceof EDataType type && type.getInstanceClass() != String.class) {
            try {
                value = EcoreUtil.createFromString(type, input.trim());
            } catch (RuntimeException e) {
                message.setText(FeatureLabels.label(f) + ": '" + input + "' is not a valid "
                        + (type.getInstanceClass() == double.class ? "number" : type.getName()));
                layout(true);
                return;
            }
            if (value instanceof Double d && (d.isNaN() || d.isInfinite()) && !input.trim().equalsIgnoreCase("NaN")) {
                message.setText(FeatureLabels.label(f) + ": '" + input + "' is not a finite number");
                layout(true);
                return;
            }
        } else {
            value = input.isEmpty() ? null : input;
        }
        message.setText("");
        apply(f, value);
    }

    private void apply(EStructuralFeature f, Object value) {
        if (object == null || Objects.equals(object.eGet(f), value)) {
            return;
        }
        java.util.Optional<String> refused = PhysicalRanges.check(f, value);
        if (refused.isPresent()) {
            message.setText(FeatureLabels.label(f) + " " + refused.get() + "; the value was not applied.");
            layout(true);
            return;
        }
        Command command = SetCommand.create(domain, object, f, value);
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        } else {
            message.setText(FeatureLabels.label(f) + " cannot be set to " + value);
        }
    }

    /** One property row: its feature, input control and, for choices, the values behind the items. */
    private final class Row {
        final EStructuralFeature feature;
        final Control control;
        final List<Object> values;

        Row(EStructuralFeature feature, Control control, List<Object> values) {
            this.feature = feature;
            this.control = control;
            this.values = values;
        }

        void read() {
            if (control.isDisposed() || object == null) {
                return;
            }
            Object value = object.eGet(feature);
            if (control instanceof Button b) {
                b.setSelection(Boolean.TRUE.equals(value));
            } else if (control instanceof Combo c) {
                c.select(Math.max(0, values.indexOf(value)));
            } else if (control instanceof Text t) {
                String s = value == null ? ""
                        : feature.getEType() instanceof EDataType type && !(value instanceof String)
                                ? EcoreUtil.convertToString(type, value) : value.toString();
                if (!t.getText().equals(s)) {
                    t.setText(s);
                }
            }
        }
    }
}
