package org.interphase.core.api;

import java.nio.file.Path;

/**
 * A file could not be imported. The message always names the file and, where the problem is on one
 * line, that line: {@code "data.mpt, line 12: expected 10 columns, found 9"}.
 */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String reason;

    public ImportException(Path file, int line, String reason) {
        this(file, line, reason, null);
    }

    public ImportException(Path file, int line, String reason, Throwable cause) {
        super(describe(file, line, reason), cause);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    private static String describe(Path file, int line, String reason) {
        String name = file == null ? "(no file)" : String.valueOf(file.getFileName());
        return name + (line > 0 ? ", line " + line : "") + ": " + reason;
    }

    /** The file that failed. */
    public Path file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when it is not tied to a line. */
    public int line() {
        return line;
    }

    /** The reason without file and line. */
    public String reason() {
        return reason;
    }
}
