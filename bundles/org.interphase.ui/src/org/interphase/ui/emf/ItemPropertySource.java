package org.interphase.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IWrapperItemProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ICellEditorValidator;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * The Properties view's view of a model object, backed by its item property descriptors. Values are set
 * through the descriptors, which execute EMF SetCommands on the object's editing domain, so every edit
 * in the Properties view can be undone.
 */
public class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource source;

    public ItemPropertySource(Object object, IItemPropertySource source) {
        this.object = object;
        this.source = source;
    }

    /** The property source of {@code object}, or null when it has none. */
    public static IPropertySource of(Object object, AdapterFactory factory) {
        Object adapter = factory.adapt(object, IItemPropertySource.class);
        return adapter instanceof IItemPropertySource s ? new ItemPropertySource(object, s) : null;
    }

    @Override
    public Object getEditableValue() {
        return source.getEditableValue(object);
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> result = new ArrayList<>();
        for (IItemPropertyDescriptor d : source.getPropertyDescriptors(object)) {
            result.add(new Descriptor(object, d));
        }
        return result.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor d = source.getPropertyDescriptor(object, id);
        Object value = d.getPropertyValue(object);
        if (value instanceof IWrapperItemProvider w) {
            value = w.getValue();
        }
        return value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        return source.getPropertyDescriptor(object, id).isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        source.getPropertyDescriptor(object, id).resetPropertyValue(object);
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        source.getPropertyDescriptor(object, id).setPropertyValue(object, value);
    }

    /** Adapts one item property descriptor to the Properties view, with a cell editor for its type. */
    private static final class Descriptor extends PropertyDescriptor {

        private final Object object;
        private final IItemPropertyDescriptor item;

        Descriptor(Object object, IItemPropertyDescriptor item) {
            super(item.getId(object), displayName(object, item));
            this.object = object;
            this.item = item;
            setCategory(item.getCategory(object));
            setDescription(item.getDescription(object));
            setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    return Descriptor.this.text(element);
                }
            });
        }

        private static String displayName(Object object, IItemPropertyDescriptor item) {
            Object feature = item.getFeature(object);
            return feature instanceof EStructuralFeature f ? FeatureLabels.label(f) : item.getDisplayName(object);
        }

        String text(Object value) {
            if (value instanceof IWrapperItemProvider w) {
                value = w.getValue();
            }
            Object v = value;
            return org.interphase.model.edit.Labels.text(v).orElseGet(() -> {
                IItemLabelProvider labels = item.getLabelProvider(object);
                return labels == null ? String.valueOf(v) : labels.getText(v);
            });
        }

        @Override
        public CellEditor createPropertyEditor(Composite parent) {
            if (!item.canSetProperty(object)) {
                return null;
            }
            Object feature = item.getFeature(object);
            if (!(feature instanceof EStructuralFeature f) || f.isMany()) {
                return null;
            }
            Collection<?> choices = item.getChoiceOfValues(object);
            if (choices != null || f.getEType() instanceof EEnum
                    || f.getEType().getInstanceClass() == boolean.class) {
                List<Object> values = new ArrayList<>(choices != null ? choices
                        : f.getEType() instanceof EEnum e ? e.getELiterals().stream()
                                .map(l -> (Object) l.getInstance()).toList() : List.of(Boolean.TRUE, Boolean.FALSE));
                String[] labels = values.stream().map(this::text).toArray(String[]::new);
                return new ComboBoxCellEditor(parent, labels, SWT.READ_ONLY) {
                    @Override
                    protected Object doGetValue() {
                        int i = (Integer) super.doGetValue();
                        return i < 0 ? null : values.get(i);
                    }

                    @Override
                    protected void doSetValue(Object value) {
                        super.doSetValue(Math.max(0, values.indexOf(value)));
                    }
                };
            }
            if (f instanceof EAttribute a && a.getEType() instanceof EDataType type) {
                return new TextCellEditor(parent) {
                    {
                        setValidator(validator(type));
                    }

                    @Override
                    protected Object doGetValue() {
                        return EcoreUtil.createFromString(type, (String) super.doGetValue());
                    }

                    @Override
                    protected void doSetValue(Object value) {
                        super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
                    }
                };
            }
            return null;
        }

        private static ICellEditorValidator validator(EDataType type) {
            return value -> {
                try {
                    Object v = EcoreUtil.createFromString(type, (String) value);
                    if (v instanceof Double d && d.isNaN() && !"NaN".equals(value)) {
                        return "not a number";
                    }
                    return null;
                } catch (RuntimeException e) {
                    return "'" + value + "' is not a valid " + type.getName();
                }
            };
        }
    }
}
