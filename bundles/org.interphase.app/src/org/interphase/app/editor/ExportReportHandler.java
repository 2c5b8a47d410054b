package org.interphase.app.editor;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Export Cell Report...: enabled whenever a study is open in the window, whichever editor is active. The
 * report is of the active Cell editor's study, else of the first open one.
 */
public class ExportReportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        studyEditor(HandlerUtil.getActiveWorkbenchWindow(event)).ifPresent(StudyEditor::exportReport);
        return null;
    }

    @Override
    public void setEnabled(Object context) {
        Object window = HandlerUtil.getVariable(context, ISources.ACTIVE_WORKBENCH_WINDOW_NAME);
        setBaseEnabled(window instanceof IWorkbenchWindow w && studyOpen(w));
    }

    /** Whether a Cell editor is open in the window (restored or not). */
    static boolean studyOpen(IWorkbenchWindow window) {
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        return page != null && Arrays.stream(page.getEditorReferences()).anyMatch(r -> StudyEditor.ID.equals(r.getId()));
    }

    /** The active Cell editor, else the first open one (restored if needed). */
    static Optional<StudyEditor> studyEditor(IWorkbenchWindow window) {
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return Optional.empty();
        }
        if (page.getActiveEditor() instanceof StudyEditor s) {
            return Optional.of(s);
        }
        return Arrays.stream(page.getEditorReferences()).filter(r -> StudyEditor.ID.equals(r.getId()))
                .map(r -> r.getEditor(true)).filter(Objects::nonNull).filter(StudyEditor.class::isInstance)
                .map(StudyEditor.class::cast).findFirst();
    }
}
