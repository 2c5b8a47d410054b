package org.interphase.sims.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

import org.interphase.core.api.ImportException;
import org.interphase.model.Polarity;

/**
 * Reads depth profiles from generic delimited text through a {@link ColumnMapping}. For a depth axis the x
 * values (nm) stand in {@link ProfileData#timeS()}; dose and fluence are not known (NaN).
 */
public final class DelimitedProfiles {

    /** Metadata key under which an imported profile keeps its mapping (JSON). */
    public static final String MAPPING_KEY = "column mapping";

    /** The id of the built-in importer of delimited depth profiles (the one that keeps a column mapping). */
    public static final String IMPORTER_ID = "sims.delimited.profile";

    /** Lines a guess looks at. */
    public static final int GUESS_LINES = 200;

    private DelimitedProfiles() {
    }

    /** The mapping as JSON (kept in the measurement's metadata so the editor reads the file the same way). */
    public static String toJson(ColumnMapping m) {
        return new com.google.gson.Gson().toJson(m);
    }

    /**
     * A mapping from {@link #toJson}.
     *
     * @throws IllegalArgumentException when the text is not such a mapping
     */
    public static ColumnMapping fromJson(String json) {
        try {
            ColumnMapping m = new com.google.gson.Gson().fromJson(json, ColumnMapping.class);
            if (m == null || m.signalColumns() == null || m.signalNames() == null || m.x() == null) {
                throw new IllegalArgumentException("not a column mapping: " + json);
            }
            return new ColumnMapping(m.delimiter(), m.decimalComma(), m.headerRows(), m.xColumn(), m.x(),
                    m.signalColumns(), m.signalNames(), m.confidence());
        } catch (RuntimeException e) { // Gson wraps a failing record constructor in a RuntimeException
            throw new IllegalArgumentException("not a column mapping: " + e.getMessage(), e);
        }
    }

    /** The file's lines (ISO-8859-1, CRLF or LF). */
    public static List<String> lines(Path file) throws ImportException {
        try {
            return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** {@link ColumnMapping#guess} on the first {@value #GUESS_LINES} lines. */
    public static ColumnMapping guess(Path file) throws ImportException {
        List<String> lines = lines(file);
        try {
            return ColumnMapping.guess(lines.subList(0, Math.min(lines.size(), GUESS_LINES)));
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, 1, e.getMessage(), e);
        }
    }

    /**
     * Reads the profile.
     *
     * @throws ImportException naming the file and line of a short row, a cell that is not a number, or an x
     *                         that does not increase; or when there are no data rows
     */
    public static ProfileData read(Path file, ColumnMapping m) throws ImportException {
        List<String> lines = lines(file);
        int need = Math.max(m.xColumn(), m.signalColumns().stream().mapToInt(Integer::intValue).max().orElse(0)) + 1;
        int n = 0;
        double[] x = new double[Math.max(lines.size() - m.headerRows(), 0)];
        double[][] y = new double[m.signalColumns().size()][x.length];
        for (int i = m.headerRows(); i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = m.split(line);
            if (cells.length < need) {
                throw new ImportException(file, i + 1, cells.length + " cells, the mapping needs " + need);
            }
            try {
                x[n] = m.number(cells[m.xColumn()]);
                for (int s = 0; s < y.length; s++) {
                    y[s][n] = m.number(cells[m.signalColumns().get(s)]);
                }
            } catch (NumberFormatException e) {
                throw new ImportException(file, i + 1, "a cell is not a number (" + e.getMessage() + ")", e);
            }
            if (!Double.isFinite(x[n]) || n > 0 && !(x[n] > x[n - 1])) {
                throw new ImportException(file, i + 1, "x = " + cells[m.xColumn()] + " does not increase");
            }
            n++;
        }
        if (n == 0) {
            throw new ImportException(file, lines.size(), "no data rows after " + m.headerRows() + " header rows");
        }
        List<SignalData> signals = new ArrayList<>();
        int pos = 0;
        int neg = 0;
        for (int s = 0; s < y.length; s++) {
            SignalName name = SignalName.parse(m.signalNames().get(s));
            pos += name.polarity() == Polarity.POSITIVE ? 1 : 0;
            neg += name.polarity() == Polarity.NEGATIVE ? 1 : 0;
            signals.add(new SignalData(name, OptionalDouble.empty(), Arrays.copyOf(y[s], n)));
        }
        double[] nan = new double[n];
        Arrays.fill(nan, Double.NaN);
        Polarity polarity = pos > neg ? Polarity.POSITIVE : neg > pos ? Polarity.NEGATIVE : Polarity.UNKNOWN;
        double[] xs = Arrays.copyOf(x, n);
        return new ProfileData(xs, nan, nan.clone(), signals, polarity, n, false, xs[n - 1]);
    }
}
