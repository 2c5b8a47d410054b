package org.interphase.app.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EventObject;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.interphase.app.imports.ImportMeasurementsWizard;
import org.interphase.app.imports.ImportTarget;
import org.interphase.model.Measurement;
import org.interphase.model.edit.StudyEditing;
import org.interphase.model.util.Measurements;
import org.interphase.ui.measurement.MeasurementEditors;
import org.interphase.model.persistence.StudyLoadException;
import org.interphase.model.persistence.StudyStore;
import org.interphase.ui.emf.ItemPropertySourceProvider;

/**
 * The Cell editor for {@code *.interphase} studies: tree, form and stack schematic over one editing
 * domain, with undo/redo, dirty state and atomic save. A file that cannot be loaded opens as a page
 * that explains why; the file is left untouched.
 */
public class StudyEditor extends EditorPart implements IEditingDomainProvider {

    public static final String ID = "org.interphase.app.cellEditor";

    private final ComposedAdapterFactory factory = StudyEditing.newAdapterFactory();
    private final AdapterFactoryEditingDomain domain = StudyEditing.newEditingDomain(factory);
    private final CommandStackListener dirtyListener = this::commandStackChanged;
    private Path path;
    private Resource resource;
    private StudyLoadException loadError;
    private StudyEditorBody body;
    private StudyPropertySheetPage propertySheet;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        path = pathOf(input);
        setPartName(input.getName());
        domain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        try {
            resource = StudyStore.load(domain.getResourceSet(), path);
        } catch (StudyLoadException e) {
            loadError = e;
            ILog.of(getClass()).log(Status.warning("Cannot open study: " + e.getMessage(), e));
        }
        domain.getCommandStack().addCommandStackListener(dirtyListener);
    }

    private static Path pathOf(IEditorInput input) throws PartInitException {
        if (input instanceof IFileEditorInput f && f.getFile().getLocation() != null) {
            return f.getFile().getLocation().toFile().toPath();
        }
        if (input instanceof IURIEditorInput u) {
            return Path.of(u.getURI());
        }
        throw new PartInitException("The Cell editor opens study files (*.interphase), not " + input.getName());
    }

    @Override
    public void createPartControl(Composite parent) {
        if (loadError != null) {
            Composite page = new Composite(parent, SWT.NONE);
            page.setLayout(new GridLayout(1, false));
            Label heading = new Label(page, SWT.NONE);
            heading.setText("This study could not be opened. The file was not changed.");
            Label detail = new Label(page, SWT.WRAP);
            detail.setText(loadError.getMessage());
            detail.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            return;
        }
        body = new StudyEditorBody(parent, domain, factory, resource);
        getSite().setSelectionProvider(body.tree());
        // Not registered with the site: the IDE's resource contributions (Team, Compare With) mean nothing on model objects.
        StudyTreeMenu.install(body.tree(), getSite().getPage(), domain, this::openMeasurement, this::importInto);
        // opened after the drop has finished: a modal dialog inside the drop callback would hold the drag source
        StudyTreeDrop.install(body.tree(), domain, body::study, (target, files) -> getSite().getShell().getDisplay()
                .asyncExec(() -> ImportMeasurementsWizard.open(getSite().getShell(), target, files)));
        body.tree().addDoubleClickListener(e -> {
            Object first = ((org.eclipse.jface.viewers.IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof Measurement m) {
                openMeasurement(m);
            }
        });
    }

    /** Opens the import wizard preset to the cell, interface or cycle state {@code element} (or its cell). */
    public void importInto(Object element) {
        ImportMeasurementsWizard.open(getSite().getShell(), importTarget(element), java.util.List.of());
    }

    private ImportTarget importTarget(Object element) {
        Object e = element instanceof StudyTree.Group g ? g.owner() : element;
        return ImportTarget.of(domain, body == null ? null : body.study(), e);
    }

    /** Asks where to save the HTML report of the selected (or first) cell and writes it atomically. */
    public void exportReport() {
        if (body == null || body.study() == null || body.study().getCells().isEmpty()) {
            return;
        }
        org.interphase.model.Cell cell = body.study().getCells().get(0);
        Object first = body.tree().getStructuredSelection().getFirstElement();
        for (Object o = first; o instanceof org.eclipse.emf.ecore.EObject e; o = e.eContainer()) {
            if (e instanceof org.interphase.model.Cell c) {
                cell = c;
            }
        }
        org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.html" });
        dialog.setFileName(cell.getName().replaceAll("[^A-Za-z0-9._-]+", "_") + "-report.html");
        dialog.setOverwrite(true);
        String target = dialog.open();
        if (target == null) {
            return;
        }
        try {
            StudyStore.writeAtomically(Path.of(target),
                    org.interphase.report.api.CellReport.html(cell).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            getEditorSite().getActionBars().getStatusLineManager().setMessage("Cell report written to " + target);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Cell report", "The report could not be written: " + e.getMessage());
        }
    }

    /** Opens the technique editor of {@code m}, or says on the status line that none is installed. */
    public void openMeasurement(Measurement m) {
        try {
            if (MeasurementEditors.open(getSite().getPage(), m, domain).isEmpty()) {
                getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(
                        "No editor is installed for " + org.interphase.model.technique.Techniques.label(Measurements.technique(m))
                                + " measurements.");
            }
        } catch (PartInitException e) {
            ILog.of(getClass()).log(Status.error("Cannot open " + m.getName(), e));
            MessageDialog.openError(getSite().getShell(), "Open measurement", e.getMessage());
        }
    }

    private void commandStackChanged(EventObject event) {
        getSite().getShell().getDisplay().asyncExec(() -> {
            firePropertyChange(PROP_DIRTY);
            if (propertySheet != null && !propertySheet.getControl().isDisposed()) {
                propertySheet.refresh();
            }
        });
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (resource == null) {
            return;
        }
        try {
            StudyStore.save(resource, path);
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            firePropertyChange(PROP_DIRTY);
            if (getEditorInput() instanceof IFileEditorInput f) {
                f.getFile().refreshLocal(IResource.DEPTH_ZERO, monitor);
            }
        } catch (IOException | CoreException | RuntimeException e) {
            ILog.of(getClass()).log(Status.error("Saving " + path + " failed", e));
            MessageDialog.openError(getSite().getShell(), "Save failed",
                    "The study could not be saved; the previous file is unchanged.\n\n" + e.getMessage());
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        }
    }

    @Override
    public void doSaveAs() {
        // Save As is not offered: studies are saved in place (atomically).
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public void setFocus() {
        if (body != null) {
            body.tree().getControl().setFocus();
        }
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** The editor body (null when the file could not be loaded). */
    public StudyEditorBody body() {
        return body;
    }

    /** The file being edited. */
    public IFile file() {
        return getEditorInput() instanceof IFileEditorInput f ? f.getFile() : null;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            propertySheet = new StudyPropertySheetPage();
            propertySheet.setPropertySourceProvider(new ItemPropertySourceProvider(factory));
            return adapter.cast(propertySheet);
        }
        if (adapter == ImportTarget.class && body != null) {
            return adapter.cast(importTarget(body.tree().getStructuredSelection().getFirstElement()));
        }
        if (adapter == EditingDomain.class) {
            return adapter.cast(domain);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        domain.getCommandStack().removeCommandStackListener(dirtyListener);
        factory.dispose();
        super.dispose();
    }
}
