package org.interphase.ui.measurement;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.interphase.model.Measurement;

/**
 * Base of technique editors. The editor shows one measurement of a study and writes analysis results
 * through the Cell editor's editing domain; saving is the Cell editor's job, so this part is never dirty.
 */
public abstract class MeasurementEditor extends EditorPart {

    private MeasurementEditorInput input;

    @Override
    public void init(IEditorSite site, IEditorInput editorInput) throws PartInitException {
        if (!(editorInput instanceof MeasurementEditorInput m)) {
            throw new PartInitException("This editor opens measurements from a Cell editor, not " + editorInput.getName());
        }
        setSite(site);
        setInput(editorInput);
        this.input = m;
        setPartName(m.getName());
        setTitleToolTip(m.getToolTipText());
    }

    /** The measurement shown. */
    protected Measurement measurement() {
        return input.measurement();
    }

    /** The Cell editor's editing domain: every model change goes through its command stack. */
    protected EditingDomain domain() {
        return input.domain();
    }

    /** The measured file, when it can be located. */
    protected Optional<Path> file() {
        return MeasurementFiles.resolve(measurement());
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // results are saved with the study by the Cell editor
    }

    @Override
    public void doSaveAs() {
        // not applicable
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
