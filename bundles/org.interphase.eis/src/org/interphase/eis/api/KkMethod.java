package org.interphase.eis.api;

/** How the lin-KK test chooses its number M of RC elements. */
public enum KkMethod {
    /**
     * Schönleber's mu criterion (Electrochim. Acta 131 (2014) 20, eq. 21): the first M at which
     * mu = 1 - sum|R_k<0| / sum|R_k>=0| drops to the criterion c. Stops too early on spectra whose
     * fit needs negative resistances early, e.g. strongly inductive ones.
     */
    MU,
    /**
     * The knee of log10(pseudo-chi2) vs M: the breakpoint of a continuous two-segment line fitted to the
     * curve, i.e. the M after which more RC elements stop improving the fit quickly (the lower limit of
     * Yrjänä and Bobacka, Electrochim. Acta 504 (2024) 144951, as used by pyimpspec 5).
     */
    PSEUDO_CHI2_KNEE,
    /**
     * The default: the smallest M at or above the knee whose pseudo-chi2 is within a set number of decades
     * (default 0.3, a factor 2) of the lowest pseudo-chi2 any M reaches, i.e. the start of the plateau.
     * Robust where the curve keeps falling slowly after the knee (the Gamry file of the shared data).
     */
    PSEUDO_CHI2_PLATEAU,
    /** A user-given M. */
    FIXED
}
