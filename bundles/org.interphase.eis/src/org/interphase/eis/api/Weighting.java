package org.interphase.eis.api;

/**
 * How residuals are weighted in the CNLS sum S = sum_i w_i [(X'_model - X'_i)^2 + (X''_model - X''_i)^2]
 * (X = Z, or Y when fitting the admittance), written in the code as residuals r = (X_model - X_data) / sigma
 * per component, w = 1/sigma^2.
 */
public enum Weighting {
    /** sigma = 1 (impedance.py's default). */
    UNIT,
    /**
     * Data-proportional: sigma' = |X'_i|, sigma'' = |X''_i| (each floored at 1 % of |X_i| so that points
     * where a component crosses zero do not dominate).
     */
    PROPORTIONAL,
    /** sigma = |X_i| for both components (impedance.py's {@code weight_by_modulus=True}). */
    MODULUS,
    /**
     * Boukamp's weighting w_i = 1/(X'_i^2 + X''_i^2) of the squared residuals (B. A. Boukamp, Solid State
     * Ionics 20 (1986) 31, eq. 6, with data values). Written as residuals this is sigma = |X_i| for both
     * components, i.e. exactly {@link #MODULUS}: the two names give the same fit, and with either one the
     * weighted chi-square equals Boukamp's pseudo-chi-square. (They would differ only if the weights were
     * taken from the model instead of the data, Macdonald's "function proportional" weighting, which this
     * fitter does not use: data weights keep the problem a fixed least-squares problem.)
     */
    BOUKAMP;

    /** Whether the weights are 1/|X_i|^2 (modulus and Boukamp). */
    public boolean isModulus() {
        return this == MODULUS || this == BOUKAMP;
    }
}
