package org.interphase.app.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.interphase.core.api.Importers;
import org.interphase.core.api.MeasurementImport.Request;

/**
 * File &gt; Import &gt; Interphase &gt; Measurements, the tree's "Import Measurements..." and drops on the Cell editor:
 * one page listing the files ({@link ImportFilesPage}); Finish runs an {@link ImportJob} and shows its summary.
 */
public final class ImportMeasurementsWizard extends Wizard implements IImportWizard {

    private ImportTarget target;
    private List<Path> files = List.of();
    private ImportFilesPage page;
    private Consumer<ImportSummary> summary = this::showSummary;
    private ImportJob job;

    /** For the importWizards extension: the target comes from the active Cell editor in {@link #init}. */
    public ImportMeasurementsWizard() {
        setWindowTitle("Import Measurements");
        setNeedsProgressMonitor(false);
    }

    /** A wizard preset to {@code target} with {@code files} already listed. */
    public ImportMeasurementsWizard(ImportTarget target, List<Path> files) {
        this();
        this.target = target;
        this.files = List.copyOf(files);
    }

    /** Opens the wizard preset to {@code target} and {@code files} (drop, context menu). */
    public static int open(Shell shell, ImportTarget target, List<Path> files) {
        WizardDialog dialog = new WizardDialog(shell, new ImportMeasurementsWizard(target, files));
        dialog.setPageSize(980, 420);
        return dialog.open();
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        IEditorPart active = workbench.getActiveWorkbenchWindow() == null
                || workbench.getActiveWorkbenchWindow().getActivePage() == null ? null
                        : workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
        if (active != null) {
            target = active.getAdapter(ImportTarget.class);
        }
    }

    @Override
    public void addPages() {
        page = new ImportFilesPage(target, new ImportRows(Importers.all()), files);
        addPage(page);
    }

    /** The page (for tests). */
    public ImportFilesPage page() {
        return page;
    }

    /** Replaces the summary dialog (tests collect the summary instead). */
    public void onSummary(Consumer<ImportSummary> handler) {
        this.summary = handler;
    }

    /** The job started by Finish (null before). */
    public ImportJob job() {
        return job;
    }

    @Override
    public boolean performFinish() {
        List<Request> requests = page.rows().stream().map(ImportRow::request).toList();
        Display display = getShell() != null ? getShell().getDisplay() : Display.getCurrent();
        job = new ImportJob(target, page.cell(), requests, page.storage(), display, summary);
        job.schedule();
        return true;
    }

    private void showSummary(ImportSummary s) {
        Shell shell = Display.getCurrent() == null ? null : Display.getCurrent().getActiveShell();
        if (s.failures().isEmpty() && !s.cancelled()) {
            MessageDialog.openInformation(shell, "Import Measurements", s.text());
        } else {
            MessageDialog.openWarning(shell, "Import Measurements", s.text());
        }
    }
}
