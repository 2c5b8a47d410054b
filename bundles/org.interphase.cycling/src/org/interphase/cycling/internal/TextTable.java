package org.interphase.cycling.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.ImportFiles;

/** The lines of a cycler's text export (read through {@link ImportFiles}, so size and line length are bounded). */
final class TextTable {

    private final Path file;
    private final List<String> lines;

    private TextTable(Path file, List<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    /** Reads {@code file} as ISO-8859-1 text (the exports are ASCII apart from unit symbols). */
    static TextTable read(Path file) throws ImportException {
        byte[] bytes = ImportFiles.readText(file);
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            throw new ImportException(file, 1, FileProbe.UTF16_REFUSAL);
        }
        String text = FileProbe.withoutBom(new String(bytes, StandardCharsets.ISO_8859_1));
        return new TextTable(file, List.of(text.split("\r\n|\n|\r", -1)));
    }

    Path file() {
        return file;
    }

    /** Line {@code index} (0-based). */
    String line(int index) {
        return lines.get(index);
    }

    int lineCount() {
        int n = lines.size();
        while (n > 0 && lines.get(n - 1).isBlank()) {
            n--;
        }
        return n;
    }

    /** The index of the named column (trimmed, case-insensitive) in {@code header}, or -1. */
    static int column(String[] header, String... names) {
        for (String name : names) {
            for (int c = 0; c < header.length; c++) {
                if (header[c].strip().equalsIgnoreCase(name)) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** As {@link #column}, but a missing column is an error naming the header line. */
    int require(String[] header, int line, String... names) throws ImportException {
        int c = column(header, names);
        if (c < 0) {
            throw new ImportException(file, line + 1, "no column '" + names[0] + "' in the header");
        }
        return c;
    }

    /** Cell {@code c} of {@code cells} as a number; an error names the line and the column. */
    double number(String[] cells, int c, int line, String what) throws ImportException {
        if (c >= cells.length) {
            throw new ImportException(file, line + 1, "expected at least " + (c + 1) + " columns, found " + cells.length);
        }
        String s = cells[c].strip();
        try {
            double v = Double.parseDouble(s);
            if (!Double.isFinite(v)) {
                throw new ImportException(file, line + 1, what + " '" + s + "' is not a finite number");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ImportException(file, line + 1, what + " '" + s + "' is not a number");
        }
    }

    /** Cell {@code c} as text; an error names the line. */
    String text(String[] cells, int c, int line) throws ImportException {
        if (c >= cells.length) {
            throw new ImportException(file, line + 1, "expected at least " + (c + 1) + " columns, found " + cells.length);
        }
        return cells[c].strip();
    }

    /**
     * A duration as cyclers write it: seconds ({@code 12.5}), {@code H:MM:SS[.s]} with hours beyond 24
     * (Neware: {@code 144:02:18}) or {@code Nd HH:MM:SS[.s]} (Maccor: {@code 1d 02:18:47.41}).
     */
    double duration(String[] cells, int c, int line, String what) throws ImportException {
        String s = text(cells, c, line).toLowerCase(Locale.ROOT);
        try {
            double days = 0;
            int d = s.indexOf('d');
            if (d >= 0) {
                days = Double.parseDouble(s.substring(0, d).strip());
                s = s.substring(d + 1).strip();
            }
            String[] parts = s.split(":");
            double seconds = 0;
            for (String p : parts) {
                seconds = seconds * 60 + Double.parseDouble(p.strip());
            }
            if (parts.length > 3) {
                throw new NumberFormatException();
            }
            return days * 86400 + seconds;
        } catch (NumberFormatException e) {
            throw new ImportException(file, line + 1, what + " '" + cells[c].strip() + "' is not a duration");
        }
    }

    /** Splits {@code text} at {@code separator}, keeping empty cells. */
    static String[] split(String text, char separator) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == separator) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out.toArray(String[]::new);
    }
}
