package org.interphase.app.timeline;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.interphase.app.editor.StudyEditor;
import org.interphase.core.api.InterfaceTimeline;
import org.interphase.model.Interface;
import org.interphase.model.Interphase;

/**
 * The Interface Timeline view: follows the active Cell editor and the selected interface, and plots every
 * quantity the study holds for it against cycle number. Clicking a point selects its measurement in the
 * Cell editor and opens the technique editor.
 */
public class InterfaceTimelineView extends ViewPart {

    public static final String ID = "org.interphase.app.timeline";

    private TimelineBody body;
    private StudyEditor editor;
    private final CommandStackListener modelChanged = this::modelChanged;
    private final ISelectionListener selectionListener = this::selectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        body = new TimelineBody(parent);
        body.onPick(this::open);
        getSite().getPage().addPostSelectionListener(selectionListener);
        IEditorPart active = getSite().getPage().getActiveEditor();
        if (active != null) {
            selectionChanged(active, StructuredSelection.EMPTY);
        }
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part instanceof StudyEditor s && s != editor) {
            follow(s);
        }
        Object first = selection instanceof IStructuredSelection ss ? ss.getFirstElement() : null;
        Interface iface = first instanceof Interface i ? i : first instanceof Interphase ip && ip.eContainer() instanceof Interface i2 ? i2 : null;
        if (editor != null && editor.body() != null && (iface != null || body.selected() == null)) {
            body.setStudy(editor.body().study(), iface != null ? iface : body.selected());
        }
    }

    private void follow(StudyEditor next) {
        if (editor != null) {
            editor.getEditingDomain().getCommandStack().removeCommandStackListener(modelChanged);
        }
        editor = next;
        editor.getEditingDomain().getCommandStack().addCommandStackListener(modelChanged);
        if (editor.body() != null) {
            body.setStudy(editor.body().study(), null);
        }
    }

    private void modelChanged(EventObject e) {
        if (body != null && !body.isDisposed()) {
            body.getDisplay().asyncExec(() -> {
                if (!body.isDisposed()) {
                    body.refresh();
                }
            });
        }
    }

    private void open(InterfaceTimeline.Point point) {
        if (editor == null || editor.body() == null) {
            return;
        }
        getSite().getPage().activate(editor);
        editor.body().tree().setSelection(new StructuredSelection(point.measurement()), true);
        editor.openMeasurement(point.measurement());
    }

    @Override
    public void setFocus() {
        body.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        if (editor != null) {
            editor.getEditingDomain().getCommandStack().removeCommandStackListener(modelChanged);
        }
        super.dispose();
    }
}
