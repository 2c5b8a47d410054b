package org.interphase.xps.internal.vamas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.interphase.core.api.ImportException;
import org.interphase.xps.api.VamasText;

/**
 * Reads a text file line by line with 1-based line numbers for error messages. Accepts CRLF, LF and
 * CR line ends; bytes are decoded as ISO-8859-1 so that no file is rejected for its encoding.
 */
public final class LineCursor {

    private final Path file;
    private final List<String> lines;
    private int next;

    public LineCursor(Path file, List<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    /** Reads all lines of {@code file}. */
    public static LineCursor open(Path file) throws ImportException {
        byte[] bytes = org.interphase.core.api.ImportFiles.readText(file);
        return new LineCursor(file, split(org.interphase.core.api.FileProbe.withoutBom(new String(bytes, StandardCharsets.ISO_8859_1))));
    }

    /** Splits text at CRLF, LF or CR; a final line end does not start an extra line. */
    public static List<String> split(String text) {
        List<String> result = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                result.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            result.add(text.substring(start));
        }
        return result;
    }

    public Path file() {
        return file;
    }

    /** 1-based number of the line {@link #next(String)} returns next. */
    public int lineNumber() {
        return next + 1;
    }

    /** How many lines are left to read. */
    public int remaining() {
        return Math.max(0, lines.size() - next);
    }

    public boolean hasNext() {
        return next < lines.size();
    }

    /** The next line without NUL padding, not trimmed. */
    public String raw(String what) throws ImportException {
        if (next >= lines.size()) {
            throw error("unexpected end of file, expected " + what);
        }
        return VamasText.clean(lines.get(next++));
    }

    /** The next line, trimmed. */
    public String next(String what) throws ImportException {
        return raw(what).trim();
    }

    /** Looks at the next line without consuming it. */
    public String peek() {
        return next < lines.size() ? VamasText.clean(lines.get(next)).trim() : null;
    }

    public void skip() {
        next++;
    }

    /** The next line as an integer. */
    public int nextInt(String what) throws ImportException {
        String s = next(what);
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new ImportException(file, next, "expected an integer (" + what + "), found '" + s + "'");
        }
    }

    /** The next line as a finite number. */
    public double nextDouble(String what) throws ImportException {
        String s = next(what);
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new ImportException(file, next, "expected a number (" + what + "), found '" + s + "'");
        }
        if (!Double.isFinite(v)) {
            throw new ImportException(file, next, "not a finite number (" + what + "): '" + s + "'");
        }
        return v;
    }

    /** An error at the line read last (or the next line when nothing was read). */
    public ImportException error(String reason) {
        return new ImportException(file, Math.max(1, next), reason);
    }
}
