package org.interphase.core.api;

/**
 * Text cells of the CSV files the workbench writes: quoted per RFC 4180 when they hold a comma, a quote or a line
 * break, and neutralised when a spreadsheet would run them as a formula (a leading {@code =}, {@code +}, {@code -},
 * {@code @}, tab or carriage return gets a leading apostrophe, as OWASP's "CSV injection" guidance advises).
 * Numbers are written as numbers, not through this class.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** {@code text} as one safe CSV cell ({@code null} as an empty cell). */
    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = text;
        char first = s.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
