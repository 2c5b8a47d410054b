package org.interphase.model.persistence;

/** Versions of the {@code *.interphase} file format. */
public final class StudyFormat {

    /** The format version this code writes, and the newest it reads. */
    public static final int CURRENT_VERSION = 1;

    /** File extension of studies, without the dot. */
    public static final String FILE_EXTENSION = "interphase";

    private StudyFormat() {
    }
}
