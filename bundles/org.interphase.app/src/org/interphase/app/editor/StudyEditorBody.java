package org.interphase.app.editor;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.interphase.model.Cell;
import org.interphase.model.Study;
import org.interphase.ui.emf.ItemProviderContentProvider;
import org.interphase.ui.emf.ItemProviderLabelProvider;

/**
 * The Cell editor's content, independent of the workbench part so it can be tested in a plain Shell: the
 * study tree (cells, layers, interfaces, interphases, cycle states, measurements), a form for the
 * selected object and the schematic of the selected cell's layer stack.
 */
public class StudyEditorBody extends Composite {

    private final TreeViewer tree;
    private final ObjectForm form;
    private final StackSchematic schematic;
    private final Resource resource;
    private final EContentAdapter listener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification n) {
            super.notifyChanged(n);
            if (!n.isTouch()) {
                getDisplay().asyncExec(StudyEditorBody.this::modelChanged);
            }
        }
    };

    public StudyEditorBody(Composite parent, EditingDomain domain, ComposedAdapterFactory factory, Resource resource) {
        super(parent, SWT.NONE);
        this.resource = resource;
        setLayout(new FillLayout());
        SashForm sash = new SashForm(this, SWT.HORIZONTAL);
        tree = new TreeViewer(sash, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.setContentProvider(StudyTree.content(new ItemProviderContentProvider(factory)));
        tree.setLabelProvider(StudyTree.labels(new ItemProviderLabelProvider(factory)));
        tree.setAutoExpandLevel(4);
        tree.setInput(resource);
        form = new ObjectForm(sash, domain, factory);
        schematic = new StackSchematic(sash);
        sash.setWeights(26, 36, 38);
        tree.addSelectionChangedListener(e -> selectionChanged((IStructuredSelection) e.getStructuredSelection()));
        resource.eAdapters().add(listener);
        addDisposeListener(e -> resource.eAdapters().remove(listener));
        Study study = study();
        if (study != null && !study.getCells().isEmpty()) {
            tree.setSelection(new StructuredSelection(study.getCells().get(0)), true);
        }
    }

    /** The study tree; its selection is the editor's selection. */
    public TreeViewer tree() {
        return tree;
    }

    public ObjectForm form() {
        return form;
    }

    public StackSchematic schematic() {
        return schematic;
    }

    /** The study shown, or null when the resource is empty. */
    public Study study() {
        return resource.getContents().isEmpty() ? null : (Study) resource.getContents().get(0);
    }

    private void selectionChanged(IStructuredSelection selection) {
        Object first = selection.getFirstElement();
        if (first instanceof StudyTree.Group g) {
            first = g.owner();
        }
        form.show(first instanceof EObject o ? o : null);
        schematic.show(cellOf(first), first);
    }

    private void modelChanged() {
        if (isDisposed()) {
            return;
        }
        tree.refresh(true);
        form.refresh();
        Object first = tree.getStructuredSelection().getFirstElement();
        if (first instanceof StudyTree.Group g) {
            first = g.owner();
        }
        Cell cell = cellOf(first);
        schematic.show(cell != null ? cell : schematic.cell(), first);
    }

    private Cell cellOf(Object element) {
        Object o = element;
        while (o instanceof EObject e) {
            if (e instanceof Cell c) {
                return c;
            }
            o = e.eContainer();
        }
        Study study = study();
        return study == null || study.getCells().isEmpty() ? null : study.getCells().get(0);
    }
}
