package org.interphase.sims.api;

/** Whether a signal rises (enters a layer) or falls (leaves it) at an interface. */
public enum EdgeDirection {
    /** Signal increases with depth; found as the first crossing from the start of the profile. */
    RISING,
    /** Signal decreases with depth; found as the first crossing after the maximum. */
    FALLING
}
