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
        super(describe(file, line, sanitize(reason)), cause);
        this.file = file;
        this.line = line;
        this.reason = sanitize(reason);
    }

    /**
     * Text echoed from a file made safe for a terminal or a log line: control characters (other than TAB)
     * and other non-printable characters become backslash-u escapes (as in Java source), so binary bytes never reach the
     * user's terminal raw; very long text is shortened.
     */
    public static String sanitize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(text.length(), 600));
        for (int i = 0; i < text.length(); i++) {
            if (b.length() >= 2000) {
                b.append("...");
                break;
            }
            char c = text.charAt(i);
            if (c == '\t' || (!Character.isISOControl(c) && Character.isDefined(c)
                    && !Character.isSurrogate(c) && c != '\uFFFD' && c != '\uFEFF'
                    && Character.getType(c) != Character.FORMAT)) {
                b.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                b.append(c).append(text.charAt(++i));
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b.toString();
    }

    private static String describe(Path file, int line, String reason) {
        String name = file == null ? "(no file)" : sanitize(String.valueOf(file.getFileName()));
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
