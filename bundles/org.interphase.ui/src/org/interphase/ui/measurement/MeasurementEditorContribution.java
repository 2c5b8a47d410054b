package org.interphase.ui.measurement;

import org.interphase.model.Measurement;

/**
 * Names the editor that opens a kind of measurement. Technique UI bundles and in-house plug-ins register
 * one as an OSGi service next to their editor's {@code org.eclipse.ui.editors} extension; the Cell editor
 * opens measurements through {@link MeasurementEditors}.
 */
public interface MeasurementEditorContribution {

    /** Id of an editor declared in {@code plugin.xml} that accepts a {@link MeasurementEditorInput}. */
    String editorId();

    /** Whether this editor opens {@code measurement}. */
    boolean canOpen(Measurement measurement);

    /** Preference when several editors can open a measurement; higher wins. */
    default int priority() {
        return 0;
    }
}
