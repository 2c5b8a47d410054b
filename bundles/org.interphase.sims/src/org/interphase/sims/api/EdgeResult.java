package org.interphase.sims.api;

import java.util.Optional;

/**
 * One edge of a signal: the interpolated crossings and, when it converged, the step fit.
 *
 * @param edge     the interpolated edge
 * @param fit      the fit, empty when it failed
 * @param fitError why the fit failed ("" when it did not)
 */
public record EdgeResult(Edge edge, Optional<EdgeFit> fit, String fitError) {

    /** Rising or falling. */
    public EdgeDirection direction() {
        return edge.direction();
    }
}
