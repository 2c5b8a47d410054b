package org.interphase.ui.measurement;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.interphase.model.Measurement;
import org.interphase.model.technique.Techniques;

/**
 * Opens a technique editor on one measurement of a study that a Cell editor holds. Analyses the
 * technique editor writes into the model go through {@link #domain()}, the Cell editor's editing domain,
 * so they are undone and saved with the study.
 * <p>
 * The input is persistable: the workbench stores the study file's URI and the measurement's URI fragment (its
 * {@code xmi:id}) and {@link MeasurementEditorInputFactory} brings the input back after a restart. A restored input
 * holds only those two strings (plus the name and tool tip for the tab) until the editor is created and
 * {@link #resolve(Function)} finds the measurement in the Cell editor's resource set.
 */
public final class MeasurementEditorInput implements IEditorInput, IPersistableElement {

    static final String STUDY = "study";
    static final String FRAGMENT = "fragment";
    static final String NAME = "name";
    static final String TOOLTIP = "tooltip";

    private Measurement measurement;
    private EditingDomain domain;
    private final URI study;
    private final String fragment;
    private final String name;
    private final String toolTip;

    public MeasurementEditorInput(Measurement measurement, EditingDomain domain) {
        this.measurement = Objects.requireNonNull(measurement, "measurement");
        this.domain = domain;
        Resource r = measurement.eResource();
        this.study = r == null ? null : r.getURI();
        this.fragment = r == null ? null : r.getURIFragment(measurement);
        this.name = null;
        this.toolTip = null;
    }

    private MeasurementEditorInput(URI study, String fragment, String name, String toolTip) {
        this.study = study;
        this.fragment = fragment;
        this.name = name;
        this.toolTip = toolTip;
    }

    /** An input restored from {@code memento}; empty when the memento lacks the study or the fragment. */
    static Optional<MeasurementEditorInput> restore(IMemento memento) {
        String uri = memento.getString(STUDY);
        String f = memento.getString(FRAGMENT);
        if (uri == null || f == null) {
            return Optional.empty();
        }
        String n = memento.getString(NAME);
        return Optional.of(new MeasurementEditorInput(URI.createURI(uri), f, n == null ? f : n,
                memento.getString(TOOLTIP)));
    }

    /** The measurement shown; null for a restored input that was not {@linkplain #resolve resolved}. */
    public Measurement measurement() {
        return measurement;
    }

    /** The Cell editor's editing domain; null for a restored input that was not resolved. */
    public EditingDomain domain() {
        return domain;
    }

    /** The study file's URI (null for a measurement outside any resource). */
    public URI study() {
        return study;
    }

    /** The measurement's URI fragment in its study (null for a measurement outside any resource). */
    public String fragment() {
        return fragment;
    }

    /** Whether {@link #measurement()} and {@link #domain()} are known. */
    public boolean isResolved() {
        return measurement != null;
    }

    /**
     * Finds the measurement of a restored input in the editing domain that {@code domains} gives for the study URI
     * (the open Cell editor's). Empty when no domain holds the study or the measurement is no longer in it.
     */
    public Optional<Measurement> resolve(Function<URI, Optional<EditingDomain>> domains) {
        if (measurement != null) {
            return Optional.of(measurement);
        }
        Optional<EditingDomain> d = domains.apply(study);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        Resource r = d.get().getResourceSet().getResource(study, false);
        if (r != null && r.getEObject(fragment) instanceof Measurement m && m.eResource() == r) {
            measurement = m;
            domain = d.get();
        }
        return Optional.ofNullable(measurement);
    }

    @Override
    public boolean exists() {
        // the workbench may store it in its list of recent editors and in its memento
        return study != null;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        if (measurement == null) {
            return name;
        }
        return measurement.getName() == null ? Techniques.label(Techniques.idOf(measurement)) : measurement.getName();
    }

    @Override
    public IPersistableElement getPersistable() {
        return study != null && fragment != null && study.isFile() ? this : null;
    }

    @Override
    public String getToolTipText() {
        if (measurement == null) {
            return toolTip == null ? name : toolTip;
        }
        return Techniques.label(Techniques.idOf(measurement)) + ": "
                + getName() + (measurement.getSourceUri() == null ? "" : " (" + measurement.getSourceUri() + ")");
    }

    @Override
    public String getFactoryId() {
        return MeasurementEditorInputFactory.ID;
    }

    @Override
    public void saveState(IMemento memento) {
        memento.putString(STUDY, study.toString());
        memento.putString(FRAGMENT, fragment);
        memento.putString(NAME, getName());
        memento.putString(TOOLTIP, getToolTipText());
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return measurement != null && adapter.isInstance(measurement) ? adapter.cast(measurement) : null;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MeasurementEditorInput other)) {
            return false;
        }
        if (measurement != null && other.measurement != null) {
            return other.measurement == measurement;
        }
        return study != null && study.equals(other.study) && Objects.equals(fragment, other.fragment);
    }

    @Override
    public int hashCode() {
        return study != null ? Objects.hash(study, fragment) : System.identityHashCode(measurement);
    }
}
