package org.interphase.xps.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.interphase.xps.api.FitOptions;
import org.interphase.xps.api.FitResult;
import org.interphase.xps.api.MonteCarlo;
import org.interphase.xps.api.PeakFitter;
import org.interphase.xps.api.PeakModel;
import org.interphase.xps.api.SeriesFitter;

/**
 * The editor's background work: a peak fit and a Monte Carlo error run (cancellable, with progress). Results
 * and errors are handed to the UI thread with {@link Display#asyncExec}.
 */
public final class FitJobs {

    private static final String PLUGIN = "org.interphase.xps.ui";

    private FitJobs() {
    }

    /**
     * A job fitting {@code model} to the points from..to of (x, y); a held background is the one
     * {@code xps-background} gives for that range ({@link PeakFitter#fit(double[], double[], int, int, PeakModel,
     * FitOptions)}).
     */
    public static Job fit(Display display, String label, double[] x, double[] y, int from, int to, PeakModel model,
            FitOptions options, Consumer<FitResult> done, Consumer<String> failed) {
        Job job = Job.create("Fitting XPS region " + label, (IProgressMonitor monitor) -> {
            monitor.beginTask("Levenberg-Marquardt fit", IProgressMonitor.UNKNOWN);
            try {
                FitResult r = PeakFitter.fit(x, y, from, to, model, options);
                post(display, () -> done.accept(r));
                return Status.OK_STATUS;
            } catch (RuntimeException e) {
                post(display, () -> failed.accept("Fit failed: " + e.getMessage()));
                return new Status(IStatus.WARNING, PLUGIN, "XPS fit failed: " + e.getMessage(), e);
            } finally {
                monitor.done();
            }
        });
        job.setUser(true);
        reportCancelBeforeStart(display, job, failed, "Fit");
        return job;
    }

    /** A job fitting one model jointly to a series (shared parameters named by {@code shared}). */
    public static Job series(Display display, String label, List<SeriesFitter.Member> members, PeakModel model,
            Set<String> shared, Consumer<SeriesFitter.Result> done, Consumer<String> failed) {
        Job job = Job.create("Fitting XPS series " + label, (IProgressMonitor monitor) -> {
            monitor.beginTask("Joint fit of " + members.size() + " spectra", IProgressMonitor.UNKNOWN);
            try {
                SeriesFitter.Result r = SeriesFitter.fit(members, model, shared, FitOptions.Weighting.POISSON,
                        monitor::isCanceled);
                post(display, () -> done.accept(r));
                return Status.OK_STATUS;
            } catch (java.util.concurrent.CancellationException e) {
                post(display, () -> failed.accept("Series fit cancelled."));
                return Status.CANCEL_STATUS;
            } catch (RuntimeException e) {
                post(display, () -> failed.accept("Series fit failed: " + e.getMessage()));
                return new Status(IStatus.WARNING, PLUGIN, "XPS series fit failed: " + e.getMessage(), e);
            } finally {
                monitor.done();
            }
        });
        job.setUser(true);
        reportCancelBeforeStart(display, job, failed, "Series fit");
        return job;
    }

    /**
     * A cancellable job of {@code trials} Monte Carlo refits from the best fit, made on {@code window} of the
     * region (its held background recomputed as the fit computed it; null: on the fitted points alone).
     */
    public static Job monteCarlo(Display display, String label, FitResult best, MonteCarlo.Window window, int trials,
            Consumer<MonteCarlo.Result> done, Consumer<String> failed) {
        Job job = Job.create("Monte Carlo errors of " + label, (IProgressMonitor monitor) -> {
            monitor.beginTask(trials + " Monte Carlo refits", trials);
            int[] reported = { 0 };
            try {
                MonteCarlo.Result r = MonteCarlo.run(best, window, new MonteCarlo.Options(trials, 20_260_101L,
                        Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()))), Map.of(), (d, t) -> {
                            monitor.worked(d - reported[0]);
                            reported[0] = d;
                            return !monitor.isCanceled();
                        });
                post(display, () -> done.accept(r));
                return r.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            } catch (RuntimeException e) {
                post(display, () -> failed.accept("Monte Carlo failed: " + e.getMessage()));
                return new Status(IStatus.WARNING, PLUGIN, "XPS Monte Carlo failed: " + e.getMessage(), e);
            } finally {
                monitor.done();
            }
        });
        job.setUser(true);
        reportCancelBeforeStart(display, job, failed, "Monte Carlo");
        return job;
    }

    /** A job cancelled before it ran never calls back: tell the editor so it does not wait for it. */
    private static void reportCancelBeforeStart(Display display, Job job, Consumer<String> failed, String what) {
        java.util.concurrent.atomic.AtomicBoolean ran = new java.util.concurrent.atomic.AtomicBoolean();
        job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void running(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                ran.set(true);
            }

            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                if (!ran.get()) {
                    post(display, () -> failed.accept(what + " cancelled before it started."));
                }
            }
        });
    }

    private static void post(Display display, Runnable r) {
        if (!display.isDisposed()) {
            display.asyncExec(r);
        }
    }
}
