package org.interphase.eis.api;

import java.util.Set;

/**
 * Settings of a series fit (one circuit over many spectra, e.g. the cycles of a cell).
 *
 * @param fit       options of each spectrum's fit; the first spectrum of each thread's run uses them as
 *                  given, warm-started spectra use {@code fit.withStarts(warmStarts)}
 * @param warmStart start each spectrum from the previous spectrum's result (else from data-driven
 *                  guesses or the given initial values)
 * @param warmStarts starts of a warm-started fit (1 = local fit from the previous result)
 * @param shared    parameter names fitted as one value for the whole series (a joint fit); empty = none
 * @param threads   worker threads; the series is split into this many contiguous runs, each warm-started
 *                  along its own run (ignored for joint fits, which are one problem)
 */
public record SeriesOptions(FitOptions fit, boolean warmStart, int warmStarts, Set<String> shared, int threads) {

    public SeriesOptions {
        shared = Set.copyOf(shared);
        if (threads < 1 || warmStarts < 1) {
            throw new IllegalArgumentException("threads and warmStarts must be at least 1");
        }
    }

    /** Warm starts, local warm fits, no shared parameters, one thread. */
    public static SeriesOptions of(FitOptions fit) {
        return new SeriesOptions(fit, true, 1, Set.of(), 1);
    }

    public SeriesOptions withThreads(int n) {
        return new SeriesOptions(fit, warmStart, warmStarts, shared, n);
    }

    public SeriesOptions withShared(Set<String> names) {
        return new SeriesOptions(fit, warmStart, warmStarts, names, threads);
    }

    public SeriesOptions withWarmStart(boolean on) {
        return new SeriesOptions(fit, on, warmStarts, shared, threads);
    }
}
