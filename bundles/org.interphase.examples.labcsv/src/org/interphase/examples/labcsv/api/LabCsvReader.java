package org.interphase.examples.labcsv.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.interphase.core.api.ImportException;

/** Parses lab CSV impedance files; every problem is an {@link ImportException} naming file and line. */
public final class LabCsvReader {

    private LabCsvReader() {
    }

    /** Reads {@code file}. */
    public static LabCsvFile read(Path file) throws ImportException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file, in);
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static LabCsvFile parse(Path file, BufferedReader in) throws IOException, ImportException {
        Map<String, String> header = new LinkedHashMap<>();
        DoubleColumns data = new DoubleColumns();
        boolean columnsSeen = false;
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (!columnsSeen && text.startsWith("#")) {
                int colon = text.indexOf(':');
                if (colon < 0) {
                    throw new ImportException(file, lineNo, "header line must read '# key: value'");
                }
                header.put(text.substring(1, colon).strip().toLowerCase(java.util.Locale.ROOT),
                        text.substring(colon + 1).strip());
            } else if (!columnsSeen) {
                if (!text.replace(" ", "").equalsIgnoreCase(LabCsvFile.COLUMNS)) {
                    throw new ImportException(file, lineNo,
                            "expected the column line '" + LabCsvFile.COLUMNS + "', found '" + text + "'");
                }
                columnsSeen = true;
            } else {
                data.add(file, lineNo, text);
            }
        }
        if (!columnsSeen) {
            throw new ImportException(file, lineNo, "no column line '" + LabCsvFile.COLUMNS + "'");
        }
        if (data.size() == 0) {
            throw new ImportException(file, lineNo, "no data rows after the column line");
        }
        return new LabCsvFile(header, data.column(0), data.column(1), data.column(2));
    }

    /** Growing columns of a three-column numeric table. */
    private static final class DoubleColumns {
        private double[][] columns = new double[3][64];
        private int size;

        void add(Path file, int lineNo, String text) throws ImportException {
            String[] cells = text.split(",", -1);
            if (cells.length != 3) {
                throw new ImportException(file, lineNo, "expected 3 columns, found " + cells.length);
            }
            if (size == columns[0].length) {
                for (int c = 0; c < 3; c++) {
                    columns[c] = java.util.Arrays.copyOf(columns[c], size * 2);
                }
            }
            for (int c = 0; c < 3; c++) {
                double v;
                try {
                    v = Double.parseDouble(cells[c].strip());
                } catch (NumberFormatException e) {
                    throw new ImportException(file, lineNo, "column " + (c + 1) + " is not a number: '"
                            + cells[c].strip() + "'", e);
                }
                if (!Double.isFinite(v)) {
                    throw new ImportException(file, lineNo, "column " + (c + 1) + " is not finite: " + v);
                }
                if (c == 0 && v <= 0) {
                    throw new ImportException(file, lineNo, "frequency must be positive, found " + v);
                }
                columns[c][size] = v;
            }
            size++;
        }

        int size() {
            return size;
        }

        double[] column(int c) {
            return java.util.Arrays.copyOf(columns[c], size);
        }
    }
}
