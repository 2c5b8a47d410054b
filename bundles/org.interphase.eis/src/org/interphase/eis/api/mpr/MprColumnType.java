package org.interphase.eis.api.mpr;

/** Binary type of a column in the records of a "VMP data" module (little endian). */
public enum MprColumnType {
    /** A bit field of the one flag byte that all flag columns of a record share. */
    FLAG(0),
    /** Unsigned 16-bit integer. */
    UINT16(2),
    /** Unsigned 32-bit integer. */
    UINT32(4),
    /** IEEE 754 single precision. */
    FLOAT32(4),
    /** IEEE 754 double precision. */
    FLOAT64(8);

    private final int bytes;

    MprColumnType(int bytes) {
        this.bytes = bytes;
    }

    /** Size in a record; 0 for {@link #FLAG} (the shared flag byte is counted once per record). */
    public int bytes() {
        return bytes;
    }
}
