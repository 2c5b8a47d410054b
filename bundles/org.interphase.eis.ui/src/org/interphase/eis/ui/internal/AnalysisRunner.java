package org.interphase.eis.ui.internal;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Control;

/**
 * The one analysis job a panel may have running: starting a new one cancels the old, results and errors
 * reach the panel on the UI thread (and only while it exists), and the panel hears when running starts and
 * stops and when a run was cancelled.
 *
 * @param <T> the result type
 */
final class AnalysisRunner<T> {

    private final Control owner;
    private final Consumer<Boolean> runningChanged;
    private final Runnable cancelled;
    private AnalysisJob<T> job;

    AnalysisRunner(Control owner, Consumer<Boolean> runningChanged, Runnable cancelled) {
        this.owner = owner;
        this.runningChanged = runningChanged;
        this.cancelled = cancelled;
    }

    /** Cancels a running job and starts {@code work} as a new one. */
    void start(String name, Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onError) {
        cancel();
        AnalysisJob<T> j = new AnalysisJob<>(name, work, r -> ui(() -> onResult.accept(r)),
                t -> ui(() -> onError.accept(t)));
        j.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                ui(() -> {
                    if (job == j) {
                        job = null;
                        runningChanged.accept(false);
                        if (event.getResult().getSeverity() == IStatus.CANCEL) {
                            cancelled.run();
                        }
                    }
                });
            }
        });
        job = j;
        runningChanged.accept(true);
        j.schedule();
    }

    /** Cancels the running job, if any. */
    void cancel() {
        AnalysisJob<T> j = job;
        if (j != null) {
            job = null;
            j.cancel();
            runningChanged.accept(false);
        }
    }

    /** Whether a job is running. */
    boolean running() {
        return job != null;
    }

    private void ui(Runnable r) {
        if (!owner.isDisposed()) {
            owner.getDisplay().asyncExec(() -> {
                if (!owner.isDisposed()) {
                    r.run();
                }
            });
        }
    }
}
