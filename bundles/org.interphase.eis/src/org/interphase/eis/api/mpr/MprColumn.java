package org.interphase.eis.api.mpr;

/**
 * A column of the "VMP data" records.
 *
 * @param id the column id as stored in the module's column list
 * @param name the name as EC-Lab writes it in its text export, e.g. {@code "Ewe/V"}
 * @param type the binary type
 * @param mask for a {@link MprColumnType#FLAG} column its bits in the shared flag byte, otherwise 0
 */
public record MprColumn(int id, String name, MprColumnType type, int mask) {

    /** A column that is not a flag. */
    public MprColumn(int id, String name, MprColumnType type) {
        this(id, name, type, 0);
    }
}
