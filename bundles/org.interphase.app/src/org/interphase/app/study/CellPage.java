package org.interphase.app.study;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.widgets.Composite;

/** Second page of the New Study wizard: the first cell and its layer stack from a template. */
public final class CellPage extends WizardPage {

    private CellStackForm form;

    CellPage() {
        super("cell");
        setTitle("First cell");
        setDescription("Choose a layer-stack template; edit materials and thicknesses as built.");
    }

    @Override
    public void createControl(Composite parent) {
        form = new CellStackForm(parent, "Cell 1", this::validate);
        setControl(form);
        validate();
    }

    private void validate() {
        if (form == null) {
            return;
        }
        String problem = form.problem().orElse(null);
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** The cell form. */
    public CellStackForm form() {
        return form;
    }
}
