package org.interphase.app.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.widgets.Display;
import org.interphase.core.api.MeasurementImport;
import org.interphase.core.api.MeasurementImport.FileResult;
import org.interphase.core.api.MeasurementImport.Request;
import org.interphase.model.Cell;

/**
 * Reads the files of an import in the background (progress per file, cancel between files), then, on the display
 * thread, executes the one import command on the study's command stack and reports an {@link ImportSummary}.
 * Cancelling adds nothing.
 */
public final class ImportJob extends Job {

    private final ImportTarget target;
    private final Cell cell;
    private final List<Request> requests;
    private final MeasurementImport.Storage storage;
    private final Display display;
    private final Consumer<ImportSummary> done;

    public ImportJob(ImportTarget target, Cell cell, List<Request> requests, MeasurementImport.Storage storage,
            Display display, Consumer<ImportSummary> done) {
        super("Importing " + requests.size() + " measurement file" + (requests.size() == 1 ? "" : "s"));
        this.target = target;
        this.cell = cell;
        this.requests = List.copyOf(requests);
        this.storage = storage;
        this.display = display;
        this.done = done;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, getName(), requests.size());
        List<FileResult> results = MeasurementImport.read(requests, storage, target.copyDir(), (name, i, total) -> {
            sub.subTask(name + " (" + (i + 1) + " of " + total + ")");
            if (i > 0) {
                sub.worked(1);
            }
            return !sub.isCanceled();
        });
        boolean cancelled = monitor.isCanceled();
        refresh(target.copyDir());
        display.asyncExec(() -> {
            if (!cancelled) {
                Command c;
                try {
                    c = MeasurementImport.command(cell, requests, results);
                } catch (IllegalArgumentException e) { // the study changed while the files were read
                    done.accept(ImportSummary.refused("Nothing was added: " + e.getMessage()));
                    return;
                }
                if (!MeasurementImport.measurements(results).isEmpty() && c.canExecute()) {
                    target.domain().getCommandStack().execute(c);
                }
            }
            done.accept(ImportSummary.of(results, cancelled));
        });
        return cancelled ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    /** Lets Project Explorer show copies in data/. */
    private void refresh(Path dir) {
        if (storage != MeasurementImport.Storage.COPY || dir == null) {
            return;
        }
        try {
            for (IContainer c : ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(dir.toUri())) {
                c.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
            }
        } catch (CoreException | IllegalStateException e) {
            ILog.of(getClass()).log(Status.warning("Could not refresh " + dir, e));
        }
    }
}
