package org.interphase.tomo.api;

import java.util.Locale;
import java.util.Optional;

/**
 * The three axes of a volume stored as (z, y, x), x fastest. A slice "along" an axis is the plane at a
 * fixed index on that axis: a {@link #Z} slice is an XY image (rows y, columns x), a {@link #Y} slice an XZ
 * image (rows z, columns x), an {@link #X} slice a YZ image (rows z, columns y).
 */
public enum Axis {
    Z, Y, X;

    /** Lower-case name, as used on command lines and in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code z}, {@code y} or {@code x} (case-insensitive). */
    public static Optional<Axis> fromId(String id) {
        for (Axis a : values()) {
            if (a.id().equalsIgnoreCase(id.trim())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
