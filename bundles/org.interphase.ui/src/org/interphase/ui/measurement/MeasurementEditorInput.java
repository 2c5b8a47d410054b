package org.interphase.ui.measurement;


import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.interphase.model.Measurement;
import org.interphase.model.technique.Techniques;

/**
 * Opens a technique editor on one measurement of a study that a Cell editor holds. Analyses the
 * technique editor writes into the model go through {@link #domain()}, the Cell editor's editing domain,
 * so they are undone and saved with the study.
 */
public final class MeasurementEditorInput implements IEditorInput {

    private final Measurement measurement;
    private final EditingDomain domain;

    public MeasurementEditorInput(Measurement measurement, EditingDomain domain) {
        this.measurement = measurement;
        this.domain = domain;
    }

    public Measurement measurement() {
        return measurement;
    }

    public EditingDomain domain() {
        return domain;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return measurement.getName() == null ? Techniques.label(Techniques.idOf(measurement)) : measurement.getName();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return Techniques.label(Techniques.idOf(measurement)) + ": "
                + getName() + (measurement.getSourceUri() == null ? "" : " (" + measurement.getSourceUri() + ")");
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(measurement) ? adapter.cast(measurement) : null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeasurementEditorInput other && other.measurement == measurement;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(measurement);
    }
}
