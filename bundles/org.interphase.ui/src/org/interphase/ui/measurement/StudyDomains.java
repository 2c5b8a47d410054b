package org.interphase.ui.measurement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;

/**
 * Finds the editing domain of the Cell editor that holds a study file, for technique editors restored after a
 * restart: the editor already open on the file, else the file's default editor opened in the background.
 */
public final class StudyDomains {

    private StudyDomains() {
    }

    /** The domain of the editor on {@code page} that edits {@code study}, opening one when {@code open} is set. */
    public static Optional<EditingDomain> find(IWorkbenchPage page, URI study, boolean open) {
        if (study == null || !study.isFile()) {
            return Optional.empty();
        }
        Path file = Path.of(study.toFileString()).toAbsolutePath().normalize();
        for (IEditorReference ref : page.getEditorReferences()) {
            if (isOn(ref, file)) {
                return domainOf(ref.getEditor(true));
            }
        }
        if (!open || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        IEditorDescriptor editor = PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor(file.getFileName().toString());
        if (editor == null) {
            return Optional.empty();
        }
        IFile[] inWorkspace = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
        try {
            IEditorInput input = inWorkspace.length > 0 ? new FileEditorInput(inWorkspace[0])
                    : new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(file.toUri()));
            return domainOf(page.openEditor(input, editor.getId(), false));
        } catch (PartInitException e) {
            return Optional.empty();
        }
    }

    private static boolean isOn(IEditorReference ref, Path file) {
        try {
            return ref.getEditorInput() instanceof IURIEditorInput u && u.getURI() != null
                    && "file".equals(u.getURI().getScheme())
                    && Path.of(u.getURI()).toAbsolutePath().normalize().equals(file);
        } catch (PartInitException | IllegalArgumentException e) {
            return false; // an editor whose input cannot be restored holds no study
        }
    }

    private static Optional<EditingDomain> domainOf(IEditorPart part) {
        if (part instanceof IEditingDomainProvider p) {
            return Optional.ofNullable(p.getEditingDomain());
        }
        return part == null ? Optional.empty() : Optional.ofNullable(part.getAdapter(EditingDomain.class));
    }
}
