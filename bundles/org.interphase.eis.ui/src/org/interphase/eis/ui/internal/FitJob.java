package org.interphase.eis.ui.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.CnlsFitter;
import org.interphase.eis.api.FitFlag;
import org.interphase.eis.api.FitOptions;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.ImpedanceData;

/**
 * Runs one CNLS fit as an Eclipse job. The job's monitor is the fitter's cancellation hook (polled once
 * per Levenberg-Marquardt iteration): on cancel the fit stops where it is, the job ends with CANCEL and
 * nothing is reported as a result. The callbacks run on the job's thread; callers move to the UI thread
 * themselves.
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
        try {
            // the fitter polls the monitor once per iteration, so Cancel really stops the computation
            FitResult r = CnlsFitter.fit(circuit, data, initial, options, monitor::isCanceled);
            if (r.has(FitFlag.CANCELLED)) {
                return Status.CANCEL_STATUS;
            }
            onResult.accept(r);
            return Status.OK_STATUS;
        } catch (RuntimeException e) {
            onError.accept(e);
            // reported in the editor by onError; an info status avoids a second (modal) error dialog
            return Status.info("fit failed: " + e.getMessage());
        } finally {
            monitor.done();
        }
    }
}
