package org.interphase.eis.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.FitMonitor;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.SeriesFitter;
import org.interphase.eis.api.SeriesOptions;
import org.interphase.eis.api.SeriesResult;

/**
 * Fits a series as an Eclipse job. The job's monitor is the fitter's {@link FitMonitor}: Cancel stops the
 * fitter inside its iteration loop, and the progress bar advances per finished spectrum. A cancelled
 * series still delivers the spectra fitted so far (marked cancelled).
 */
public final class SeriesJob extends Job {

    private final Circuit circuit;
    private final List<ImpedanceData> spectra;
    private final double[] initial;
    private final SeriesOptions options;
    private final Consumer<SeriesResult> onResult;
    private final Consumer<Throwable> onError;

    public SeriesJob(Circuit circuit, List<ImpedanceData> spectra, double[] initial, SeriesOptions options,
            Consumer<SeriesResult> onResult, Consumer<Throwable> onError) {
        super("Series fit of " + circuit.text() + " to " + spectra.size() + " spectra");
        this.circuit = circuit;
        this.spectra = List.copyOf(spectra);
        this.initial = initial.clone();
        this.options = options;
        this.onResult = onResult;
        this.onError = onError;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        int total = options.shared().isEmpty() ? spectra.size() : 2 * spectra.size() + 1;
        monitor.beginTask(getName(), total);
        int[] reported = {0};
        FitMonitor m = new FitMonitor() {
            @Override
            public boolean isCanceled() {
                return monitor.isCanceled();
            }

            @Override
            public void worked(int done, int all) {
                synchronized (reported) {
                    monitor.worked(done - reported[0]);
                    reported[0] = done;
                    monitor.subTask(done + " of " + all);
                }
            }
        };
        try {
            SeriesResult r = SeriesFitter.fit(circuit, spectra, initial, options, m);
            onResult.accept(r);
            return r.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (RuntimeException e) {
            onError.accept(e);
            return Status.info(getName() + " failed: " + e.getMessage());
        } finally {
            monitor.done();
        }
    }
}
