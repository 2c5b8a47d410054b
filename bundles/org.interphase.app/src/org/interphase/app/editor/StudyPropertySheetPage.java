package org.interphase.app.editor;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The Cell editor's Properties page: the platform's page with the Property column widened to the longest name shown
 * (the platform gives it 40 % of the view, which cut "Fabrication pressure (MPa)" to "Fabrication pressur" in the
 * product at 1366×768), at most 60 % of the view so values keep room.
 */
public final class StudyPropertySheetPage extends PropertySheetPage {

    private static final int PADDING = 12;

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        // the view is sized after its first selection, and the platform's viewer sets its column widths on resize:
        // fit again once that is done
        Control control = getControl();
        control.addListener(SWT.Resize, e -> control.getDisplay().asyncExec(this::fitNames));
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        super.selectionChanged(part, selection);
        fitNames();
    }

    /** Widens the Property column to its longest name (never narrower than it is, never over 60 % of the view). */
    public void fitNames() {
        if (!(getControl() instanceof Tree tree) || tree.isDisposed() || tree.getColumnCount() < 2) {
            return;
        }
        int needed = 0;
        GC gc = new GC(tree);
        try {
            for (TreeItem item : tree.getItems()) {
                needed = Math.max(needed, item.getTextBounds(0).x + gc.textExtent(item.getText(0)).x + PADDING);
            }
        } finally {
            gc.dispose();
        }
        int width = tree.getClientArea().width;
        TreeColumn names = tree.getColumn(0);
        int target = Math.min(needed, width * 3 / 5);
        if (target > names.getWidth()) {
            TreeColumn values = tree.getColumn(1);
            values.setWidth(Math.max(values.getWidth() - (target - names.getWidth()), width - target));
            names.setWidth(target);
        }
    }
}
