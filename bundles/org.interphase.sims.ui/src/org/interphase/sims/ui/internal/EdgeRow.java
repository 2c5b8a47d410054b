package org.interphase.sims.ui.internal;

import java.util.Locale;
import java.util.Optional;

import org.interphase.sims.api.Edge;
import org.interphase.sims.api.EdgeDirection;
import org.interphase.sims.api.EdgeFit;

/**
 * One edge of one signal: the interpolated crossings and, when it converged, the erf fit.
 *
 * @param signal   index of the signal in the profile
 * @param label    its label
 * @param edge     the interpolated edge
 * @param fit      the erf fit, empty when it failed
 * @param fitError why the fit failed ("" when it did not)
 */
public record EdgeRow(int signal, String label, Edge edge, Optional<EdgeFit> fit, String fitError) {

    /** Rising or falling. */
    public EdgeDirection direction() {
        return edge.direction();
    }

    /** Whether {@code method} has a value for this edge. */
    public boolean has(EdgeMethod method) {
        return method == EdgeMethod.INTERPOLATION || fit.isPresent();
    }

    /** 50 % position (s). */
    public double t50(EdgeMethod method) {
        return method == EdgeMethod.ERF_FIT ? fit.map(EdgeFit::centre).orElse(Double.NaN) : edge.t50();
    }

    /** Standard uncertainty of the 50 % position (s). */
    public double t50Error(EdgeMethod method) {
        return method == EdgeMethod.ERF_FIT ? fit.map(EdgeFit::centreError).orElse(Double.NaN) : edge.t50Error();
    }

    /** 16-84 % width (s). */
    public double width(EdgeMethod method) {
        return method == EdgeMethod.ERF_FIT ? fit.map(EdgeFit::width).orElse(Double.NaN)
                : edge.width().orElse(Double.NaN);
    }

    /** Standard uncertainty of the width (s). */
    public double widthError(EdgeMethod method) {
        return method == EdgeMethod.ERF_FIT ? fit.map(EdgeFit::widthError).orElse(Double.NaN) : edge.widthError();
    }

    /** E.g. "Pb+ falling". */
    public String name() {
        return label + " " + direction().name().toLowerCase(Locale.ROOT);
    }
}
