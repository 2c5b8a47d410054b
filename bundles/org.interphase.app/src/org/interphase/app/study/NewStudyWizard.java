package org.interphase.app.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.ide.IDE;
import org.interphase.model.Study;
import org.interphase.model.edit.CellTemplates;
import org.interphase.model.persistence.StudyStore;

/**
 * File &gt; New &gt; Interphase Study: a study name and workspace folder, then the first cell and its layer stack from
 * a template. Finish writes the {@code .interphase} file atomically (StudyStore) and opens it in the Cell editor.
 */
public final class NewStudyWizard extends Wizard implements INewWizard {

    /** Id of the wizard in org.eclipse.ui.newWizards. */
    public static final String ID = "org.interphase.app.newStudy";

    private StudyPage studyPage;
    private CellPage cellPage;
    private String initialFolder = "Studies";
    private IWorkbench workbench;

    public NewStudyWizard() {
        setWindowTitle("New Interphase Study");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        Object first = selection == null ? null : selection.getFirstElement();
        IResource resource = first == null ? null : Adapters.adapt(first, IResource.class);
        if (resource != null) {
            IContainer c = resource instanceof IContainer ic ? ic : resource.getParent();
            if (c != null && c.getType() != IResource.ROOT) {
                initialFolder = c.getFullPath().makeRelative().toString();
            }
        }
    }

    @Override
    public void addPages() {
        studyPage = new StudyPage(initialFolder);
        cellPage = new CellPage();
        addPage(studyPage);
        addPage(cellPage);
    }

    /** The first page (name and folder). */
    public StudyPage studyPage() {
        return studyPage;
    }

    /** The second page (cell and stack). */
    public CellPage cellPage() {
        return cellPage;
    }

    @Override
    public boolean canFinish() {
        return studyPage.isPageComplete() && cellPage.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        IFile created;
        try {
            IContainer container = ensureContainer(studyPage.folder());
            Path file = writeStudy(container.getLocation().toFile().toPath());
            container.refreshLocal(IResource.DEPTH_ONE, null);
            created = container.getFile(IPath.fromOSString(file.getFileName().toString()));
        } catch (IOException | CoreException e) {
            ILog.of(getClass()).log(Status.error("New study failed", e));
            MessageDialog.openError(getShell(), "New Interphase Study", "The study could not be created: " + e.getMessage());
            return false;
        }
        IWorkbenchPage page = workbench == null || workbench.getActiveWorkbenchWindow() == null ? null
                : workbench.getActiveWorkbenchWindow().getActivePage();
        if (page != null) {
            try {
                IDE.openEditor(page, created, true);
            } catch (PartInitException e) {
                ILog.of(getClass()).log(Status.error("Cannot open the new study " + created, e));
            }
        }
        return true;
    }

    /**
     * Writes the study as entered on the pages into {@code folder} (atomically) and returns the file; refuses to
     * replace an existing file.
     */
    public Path writeStudy(Path folder) throws IOException {
        Path file = folder.resolve(studyPage.fileName());
        if (Files.exists(file)) {
            throw new IOException(file + " already exists");
        }
        Files.createDirectories(folder);
        Study study = CellTemplates.newStudy(studyPage.studyName(), cellPage.form().spec());
        StudyStore.save(study, file);
        return file;
    }

    private static IContainer ensureContainer(String folder) throws CoreException {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        IPath path = IPath.fromOSString(folder).makeAbsolute();
        IProject project = root.getProject(path.segment(0));
        if (!project.exists()) {
            project.create(null);
        }
        if (!project.isOpen()) {
            project.open(null);
        }
        if (path.segmentCount() == 1) {
            return project;
        }
        org.eclipse.core.resources.IFolder f = root.getFolder(path);
        org.eclipse.core.resources.IFolder[] chain = new org.eclipse.core.resources.IFolder[path.segmentCount() - 1];
        for (int i = 1; i < path.segmentCount(); i++) {
            chain[i - 1] = root.getFolder(path.uptoSegment(i + 1));
        }
        for (org.eclipse.core.resources.IFolder c : chain) {
            if (!c.exists()) {
                c.create(true, true, null);
            }
        }
        return f;
    }
}
