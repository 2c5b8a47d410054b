package org.interphase.sims.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.interphase.core.api.ImportException;

/** Reads a text file into lines (CRLF or LF) and splits tab-separated cells the way SurfaceLab writes them. */
final class TextLines {

    private TextLines() {
    }

    /** All lines without terminators; a final empty line after the last terminator is not returned. */
    public static List<String> read(Path file) throws ImportException {
        byte[] bytes = org.interphase.core.api.ImportFiles.readText(file);
        String text = org.interphase.core.api.FileProbe.withoutBom(new String(bytes, StandardCharsets.ISO_8859_1));
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                lines.add(text.substring(start, end));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.endsWith("\r") ? text.substring(start, text.length() - 1) : text.substring(start));
        }
        return lines;
    }

    /** Tab-separated cells; one empty cell after a trailing TAB is dropped. */
    public static String[] cells(String line) {
        int n = 1;
        for (int i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', i + 1)) {
            n++;
        }
        if (n > 1 && line.endsWith("\t")) {
            n--;
        }
        String[] cells = new String[n];
        int start = 0;
        for (int c = 0; c < n; c++) {
            int end = line.indexOf('\t', start);
            if (end < 0) {
                end = line.length();
            }
            cells[c] = line.substring(start, end);
            start = end + 1;
        }
        return cells;
    }

    /** Number of TAB-separated fields as a naive split sees them (trailing empty field included). */
    public static int rawFields(String line) {
        return line.split("\t", -1).length;
    }

    /**
     * Parses a numeric cell: C {@code %g} numbers, {@code inf}/{@code -inf} (infinity), {@code nan} and
     * {@code N/A} (NaN).
     *
     * @throws NumberFormatException for anything else
     */
    public static double number(String cell) {
        String s = cell.strip();
        if (!s.isEmpty() && isPlainNumber(s)) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new NumberFormatException("not a number: '" + cell + "'");
            }
        }
        switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "inf", "+inf", "infinity" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-inf", "-infinity" -> {
                return Double.NEGATIVE_INFINITY;
            }
            case "nan", "-nan", "n/a" -> {
                return Double.NaN;
            }
            default -> {
                throw new NumberFormatException("not a number: '" + cell + "'");
            }
        }
    }

    /** Rejects what {@link Double#parseDouble} would accept but files never contain (hex, 'd'/'f' suffixes). */
    private static boolean isPlainNumber(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isDigit(c) || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return false;
            }
        }
        return true;
    }
}
