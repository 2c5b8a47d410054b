package org.interphase.eis.internal.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.FitFlag;
import org.interphase.eis.api.FitMonitor;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.FittedParameter;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.SeriesOptions;
import org.interphase.eis.api.SeriesResult;

/**
 * Series fits: each spectrum warm-started from the previous one's result; optionally a joint fit with shared
 * parameters ({@link JointFit}). The series is cut into contiguous segments whose bounds depend only on its
 * length (at most {@value #SEGMENT} spectra each, each segment started like the first spectrum), and worker
 * threads take whole segments: the results are the same for any number of threads. After every fit,
 * interchangeable blocks are relabelled by relaxation time ({@link CanonicalOrder}) so labels stay put
 * along the series.
 */
public final class SeriesEngine {

    /** Longest warm-started run; a longer series is cut into equal segments of at most this length. */
    static final int SEGMENT = 64;

    private SeriesEngine() {
    }

    public static SeriesResult fit(Circuit c, List<ImpedanceData> spectra, Optional<double[]> initial, SeriesOptions o,
            FitMonitor monitor) {
        long t0 = System.nanoTime();
        int n = spectra.size();
        if (n == 0) {
            throw new IllegalArgumentException("no spectra to fit");
        }
        for (String name : o.shared()) {
            if (c.indexOf(name) < 0) {
                throw new IllegalArgumentException("no parameter " + name + " in " + c.text() + " " + c.parameterNames());
            }
        }
        if (!o.shared().isEmpty()) {
            JointFit.checkSize(c, spectra, o);
        }
        Optional<CanonicalOrder> order = o.shared().isEmpty() ? CanonicalOrder.of(c, o.shared()) : Optional.empty();
        int segments = (n + SEGMENT - 1) / SEGMENT;
        int threads = o.shared().isEmpty() ? Math.min(o.threads(), segments) : 1;
        FitResult[] out = new FitResult[n];
        AtomicInteger done = new AtomicInteger();
        AtomicInteger nextSegment = new AtomicInteger();
        int total = o.shared().isEmpty() ? n : 2 * n + 1;
        Runnable worker = () -> {
            for (int k = nextSegment.getAndIncrement(); k < segments && !monitor.isCanceled();
                    k = nextSegment.getAndIncrement()) {
                int from = (int) ((long) n * k / segments);
                int to = (int) ((long) n * (k + 1) / segments);
                run(c, spectra, initial, o, order, monitor, out, from, to, done, total);
            }
        };
        if (threads == 1) {
            worker.run();
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "eis-series");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int k = 0; k < threads; k++) {
                    futures.add(pool.submit(worker));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("series fit interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        boolean complete = java.util.Arrays.stream(out).allMatch(r -> r != null && !r.has(FitFlag.CANCELLED));
        List<FittedParameter> shared = List.of();
        double joint = Double.NaN;
        if (complete && !o.shared().isEmpty() && !monitor.isCanceled()) {
            JointFit.Outcome j = JointFit.fit(c, spectra, out, o, monitor, done, total);
            if (j != null) {
                shared = j.shared();
                joint = j.chiSquare();
                System.arraycopy(j.fits(), 0, out, 0, n);
                complete = j.complete();
            } else {
                complete = false;
            }
        }
        List<String> labels = new ArrayList<>();
        List<Integer> cycles = new ArrayList<>();
        List<FitResult> fits = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (out[i] != null) {
                labels.add(spectra.get(i).label());
                cycles.add(spectra.get(i).cycle().orElse(i + 1));
                fits.add(out[i]);
            }
        }
        return new SeriesResult(c.text(), labels, cycles, fits, shared, joint, !complete, System.nanoTime() - t0,
                order.map(CanonicalOrder::description).orElse(""));
    }

    private static void run(Circuit c, List<ImpedanceData> spectra, Optional<double[]> initial, SeriesOptions o,
            Optional<CanonicalOrder> order, FitMonitor monitor, FitResult[] out, int from, int to, AtomicInteger done,
            int total) {
        FitResult prev = null;
        for (int i = from; i < to && !monitor.isCanceled(); i++) {
            ImpedanceData d = spectra.get(i);
            boolean warm = o.warmStart() && prev != null;
            FitResult fitted;
            if (warm) {
                fitted = FitEngine.fit(c, d, prev.values(), o.fit().withStarts(o.warmStarts()), monitor);
            } else if (initial.isPresent()) {
                fitted = FitEngine.fit(c, d, initial.get().clone(), o.fit(), monitor);
            } else {
                fitted = AutoStart.fit(c, d, o.fit(), monitor);
            }
            FitResult r = order.isPresent() && usable(fitted) ? order.get().apply(fitted) : fitted;
            out[i] = r;
            if (usable(r)) {
                prev = r;
            }
            monitor.worked(done.incrementAndGet(), total);
        }
    }

    /** A result good enough to start the next spectrum from. */
    static boolean usable(FitResult r) {
        return !r.has(FitFlag.CANCELLED) && Double.isFinite(r.chiSquare())
                && java.util.Arrays.stream(r.values()).allMatch(Double::isFinite);
    }
}
