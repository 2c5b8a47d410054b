package org.interphase.eis.api;

/**
 * Progress and cancellation hook of fits: the fitter polls {@link #isCanceled()} once per
 * Levenberg-Marquardt iteration (so an editor's job really stops), series report finished spectra.
 * Implementations must be thread-safe (series fits run on several threads).
 */
public interface FitMonitor {

    /** A monitor that never cancels and ignores progress. */
    FitMonitor NONE = () -> false;

    /** Whether the work should stop as soon as possible. */
    boolean isCanceled();

    /** {@code done} of {@code total} units finished (spectra in a series). */
    default void worked(int done, int total) {
    }
}
