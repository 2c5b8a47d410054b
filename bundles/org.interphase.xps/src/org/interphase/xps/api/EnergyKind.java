package org.interphase.xps.api;

/** What an energy abscissa measures. */
public enum EnergyKind {
    /** Kinetic energy of the photoelectrons (VAMAS default). */
    KINETIC,
    /** Binding energy, BE = hv - KE. */
    BINDING
}
