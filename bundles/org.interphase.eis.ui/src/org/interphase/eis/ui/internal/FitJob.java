package org.interphase.eis.ui.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.CnlsFitter;
import org.interphase.eis.api.FitOptions;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.ImpedanceData;

/**
 * Runs one CNLS fit as an Eclipse job. The fitter has no cancellation hook, so the fit runs on a worker
 * thread and the job polls its monitor: on cancel the job ends at once with CANCEL and the result is
 * discarded (the worker finishes its bounded LM iterations in the background). The callbacks run on the
 * job's thread; callers move to the UI thread themselves.
 */
public final class FitJob extends Job {

    /** Bundle id used in statuses. */
    static final String PLUGIN = "org.interphase.eis.ui";

    private final Circuit circuit;
    private final ImpedanceData data;
    private final double[] initial;
    private final FitOptions options;
    private final Consumer<FitResult> onResult;
    private final Consumer<Throwable> onError;

    public FitJob(Circuit circuit, ImpedanceData data, double[] initial, FitOptions options,
            Consumer<FitResult> onResult, Consumer<Throwable> onError) {
        super("CNLS fit of " + circuit.text());
        this.circuit = circuit;
        this.data = data;
        this.initial = initial.clone();
        this.options = options;
        this.onResult = onResult;
        this.onError = onError;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask("Fitting " + circuit.text() + " to " + data.size() + " points (" + options.starts()
                + " starts)", IProgressMonitor.UNKNOWN);
        CompletableFuture<FitResult> future = CompletableFuture
                .supplyAsync(() -> CnlsFitter.fit(circuit, data, initial, options));
        try {
            while (true) {
                if (monitor.isCanceled()) {
                    future.cancel(true);
                    return Status.CANCEL_STATUS;
                }
                try {
                    FitResult r = future.get(50, TimeUnit.MILLISECONDS);
                    onResult.accept(r);
                    return Status.OK_STATUS;
                } catch (TimeoutException e) {
                    monitor.worked(1); // still fitting
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            onError.accept(cause);
            // reported in the editor by onError; an OK status avoids a second (modal) error dialog
            return Status.info("fit failed: " + cause.getMessage());
        } finally {
            monitor.done();
        }
    }
}
