package org.interphase.app.study;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.interphase.model.edit.CellTemplates.CellSpec;

/** "Add Cell from Template": the same cell form as the New Study wizard, in a dialog. */
public final class CellTemplateDialog extends TitleAreaDialog {

    private final String defaultName;
    private CellStackForm form;
    private CellSpec spec;

    public CellTemplateDialog(Shell parent, String defaultName) {
        super(parent);
        this.defaultName = defaultName;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Add cell from template");
        setMessage("Layers are created bottom to top, with an interface between neighbours.");
        form = new CellStackForm(area, defaultName, this::validate);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return area;
    }

    private void validate() {
        String problem = form == null ? null : form.problem().orElse(null);
        setErrorMessage(problem);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
    }

    @Override
    protected void okPressed() {
        spec = form.spec();
        super.okPressed();
    }

    /** The cell as entered (after OK). */
    public CellSpec spec() {
        return spec;
    }
}
