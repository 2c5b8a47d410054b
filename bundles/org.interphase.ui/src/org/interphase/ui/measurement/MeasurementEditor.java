package org.interphase.ui.measurement;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.interphase.model.Measurement;

/**
 * Base of technique editors. The editor shows one measurement of a study and writes analysis results
 * through the Cell editor's editing domain; saving is the Cell editor's job, so this part is never dirty.
 * <p>
 * An input restored after a restart is resolved when the workbench creates the editor (that is, when its tab is
 * first shown): in the Cell editor open on the study, which is opened in the background when needed. A measurement
 * that no longer exists (or a study that is gone) closes the editor quietly, without an error dialog.
 */
public abstract class MeasurementEditor extends EditorPart {

    private MeasurementEditorInput input;
    private boolean missing;

    @Override
    public void init(IEditorSite site, IEditorInput editorInput) throws PartInitException {
        if (!(editorInput instanceof MeasurementEditorInput m)) {
            throw new PartInitException("This editor opens measurements from a Cell editor, not " + editorInput.getName());
        }
        setSite(site);
        setInput(editorInput);
        this.input = m;
        if (!m.isResolved() && m.resolve(study -> StudyDomains.find(site.getPage(), study, true)).isEmpty()) {
            missing = true;
            ILog.of(getClass()).log(Status.info("Not reopened: " + m.getName() + " is no longer in " + m.study()));
            if (overridesCreatePartControl()) {
                // an editor written before createBody existed would build its controls on a missing measurement
                throw new PartInitException(m.getName() + " is no longer in its study " + m.study());
            }
        }
        setPartName(m.getName());
        setTitleToolTip(m.getToolTipText());
    }

    /**
     * Calls {@link #createBody}, or, for a restored input whose measurement is gone, shows a line and closes the
     * editor quietly. Editors written against the first version of this class override this method instead of
     * {@code createBody} and keep working (a restored input of theirs whose measurement is gone fails to open
     * with that reason rather than reaching their code).
     */
    @Override
    public void createPartControl(Composite parent) {
        if (!missing) {
            createBody(parent);
            return;
        }
        new Label(parent, SWT.WRAP).setText(input.getName() + " is no longer in its study.");
        parent.getDisplay().asyncExec(() -> getSite().getPage().closeEditor(this, false));
    }

    /**
     * Creates the editor's controls for {@link #measurement()} (never called for a measurement that is gone).
     * Technique editors override this (or, as before, {@link #createPartControl}).
     */
    protected void createBody(Composite parent) {
        throw new IllegalStateException(getClass().getName() + " overrides neither createBody nor createPartControl");
    }

    @Override
    public void setFocus() {
        if (!missing) {
            focusBody();
        }
    }

    /** Gives the editor's main control the focus (nothing by default). */
    protected void focusBody() {
        // an editor without a focus control
    }

    private boolean overridesCreatePartControl() {
        try {
            return getClass().getMethod("createPartControl", Composite.class).getDeclaringClass() != MeasurementEditor.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
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
