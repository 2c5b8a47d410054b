package org.interphase.ui.measurement;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/**
 * Re-creates a {@link MeasurementEditorInput} from the workbench memento after a restart (registered with
 * {@code org.eclipse.ui.elementFactories}). It reads two strings and loads nothing: the technique editor resolves
 * the measurement in the open Cell editor when it is created, so tabs that are never shown cost nothing.
 */
public final class MeasurementEditorInputFactory implements IElementFactory {

    /** The factory id in {@code plugin.xml}. */
    public static final String ID = "org.interphase.ui.measurementEditorInput";

    @Override
    public IAdaptable createElement(IMemento memento) {
        return MeasurementEditorInput.restore(memento).orElse(null);
    }
}
