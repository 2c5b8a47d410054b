package org.interphase.sims.api;

/** An edge could not be fitted: too few points in the window, or the optimiser did not converge. */
public class EdgeFitException extends Exception {

    private static final long serialVersionUID = 1L;

    public EdgeFitException(String message) {
        super(message);
    }

    public EdgeFitException(String message, Throwable cause) {
        super(message, cause);
    }
}
