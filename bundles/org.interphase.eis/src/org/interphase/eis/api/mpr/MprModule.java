package org.interphase.eis.api.mpr;

/**
 * One module of a BioLogic {@code .mpr} file, such as "VMP Set" (settings), "VMP data" (the records) or
 * "VMP LOG" (the log).
 *
 * @param shortName the module's short name without padding, e.g. {@code "VMP data"}
 * @param longName the module's long name without padding, e.g. {@code "VMP data"} or {@code "VMP settings"}
 * @param version the module's format version (the larger of the two version fields of an extended header)
 * @param date the date string of the header as written, e.g. {@code "03.15.17"}
 * @param payload the module's bytes after its header (shared, not copied: do not modify)
 * @param extendedHeader true for the header written since EC-Lab 11.50 (it starts with a 0xFFFFFFFF marker);
 *        it also tells the layout of the data module's column list (see {@link MprRecords})
 */
public record MprModule(String shortName, String longName, int version, String date, byte[] payload,
        boolean extendedHeader) {

    /** Short name of the module that holds the records. */
    public static final String DATA = "VMP data";
    /** Short name of the settings module. */
    public static final String SETTINGS = "VMP Set";
    /** Short name of the log module. */
    public static final String LOG = "VMP LOG";

    /** The number of payload bytes. */
    public int length() {
        return payload.length;
    }

    @Override
    public String toString() {
        return "MprModule[" + shortName + ", " + longName + ", version " + version + ", " + payload.length
                + " bytes, date " + date + "]";
    }
}
