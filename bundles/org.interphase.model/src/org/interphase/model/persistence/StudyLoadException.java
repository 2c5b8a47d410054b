package org.interphase.model.persistence;

import java.nio.file.Path;

/** A study file could not be read. The message names the file and, where known, the line. */
public class StudyLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    public StudyLoadException(Path file, int line, String reason, Throwable cause) {
        super(file.getFileName() + (line > 0 ? ", line " + line : "") + ": " + reason, cause);
        this.file = file;
        this.line = line;
    }

    /** The file that failed to load. */
    public Path file() {
        return file;
    }

    /** The line of the first error, or 0 when unknown. */
    public int line() {
        return line;
    }
}
