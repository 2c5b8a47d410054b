package org.interphase.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.interphase.model.Study;
import org.interphase.model.persistence.StudyStore;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Installs the demo study and its data files as the project "Demo" of the workspace on first start. */
public final class DemoProject {

    /** Name of the workspace project. */
    public static final String PROJECT = "Demo";
    /** Name of the study file inside the project. */
    public static final String STUDY_FILE = "demo.interphase";

    private DemoProject() {
    }

    /** Creates the project with data and study unless the study file already exists; returns the study file. */
    public static IFile ensureInstalled(IWorkspace workspace, IProgressMonitor monitor) throws CoreException {
        SubMonitor sub = SubMonitor.convert(monitor, "Installing the demo study", 4);
        IProject project = workspace.getRoot().getProject(PROJECT);
        if (!project.exists()) {
            project.create(sub.split(1));
        }
        if (!project.isOpen()) {
            project.open(sub.split(1));
        }
        IFile file = project.getFile(STUDY_FILE);
        if (!file.exists()) {
            Path folder = project.getLocation().toFile().toPath();
            // After a crash the workspace tree may not know a study that is on disk: reuse it, never redo the analyses.
            if (!Files.isRegularFile(folder.resolve(STUDY_FILE))) {
                try {
                    install(folder);
                } catch (IOException e) {
                    throw new CoreException(Status.error("The demo study could not be written to " + folder + ": "
                            + e.getMessage(), e));
                }
            }
            project.refreshLocal(IResource.DEPTH_INFINITE, sub.split(2));
        }
        return file;
    }

    /** Copies the demo data into {@code folder/data} and writes {@code folder/demo.interphase}. */
    public static Path install(Path folder) throws IOException {
        copyData(folder.resolve(DemoStudy.DATA));
        Study study = DemoStudy.create(folder);
        try {
            DemoAnalyses.addTo(study, folder);
        } catch (org.interphase.core.api.ImportException e) {
            throw new IOException(e.getMessage(), e);
        }
        Path file = folder.resolve(STUDY_FILE);
        StudyStore.save(study, file);
        return file;
    }

    /** Copies the data files shipped in this bundle's {@code demo/data} folder to {@code target}. */
    public static void copyData(Path target) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(DemoProject.class);
        if (bundle == null) {
            throw new IOException("the demo data are only available inside the running workbench");
        }
        Enumeration<URL> entries = bundle.findEntries("demo/data", "*", true);
        if (entries == null) {
            throw new IOException("the demo data are missing from bundle " + bundle.getSymbolicName());
        }
        while (entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String path = url.getPath();
            if (path.endsWith("/")) {
                continue;
            }
            Path to = target.resolve(path.substring(path.indexOf("demo/data/") + "demo/data/".length()));
            Files.createDirectories(to.getParent());
            try (InputStream in = url.openStream()) {
                Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
