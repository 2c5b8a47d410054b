package org.interphase.eis.ui.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Runs one headless analysis (Kramers-Kronig test, DRT) as a cancellable Eclipse job. The
 * computation runs on a worker thread and the job polls its monitor, so Cancel ends the job at once and the
 * result is discarded. Callbacks run on the job's thread.
 *
 * @param <T> the result type
 */
public final class AnalysisJob<T> extends Job {

    private final Supplier<T> work;
    private final Consumer<T> onResult;
    private final Consumer<Throwable> onError;

    public AnalysisJob(String name, Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onError) {
        super(name);
        this.work = work;
        this.onResult = onResult;
        this.onError = onError;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        CompletableFuture<T> future = CompletableFuture.supplyAsync(work);
        try {
            while (true) {
                if (monitor.isCanceled()) {
                    future.cancel(true);
                    return Status.CANCEL_STATUS;
                }
                try {
                    onResult.accept(future.get(50, TimeUnit.MILLISECONDS));
                    return Status.OK_STATUS;
                } catch (TimeoutException e) {
                    monitor.worked(1);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            onError.accept(cause);
            // shown in the editor by onError; an info status avoids a modal error dialog
            return Status.info(getName() + " failed: " + cause.getMessage());
        } finally {
            monitor.done();
        }
    }
}
