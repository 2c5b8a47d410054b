package org.interphase.eis.api;

/** How residuals are weighted in the CNLS sum: r = (Z_model - Z_data) / sigma, per component. */
public enum Weighting {
    /** sigma = 1 (impedance.py's default). */
    UNIT,
    /**
     * Data-proportional: sigma' = |Z'_i|, sigma'' = |Z''_i| (each floored at 1 % of |Z_i| so that points
     * where a component crosses zero do not dominate).
     */
    PROPORTIONAL,
    /** sigma = |Z_i| for both components (impedance.py's {@code weight_by_modulus=True}). */
    MODULUS
}
