package org.interphase.xps.api;

/**
 * A labelled quantity of a VAMAS file: an experimental variable, a corresponding variable or an
 * additional numerical parameter (then {@code value} is set, otherwise empty).
 *
 * @param label as written in the file
 * @param units as written in the file (VAMAS uses {@code d} for dimensionless)
 * @param value the value text of an additional numerical parameter, else ""
 */
public record VamasVariable(String label, String units, String value) {

    /** A variable without value. */
    public VamasVariable(String label, String units) {
        this(label, units, "");
    }
}
