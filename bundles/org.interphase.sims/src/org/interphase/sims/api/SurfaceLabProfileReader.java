package org.interphase.sims.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.interphase.core.api.ImportException;
import org.interphase.model.Polarity;
import org.interphase.model.SignalKind;

/**
 * Reads IONTOF SurfaceLab ASCII depth-profile exports (tab-separated, as SurfaceLab 7 writes them):
 * <pre>
 * # Profile Smoothing is Disabled
 * #  (4 empty cells)  total   name2 ...       (signal names)
 * #  (4 empty cells)  N/A     m/z2  ...       (m/z, N/A for total, sums and ratios)
 * #Data Point #  Sputter Time (s)  Dose (ions)  Fluence (ions/cm^2)  Intensity ...
 * 1  0  ...
 * </pre>
 * Every row but the first ends with a TAB. An all-zero last row is dropped and flagged.
 */
final class SurfaceLabProfileReader {

    /** The magic of the column-header line. */
    public static final String DATA_HEADER = "#Data Point #";

    private SurfaceLabProfileReader() {
    }

    /** Reads the file. */
    public static ProfileExport read(Path file) throws ImportException {
        List<String> lines = TextLines.read(file);
        if (lines.size() < 4) {
            throw new ImportException(file, lines.size() + 1,
                    "truncated SurfaceLab depth profile: expected 4 header lines, found " + lines.size());
        }
        String first = lines.get(0);
        if (!first.startsWith("#")) {
            throw new ImportException(file, 1, "not a SurfaceLab depth profile: the first line must start with '#'");
        }
        String[] names = TextLines.cells(lines.get(1));
        String[] masses = TextLines.cells(lines.get(2));
        String[] columns = TextLines.cells(lines.get(3));
        if (!columns[0].equals(DATA_HEADER)) {
            throw new ImportException(file, 4, "expected the column header '" + DATA_HEADER + "', found '"
                    + abbreviate(lines.get(3)) + "'");
        }
        int axes = 0;
        while (axes < columns.length && !columns[axes].equals("Intensity")) {
            axes++;
        }
        int timeColumn = indexOf(columns, "Sputter Time (s)", axes);
        if (timeColumn < 0) {
            throw new ImportException(file, 4, "no 'Sputter Time (s)' column");
        }
        int n = columns.length - axes;
        if (n == 0) {
            throw new ImportException(file, 4, "no 'Intensity' columns");
        }
        if (names.length != columns.length || !names[0].equals("#")) {
            throw new ImportException(file, 2, "expected '#' and " + columns.length
                    + " cells of signal names, found " + names.length);
        }
        if (masses.length != columns.length || !masses[0].equals("#")) {
            throw new ImportException(file, 3, "expected '#' and " + columns.length + " cells of m/z, found "
                    + masses.length);
        }
        List<SignalName> parsed = new ArrayList<>(n);
        OptionalDouble[] mz = new OptionalDouble[n];
        int notAvailable = 0;
        for (int j = 0; j < n; j++) {
            String name = names[axes + j].strip();
            if (name.isEmpty()) {
                throw new ImportException(file, 2, "signal " + (j + 1) + " has no name");
            }
            parsed.add(SignalName.parse(name));
            String m = masses[axes + j].strip();
            if (m.equals("N/A")) {
                notAvailable++;
                mz[j] = OptionalDouble.empty();
            } else {
                try {
                    mz[j] = OptionalDouble.of(TextLines.number(m));
                } catch (NumberFormatException e) {
                    throw new ImportException(file, 3, "m/z of signal '" + name + "' is " + e.getMessage(), e);
                }
            }
        }
        int rows = lines.size() - 4;
        while (rows > 0 && lines.get(3 + rows).isBlank()) {
            rows--; // tolerate blank lines at the end
        }
        if (rows == 0) {
            throw new ImportException(file, 5, "no data rows");
        }
        double[][] table = new double[rows][columns.length];
        int inf = 0;
        int nan = 0;
        for (int r = 0; r < rows; r++) {
            int lineNo = r + 5;
            String[] cells = TextLines.cells(lines.get(4 + r));
            if (cells.length != columns.length) {
                throw new ImportException(file, lineNo, "expected " + columns.length + " cells, found " + cells.length
                        + (cells.length < columns.length ? " (truncated row?)" : ""));
            }
            for (int c = 0; c < cells.length; c++) {
                double v;
                try {
                    v = TextLines.number(cells[c]);
                } catch (NumberFormatException e) {
                    throw new ImportException(file, lineNo, "column " + (c + 1) + " ('" + columnName(names, columns, c)
                            + "') is " + e.getMessage(), e);
                }
                if (Double.isInfinite(v)) {
                    inf++;
                } else if (Double.isNaN(v)) {
                    nan++;
                }
                if (c < axes && !Double.isFinite(v)) {
                    throw new ImportException(file, lineNo, "'" + columns[c] + "' is not a finite number: '" + cells[c] + "'");
                }
                table[r][c] = v;
            }
            if (r > 0 && table[r][timeColumn] < table[r - 1][timeColumn]) {
                throw new ImportException(file, lineNo, "sputter time decreases (" + cells[timeColumn] + " s)");
            }
        }
        boolean dropLast = rows > 1 && isEmptyRow(table[rows - 1], axes);
        int points = dropLast ? rows - 1 : rows;
        double[] time = column(table, timeColumn, points);
        double[] dose = columnOrNaN(table, indexOf(columns, "Dose (ions)", axes), points);
        double[] fluence = columnOrNaN(table, indexOf(columns, "Fluence (ions/cm^2)", axes), points);
        List<SignalData> signals = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            signals.add(new SignalData(parsed.get(j), mz[j], column(table, axes + j, points)));
        }
        ProfileData data = new ProfileData(time, dose, fluence, signals, majority(parsed), rows, dropLast,
                table[rows - 1][timeColumn]);
        return new ProfileExport(data, first.substring(1).strip(), columns[timeColumn],
                TextLines.rawFields(lines.get(4)), notAvailable, inf, nan,
                cell(table[rows - 1], indexOf(columns, "Dose (ions)", axes)),
                cell(table[rows - 1], indexOf(columns, "Fluence (ions/cm^2)", axes)));
    }

    /** A row whose every signal is 0 or non-finite (SurfaceLab's closing row). */
    private static boolean isEmptyRow(double[] row, int axes) {
        for (int c = axes; c < row.length; c++) {
            if (Double.isFinite(row[c]) && row[c] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Polarity majority(List<SignalName> names) {
        int pos = 0;
        int neg = 0;
        for (SignalName s : names) {
            if (s.kind() != SignalKind.TOTAL) {
                pos += s.polarity() == Polarity.POSITIVE ? 1 : 0;
                neg += s.polarity() == Polarity.NEGATIVE ? 1 : 0;
            }
        }
        return pos == neg ? Polarity.UNKNOWN : pos > neg ? Polarity.POSITIVE : Polarity.NEGATIVE;
    }

    private static int indexOf(String[] columns, String name, int limit) {
        for (int i = 0; i < limit; i++) {
            if (columns[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static double[] column(double[][] table, int c, int rows) {
        double[] v = new double[rows];
        for (int r = 0; r < rows; r++) {
            v[r] = table[r][c];
        }
        return v;
    }

    private static double[] columnOrNaN(double[][] table, int c, int rows) {
        if (c < 0) {
            double[] v = new double[rows];
            java.util.Arrays.fill(v, Double.NaN);
            return v;
        }
        return column(table, c, rows);
    }

    private static double cell(double[] row, int c) {
        return c < 0 ? Double.NaN : row[c];
    }

    private static String columnName(String[] names, String[] columns, int c) {
        return names[c].isBlank() ? columns[c] : names[c];
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
