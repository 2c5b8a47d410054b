package org.interphase.app.internal;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.interphase.app.demo.DemoProject;

/** Workbench lifecycle: IDE adapters for Project Explorer, the demo study on start, workspace save on exit. */
public class InterphaseWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        IDE.registerAdapters();
        configurer.setSaveAndRestore(false);
    }

    /** The workspace root is the page input, so Project Explorer shows the workspace's projects. */
    @Override
    public org.eclipse.core.runtime.IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return InterphasePerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new InterphaseWindowAdvisor(configurer);
    }

    private IFile demo;
    private CoreException demoFailure;

    /** Installs the demo project before the first window opens, so Project Explorer shows it at once. */
    @Override
    public void preStartup() {
        if (Boolean.getBoolean("interphase.noDemo")) {
            return;
        }
        try {
            demo = DemoProject.ensureInstalled(ResourcesPlugin.getWorkspace(), null);
        } catch (CoreException e) {
            demoFailure = e;
        }
    }

    @Override
    public void postStartup() {
        IWorkbenchPage page = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getActivePage();
        if (page == null || (demo == null && demoFailure == null)) {
            return;
        }
        try {
            if (demoFailure != null) {
                throw demoFailure;
            }
            IDE.openEditor(page, demo, true);
            if (Boolean.getBoolean("interphase.reportStartup")) {
                page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> System.out.println(
                        "interphase: ready with the demo study after " + (System.currentTimeMillis()
                                - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms"));
            }
        } catch (CoreException e) {
            IStatus status = Status.error("The demo study could not be opened: " + e.getMessage(), e);
            ILog.of(getClass()).log(status);
            ErrorDialog.openError(page.getWorkbenchWindow().getShell(), "Demo study", null, status);
        }
    }

    @Override
    public boolean preShutdown() {
        try {
            getWorkbenchConfigurer().getWorkbench().getProgressService().run(false, false,
                    monitor -> {
                        try {
                            ResourcesPlugin.getWorkspace().save(true, monitor);
                        } catch (CoreException e) {
                            throw new InvocationTargetException(e);
                        }
                    });
        } catch (InvocationTargetException | InterruptedException e) {
            ILog.of(getClass()).log(Status.error("The workspace could not be saved", e));
        }
        return true;
    }
}
