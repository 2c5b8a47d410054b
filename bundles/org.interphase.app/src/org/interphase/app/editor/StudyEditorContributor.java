package org.interphase.app.editor;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Connects Edit > Undo, Redo and Delete (Ctrl+Z, Ctrl+Y, Del) to the active Cell editor's command stack. */
public class StudyEditorContributor extends EditorActionBarContributor {

    private final StackAction undo = new StackAction(true);
    private final StackAction redo = new StackAction(false);
    private final Action delete = new Action("&Delete") {
        @Override
        public void run() {
            if (editor == null || editor.body() == null) {
                return;
            }
            IStructuredSelection s = editor.body().tree().getStructuredSelection();
            java.util.List<?> objects = s.toList().stream()
                    .filter(o -> o instanceof org.eclipse.emf.ecore.EObject).toList();
            Command c = DeleteCommand.create(editor.getEditingDomain(), objects);
            if (c.canExecute()) {
                editor.getEditingDomain().getCommandStack().execute(c);
            }
        }
    };
    private final Action report = new Action("Export Cell &Report...") {
        @Override
        public void run() {
            if (editor != null) {
                editor.exportReport();
            }
        }
    };
    private StudyEditor editor;

    @Override
    public void contributeToToolBar(org.eclipse.jface.action.IToolBarManager toolBar) {
        toolBar.add(report);
    }

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        if (editor != null) {
            editor.getEditingDomain().getCommandStack().removeCommandStackListener(undo);
        }
        editor = part instanceof StudyEditor s ? s : null;
        if (editor != null) {
            editor.getEditingDomain().getCommandStack().addCommandStackListener(undo);
        }
        undo.update();
    }

    /** Undo or redo on the active editor's stack; labels name the command ("Undo Set"). */
    private final class StackAction extends Action implements CommandStackListener {
        private final boolean isUndo;

        StackAction(boolean isUndo) {
            this.isUndo = isUndo;
        }

        @Override
        public void run() {
            if (editor == null) {
                return;
            }
            CommandStack stack = editor.getEditingDomain().getCommandStack();
            if (isUndo) {
                stack.undo();
            } else {
                stack.redo();
            }
        }

        @Override
        public void commandStackChanged(EventObject event) {
            update();
        }

        void update() {
            for (StackAction a : new StackAction[] { undo, redo }) {
                EditingDomain d = editor == null ? null : editor.getEditingDomain();
                CommandStack stack = d == null ? null : d.getCommandStack();
                Command next = stack == null ? null : a.isUndo ? stack.getUndoCommand() : stack.getRedoCommand();
                a.setEnabled(next != null && (a.isUndo ? stack.canUndo() : stack.canRedo()));
                String what = next == null || next.getLabel() == null ? "" : " " + next.getLabel();
                a.setText((a.isUndo ? "&Undo" : "&Redo") + what);
            }
        }
    }
}
