package org.interphase.model.persistence;

/**
 * Versions of the {@code *.interphase} file format.
 * <ul>
 * <li>1: the first format.</li>
 * <li>2: result values and results carry {@code flags} (ResultFlag) and values a {@code quantityKey}; older
 * files are migrated on load ({@link StudyMigrations}).</li>
 * </ul>
 */
public final class StudyFormat {

    /** The format version this code writes, and the newest it reads. */
    public static final int CURRENT_VERSION = 2;

    /** File extension of studies, without the dot. */
    public static final String FILE_EXTENSION = "interphase";

    private StudyFormat() {
    }
}
