package org.interphase.tomo.api;

import java.util.Locale;
import java.util.Optional;

/**
 * Voxel data types the volume sources read. Volumes deliver voxels as {@code float}: every value of uint8,
 * uint16, int8, int16 and float32 is exact; int32, uint32 and float64 (HDF5 sources) are rounded to the
 * nearest float when their magnitude exceeds 2^24 or their precision exceeds float's ({@link #exactInFloat()}).
 */
public enum DataType {
    /** Unsigned 8-bit integer, 0..255. */
    UINT8(1, true),
    /** Unsigned 16-bit integer, 0..65535. */
    UINT16(2, true),
    /** IEEE 754 32-bit float. */
    FLOAT32(4, false),
    /** Signed 8-bit integer, -128..127. */
    INT8(1, true),
    /** Signed 16-bit integer, -32768..32767. */
    INT16(2, true),
    /** Signed 32-bit integer (read as float: exact up to magnitude 2^24). */
    INT32(4, true),
    /** Unsigned 32-bit integer (read as float: exact up to 2^24). */
    UINT32(4, true),
    /** IEEE 754 64-bit float (read as float). */
    FLOAT64(8, false);

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

    /** Largest representable value of an integer type (e.g. 255 or 65535); {@code Float.MAX_VALUE} for floats. */
    public double maxValue() {
        return switch (this) {
            case UINT8 -> 255;
            case UINT16 -> 65535;
            case INT8 -> 127;
            case INT16 -> 32767;
            case INT32 -> Integer.MAX_VALUE;
            case UINT32 -> 4294967295.0;
            case FLOAT32, FLOAT64 -> Float.MAX_VALUE;
        };
    }

    /** Smallest representable value (0 for unsigned types, {@code -Float.MAX_VALUE} for floats). */
    public double minValue() {
        return switch (this) {
            case UINT8, UINT16, UINT32 -> 0;
            case INT8 -> -128;
            case INT16 -> -32768;
            case INT32 -> Integer.MIN_VALUE;
            case FLOAT32, FLOAT64 -> -Float.MAX_VALUE;
        };
    }

    /**
     * Whether histograms use one bin per value from 0 (uint8: 256 bins, uint16: 65536); other types are
     * binned over their [min, max].
     */
    public boolean hasValueBins() {
        return this == UINT8 || this == UINT16;
    }

    /** Whether every value converts exactly to {@code float}. */
    public boolean exactInFloat() {
        return this != INT32 && this != UINT32 && this != FLOAT64;
    }

    /** The name used in the model and in JSON: {@code uint8}, {@code uint16}, {@code float32}, {@code int16} ... */
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
