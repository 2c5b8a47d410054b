package org.interphase.sims.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a generic delimited text file (CSV, TSV, semicolon or blank separated) holds a depth profile: which column
 * is the x axis (sputter time or depth), which columns are signals and what they are called, the delimiter,
 * whether numbers use a decimal comma, and how many header rows precede the data. {@link #guess} proposes one
 * with a confidence; below {@link #CONFIDENT} the editor asks the analyst to confirm it.
 *
 * @param delimiter    the field separator; ' ' means any run of blanks
 * @param decimalComma numbers are written 1,5 instead of 1.5
 * @param headerRows   lines before the first data row
 * @param xColumn      0-based column of the x axis
 * @param x            what the x axis is
 * @param signalColumns 0-based columns of the signals, in file order
 * @param signalNames  a name per signal column
 * @param confidence   0..1, how sure the guess is (1 for a mapping the analyst confirmed)
 */
public record ColumnMapping(char delimiter, boolean decimalComma, int headerRows, int xColumn, Axis x,
        List<Integer> signalColumns, List<String> signalNames, double confidence) {

    /** Guesses at or above this are used without asking. */
    public static final double CONFIDENT = 0.75;

    /** What the x column holds. */
    public enum Axis {
        /** Sputter time in s. */
        TIME_S,
        /** Depth in nm. */
        DEPTH_NM
    }

    public ColumnMapping {
        signalColumns = List.copyOf(signalColumns);
        signalNames = List.copyOf(signalNames);
        if (signalColumns.size() != signalNames.size()) {
            throw new IllegalArgumentException(signalColumns.size() + " signal columns but " + signalNames.size()
                    + " names");
        }
        if (signalColumns.contains(xColumn)) {
            throw new IllegalArgumentException("column " + (xColumn + 1) + " cannot be both x and a signal");
        }
    }

    private static final char[] DELIMITERS = { '\t', ';', ',', ' ' };
    private static final Pattern COMMA_NUMBER = Pattern.compile("[-+]?\\d+,\\d+([eE][-+]?\\d+)?");
    private static final Pattern NOT_SIGNAL = Pattern.compile("(?i).*(dose|fluence|point|index|cycle|scan|frame).*");

    /** The cells of one line. */
    public String[] split(String line) {
        String s = line.strip();
        String[] cells = delimiter == ' ' ? s.split("\\s+") : s.split(Pattern.quote(String.valueOf(delimiter)), -1);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].strip();
        }
        return cells;
    }

    /** A cell as a number (decimal comma honoured); NaN for an empty cell, {@code nan}, {@code N/A}. */
    public double number(String cell) throws NumberFormatException {
        String c = cell.strip();
        if (c.isEmpty() || c.equalsIgnoreCase("nan") || c.equalsIgnoreCase("n/a")) {
            return Double.NaN;
        }
        if (c.equalsIgnoreCase("inf") || c.equalsIgnoreCase("+inf")) {
            return Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(decimalComma ? c.replace(',', '.') : c);
    }

    /** The same mapping, confirmed by the analyst (confidence 1). */
    public ColumnMapping confirmed() {
        return new ColumnMapping(delimiter, decimalComma, headerRows, xColumn, x, signalColumns, signalNames, 1);
    }

    /**
     * Proposes a mapping from the first lines of a file: for each delimiter (tab, semicolon, comma, blanks) and
     * decimal convention the longest block of trailing lines with the same number (at least 2) of numeric cells;
     * the best block wins, the lines before it are header rows, the last of them (with as many cells) names the
     * columns. The x column is the one whose name says time or depth, else the first strictly increasing one;
     * columns named dose, fluence, point, index or cycle are not signals.
     *
     * @throws IllegalArgumentException when no block of numbers with two or more columns is found
     */
    public static ColumnMapping guess(List<String> lines) {
        Block best = null;
        for (char d : DELIMITERS) {
            for (boolean comma : new boolean[] { false, true }) {
                if (comma && d == ',') {
                    continue;
                }
                Block b = block(lines, new ColumnMapping(d, comma, 0, 0, Axis.TIME_S, List.of(), List.of(), 0));
                if (b != null && (best == null || b.score() > best.score())) {
                    best = b;
                }
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no block of numeric columns (two or more) found");
        }
        return mapping(lines, best);
    }

    private record Block(ColumnMapping m, int first, int rows, int columns, boolean commaNumbers) {
        double score() {
            return rows * Math.log(columns + 1.0) + (commaNumbers ? 0.5 : 0);
        }
    }

    private static Block block(List<String> lines, ColumnMapping m) {
        int last = lines.size() - 1;
        while (last >= 0 && lines.get(last).isBlank()) {
            last--;
        }
        int columns = -1;
        int first = last + 1;
        boolean commaNumbers = false;
        for (int i = last; i >= 0; i--) {
            String[] cells = m.split(lines.get(i));
            if (cells.length < 2 || columns >= 0 && cells.length != columns || !numeric(m, cells)) {
                break;
            }
            for (String c : cells) {
                commaNumbers |= COMMA_NUMBER.matcher(c).matches();
            }
            columns = cells.length;
            first = i;
        }
        int rows = last - first + 1;
        if (rows < 1 || m.decimalComma() && !commaNumbers) {
            return null;
        }
        return new Block(m, first, rows, columns, commaNumbers);
    }

    private static boolean numeric(ColumnMapping m, String[] cells) {
        try {
            for (String c : cells) {
                m.number(c);
            }
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static ColumnMapping mapping(List<String> lines, Block b) {
        ColumnMapping m = b.m();
        List<String> names = new ArrayList<>();
        boolean named = false;
        if (b.first() > 0) {
            String[] h = m.split(lines.get(b.first() - 1));
            if (h.length == b.columns()) {
                names.addAll(List.of(h));
                named = true;
            }
        }
        while (names.size() < b.columns()) {
            names.add("column " + (names.size() + 1));
        }
        int xCol = -1;
        Axis axis = Axis.TIME_S;
        for (int c = 0; c < names.size() && xCol < 0; c++) {
            String n = names.get(c).toLowerCase(Locale.ROOT);
            if (n.contains("time")) {
                xCol = c;
            } else if (n.contains("depth")) {
                xCol = c;
                axis = Axis.DEPTH_NM;
            }
        }
        boolean byName = xCol >= 0;
        if (xCol < 0) {
            for (int c = 0; c < b.columns() && xCol < 0; c++) {
                if (increasing(lines, b, c) && !NOT_SIGNAL.matcher(names.get(c)).matches()) {
                    xCol = c;
                }
            }
        }
        if (xCol < 0) {
            xCol = 0;
        }
        List<Integer> cols = new ArrayList<>();
        List<String> sig = new ArrayList<>();
        for (int c = 0; c < b.columns(); c++) {
            if (c != xCol && !NOT_SIGNAL.matcher(names.get(c)).matches()) {
                cols.add(c);
                sig.add(names.get(c));
            }
        }
        double confidence = byName ? 0.9 : named ? 0.6 : 0.4;
        if (b.rows() < 3) {
            confidence = Math.min(confidence, 0.3);
        }
        if (m.delimiter() == ' ' || cols.isEmpty()) {
            confidence = Math.min(confidence, 0.5);
        }
        return new ColumnMapping(m.delimiter(), m.decimalComma(), b.first(), xCol, axis, cols, sig, confidence);
    }

    private static boolean increasing(List<String> lines, Block b, int c) {
        double prev = Double.NEGATIVE_INFINITY;
        for (int i = b.first(); i < b.first() + b.rows(); i++) {
            double v = b.m().number(b.m().split(lines.get(i))[c]);
            if (!(v > prev)) {
                return false;
            }
            prev = v;
        }
        return true;
    }
}
