package org.interphase.app.timeline;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
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
 * Cell editor and opens the technique editor (the view stays on its interface). The toolbar's Compact button
 * shows small multiples of every quantity.
 */
public class InterfaceTimelineView extends ViewPart {

    public static final String ID = "org.interphase.app.timeline";

    private TimelineBody body;
    private StudyEditor editor;
    private final CommandStackListener modelChanged = this::modelChanged;
    private final ISelectionListener selectionListener = this::selectionChanged;
    private final TimelineFollower follower = new TimelineFollower();

    @Override
    public void createPartControl(Composite parent) {
        body = new TimelineBody(parent);
        body.onPick(this::open);
        Action compact = new Action("Compact", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                body.setCompact(isChecked());
            }
        };
        compact.setToolTipText("Compact: small multiples of every quantity side by side on one cycle axis");
        getViewSite().getActionBars().getToolBarManager().add(compact);
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
        Interface named = first instanceof Interface i ? i
                : first instanceof Interphase ip && ip.eContainer() instanceof Interface i2 ? i2 : null;
        // a selection already followed (the tree's old one, re-reported when the editor is activated) is ignored
        Interface iface = follower.onSelection(named).orElse(null);
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
            body.setStudy(editor.body().study(), body.selected()); // keeps the interface if it is in this study
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
