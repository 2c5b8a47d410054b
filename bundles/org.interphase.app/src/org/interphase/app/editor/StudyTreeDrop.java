package org.interphase.app.editor;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.ui.part.ResourceTransfer;
import org.interphase.app.imports.ImportTarget;
import org.interphase.model.Study;

/**
 * Files and folders dropped on the Cell editor's tree, from the desktop ({@link FileTransfer}) or Project Explorer
 * ({@link ResourceTransfer}, {@link LocalSelectionTransfer} of resources): the import wizard opens preset to the
 * cell, interface or cycle state under the pointer. Drops are always copies of the reference, never moves.
 */
public final class StudyTreeDrop extends ViewerDropAdapter {

    /** Opens the import for a target and files (the wizard in the editor; tests drive it directly). */
    @FunctionalInterface
    public interface Opener {
        void open(ImportTarget target, List<Path> files);
    }

    private final EditingDomain domain;
    private final Supplier<Study> study;
    private final Opener opener;

    private StudyTreeDrop(TreeViewer tree, EditingDomain domain, Supplier<Study> study, Opener opener) {
        super(tree);
        this.domain = domain;
        this.study = study;
        this.opener = opener;
        setFeedbackEnabled(false);
    }

    /** Adds drop support for files and resources to {@code tree}; returns the adapter. */
    public static StudyTreeDrop install(TreeViewer tree, EditingDomain domain, Supplier<Study> study, Opener opener) {
        StudyTreeDrop drop = new StudyTreeDrop(tree, domain, study, opener);
        tree.addDropSupport(DND.DROP_COPY | DND.DROP_LINK | DND.DROP_MOVE | DND.DROP_DEFAULT, new Transfer[] {
                FileTransfer.getInstance(), ResourceTransfer.getInstance(), LocalSelectionTransfer.getTransfer() }, drop);
        return drop;
    }

    @Override
    public boolean validateDrop(Object target, int operation, TransferData type) {
        boolean supported = FileTransfer.getInstance().isSupportedType(type)
                || ResourceTransfer.getInstance().isSupportedType(type)
                || LocalSelectionTransfer.getTransfer().isSupportedType(type)
                        && !paths(LocalSelectionTransfer.getTransfer().getSelection()).isEmpty();
        if (supported && operation != DND.DROP_COPY && operation != DND.DROP_LINK) {
            overrideOperation(DND.DROP_COPY); // a move would let the file manager delete the source
        }
        return supported;
    }

    @Override
    public boolean performDrop(Object data) {
        return handle(getCurrentTarget(), data);
    }

    /**
     * Handles dropped {@code data} (a {@link FileTransfer} path array, resources or a selection of them) on the tree
     * element {@code target}: opens the import preset to it. Returns whether there was anything to import.
     */
    public boolean handle(Object target, Object data) {
        List<Path> files = paths(data);
        if (files.isEmpty()) {
            return false;
        }
        Object element = target instanceof StudyTree.Group g ? g.owner() : target;
        opener.open(ImportTarget.of(domain, study.get(), element), files);
        return true;
    }

    /** The local paths in dropped data; resources without a local location are skipped. */
    static List<Path> paths(Object data) {
        List<Path> result = new ArrayList<>();
        if (data instanceof String[] names) {
            for (String n : names) {
                result.add(Path.of(n));
            }
        } else if (data instanceof Object[] objects) {
            for (Object o : objects) {
                add(o, result);
            }
        } else if (data instanceof IStructuredSelection s) {
            for (Object o : s.toList()) {
                add(o, result);
            }
        }
        return result;
    }

    private static void add(Object o, List<Path> result) {
        if (o instanceof File f) {
            result.add(f.toPath());
            return;
        }
        if (o instanceof Path p) {
            result.add(p);
            return;
        }
        IResource r = Adapters.adapt(o, IResource.class);
        if (r != null && r.getLocation() != null) {
            result.add(r.getLocation().toFile().toPath());
        }
    }
}
