package org.interphase.tomo.api;

import java.util.concurrent.CancellationException;

/**
 * Progress and cancellation of whole-volume passes. The computations call {@link #slice} after every slice
 * they finish (from worker threads, so implementations must be thread-safe); when it returns
 * {@code false} the pass stops within one slice per worker and throws {@link CancellationException}.
 */
@FunctionalInterface
public interface Progress {

    /** No reporting, never cancelled. */
    Progress NONE = (done, total) -> true;

    /**
     * @param done  slices finished so far in this pass
     * @param total slices of this pass
     * @return {@code false} to cancel
     */
    boolean slice(int done, int total);

    /** Throws {@link CancellationException} when {@link #slice} says stop. */
    default void check(int done, int total) {
        if (!slice(done, total)) {
            throw new CancellationException("cancelled after " + done + " of " + total + " slices");
        }
    }
}
