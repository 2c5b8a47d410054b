package org.interphase.app.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * Project Explorer left, editors in the upper 55 %, the Interface Timeline (the product's signature view) in the
 * lower 45 % with two thirds of the width (a technique editor keeps room for its plots; double-click a tab to
 * maximise either), Properties / Progress / Error Log stacked to its right.
 */
public class InterphasePerspective implements IPerspectiveFactory {

    public static final String ID = "org.interphase.app.perspective";

    static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
    static final String ERROR_LOG = "org.eclipse.pde.runtime.LogView";
    static final String TIMELINE = "org.interphase.app.timeline";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.15f, editors);
        left.addView(PROJECT_EXPLORER);
        IFolderLayout timeline = layout.createFolder("timeline", IPageLayout.BOTTOM, 0.55f, editors);
        timeline.addView(TIMELINE);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.RIGHT, 0.68f, "timeline");
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
        bottom.addView(ERROR_LOG);
        layout.addShowViewShortcut(PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
        layout.addShowViewShortcut(ERROR_LOG);
        layout.addShowViewShortcut(TIMELINE);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addNewWizardShortcut(org.interphase.app.study.NewStudyWizard.ID);
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
    }
}
