package org.interphase.tomo.api;

import java.util.Locale;
import java.util.Optional;

/** Voxel data types the volume sources read. Every value is exactly representable as a {@code float}. */
public enum DataType {
    /** Unsigned 8-bit integer, 0..255. */
    UINT8(1, true),
    /** Unsigned 16-bit integer, 0..65535. */
    UINT16(2, true),
    /** IEEE 754 32-bit float. */
    FLOAT32(4, false);

    private final int bytes;
    private final boolean integer;

    DataType(int bytes, boolean integer) {
        this.bytes = bytes;
        this.integer = integer;
    }

    /** Bytes per voxel. */
    public int bytes() {
        return bytes;
    }

    /** Whether values are integers (histograms then have one bin per value). */
    public boolean isInteger() {
        return integer;
    }

    /** Largest representable value of an integer type (255 or 65535); {@code Float.MAX_VALUE} for float. */
    public double maxValue() {
        return switch (this) {
            case UINT8 -> 255;
            case UINT16 -> 65535;
            case FLOAT32 -> Float.MAX_VALUE;
        };
    }

    /** The name used in the model and in JSON: {@code uint8}, {@code uint16}, {@code float32}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #id()} (case-insensitive). */
    public static Optional<DataType> fromId(String id) {
        for (DataType t : values()) {
            if (t.id().equalsIgnoreCase(id.trim())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
