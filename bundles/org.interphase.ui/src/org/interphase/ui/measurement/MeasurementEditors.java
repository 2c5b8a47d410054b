package org.interphase.ui.measurement;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.interphase.model.Measurement;
import org.interphase.model.services.ServiceRegistry;

/** Finds and opens the technique editor of a measurement. */
public final class MeasurementEditors {

    private MeasurementEditors() {
    }

    /** The registered contributions. */
    public static List<MeasurementEditorContribution> all() {
        return ServiceRegistry.all(MeasurementEditorContribution.class);
    }

    /** The id of the best editor for {@code m}, if any plug-in contributes one. */
    public static Optional<String> editorFor(Measurement m) {
        return all().stream().filter(c -> c.canOpen(m))
                .max(Comparator.comparingInt(MeasurementEditorContribution::priority))
                .map(MeasurementEditorContribution::editorId);
    }

    /** Opens (or activates) the technique editor of {@code m}; empty when no editor is installed for it. */
    public static Optional<IEditorPart> open(IWorkbenchPage page, Measurement m, EditingDomain domain)
            throws PartInitException {
        Optional<String> id = editorFor(m);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(page.openEditor(new MeasurementEditorInput(m, domain), id.get(), true));
    }
}
