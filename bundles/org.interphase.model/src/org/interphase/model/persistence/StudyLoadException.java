package org.interphase.model.persistence;

import java.nio.file.Path;

/** A study file could not be read. The message names the file and, where known, the line. */
public class StudyLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    public StudyLoadException(Path file, int line, String reason, Throwable cause) {
        super(printable(String.valueOf(file.getFileName())) + (line > 0 ? ", line " + line : "") + ": "
                + printable(reason), cause);
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

    /** Control characters echoed from a file become backslash-u escapes, so they never reach a terminal raw. */
    static String printable(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : String.valueOf(text).toCharArray()) {
            if (c != '\t' && (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
