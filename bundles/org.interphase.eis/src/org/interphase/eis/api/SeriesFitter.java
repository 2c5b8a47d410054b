package org.interphase.eis.api;

import java.util.List;
import java.util.Optional;

import org.interphase.eis.internal.fit.SeriesEngine;

/**
 * Fits one circuit to a series of spectra (several measurements of a cell, or all loops of a multi-loop
 * file), each warm-started from the previous spectrum's result, optionally on several threads and
 * optionally with parameters shared across the series (one joint fit). Cancellable through the
 * {@link FitMonitor}, which also receives the number of finished spectra.
 */
public final class SeriesFitter {

    private SeriesFitter() {
    }

    /** Fits from {@code initial} (circuit order) for the first spectrum of each run. */
    public static SeriesResult fit(Circuit circuit, List<ImpedanceData> spectra, double[] initial, SeriesOptions options,
            FitMonitor monitor) {
        return SeriesEngine.fit(circuit, spectra, Optional.of(initial.clone()), options, monitor);
    }

    /** Fits from data-driven guesses for the first spectrum of each run (and wherever a warm start fails). */
    public static SeriesResult fit(Circuit circuit, List<ImpedanceData> spectra, SeriesOptions options,
            FitMonitor monitor) {
        return SeriesEngine.fit(circuit, spectra, Optional.empty(), options, monitor);
    }
}
