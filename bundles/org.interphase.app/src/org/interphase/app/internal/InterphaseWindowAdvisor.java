package org.interphase.app.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Window size, title and bars of the main window. */
public class InterphaseWindowAdvisor extends WorkbenchWindowAdvisor {

    public InterphaseWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new InterphaseActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 860));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(false);
        configurer.setTitle("Interphase Workbench");
    }

    @Override
    public void postWindowOpen() {
        var shell = getWindowConfigurer().getWindow().getShell();
        // Fill the screen even where no window manager honours "maximised" (e.g. a bare X server).
        shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
        shell.setMaximized(true);
    }
}
