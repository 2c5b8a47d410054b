package org.interphase.eis.api;

import java.util.List;

/**
 * A physical quantity derived from fitted parameters, with its standard error propagated from the fit's
 * covariance (first order, sigma^2 = g^T Cov g with g the gradient in the parameters used).
 *
 * @param name          short name, e.g. "Ceff(R1,CPE1)"
 * @param kind          what it is
 * @param value         the value
 * @param standardError 1-sigma error (NaN when an input has no uncertainty estimate, e.g. on a bound)
 * @param unit          unit
 * @param from          the fitted parameters it depends on
 */
public record PhysicalQuantity(String name, Kind kind, double value, double standardError, String unit,
        List<String> from) {

    /** Kinds of derived quantities. */
    public enum Kind {
        /** Effective capacitance of an R || CPE element (Brug et al. 1984). */
        EFFECTIVE_CAPACITANCE,
        /** Characteristic (relaxation) frequency of an R || CPE or R || C element. */
        RELAXATION_FREQUENCY,
        /** Ionic conductivity from a bulk resistance and the pellet geometry. */
        IONIC_CONDUCTIVITY
    }

    public PhysicalQuantity {
        from = List.copyOf(from);
    }
}
