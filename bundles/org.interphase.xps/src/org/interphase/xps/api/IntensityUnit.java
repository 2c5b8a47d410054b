package org.interphase.xps.api;

/** How intensities are stored in a file. */
public enum IntensityUnit {
    /** Counts summed over dwell time and scans. */
    COUNTS,
    /** Counts per second. */
    COUNTS_PER_SECOND
}
