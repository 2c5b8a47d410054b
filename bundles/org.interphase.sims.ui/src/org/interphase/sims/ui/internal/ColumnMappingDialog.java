package org.interphase.sims.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.interphase.sims.api.ColumnMapping;

/** A modal dialog around {@link ColumnMappingPanel}, shown when a guessed mapping is not confident. */
public final class ColumnMappingDialog extends Dialog {

    private final String fileName;
    private final List<String> lines;
    private final ColumnMapping guess;
    private ColumnMappingPanel panel;
    private ColumnMapping result;

    public ColumnMappingDialog(Shell parent, String fileName, List<String> lines, ColumnMapping guess) {
        super(parent);
        this.fileName = fileName;
        this.lines = lines;
        this.guess = guess;
    }

    /** Opens the dialog; the confirmed mapping, empty when cancelled. */
    public static Optional<ColumnMapping> ask(Shell parent, String fileName, List<String> lines, ColumnMapping guess) {
        ColumnMappingDialog d = new ColumnMappingDialog(parent, fileName, lines, guess);
        return d.open() == OK ? Optional.of(d.result) : Optional.empty();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Columns of " + fileName);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        panel = new ColumnMappingPanel(area, lines, guess);
        return area;
    }

    @Override
    protected void okPressed() {
        try {
            result = panel.mapping();
            super.okPressed();
        } catch (IllegalArgumentException e) {
            MessageDialog.openError(getShell(), "Column mapping", e.getMessage());
        }
    }
}
