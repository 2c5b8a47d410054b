package org.interphase.xps.internal.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.interphase.core.api.ImportException;
import org.interphase.xps.api.EnergyKind;
import org.interphase.xps.api.IntensityUnit;
import org.interphase.xps.api.XpsRegionData;
import org.interphase.xps.internal.vamas.LineCursor;

/**
 * Reads plain column files ({@code .csv}, {@code .txt}, {@code .dat}) of XPS spectra: an energy column and
 * one or more intensity columns (each becomes a region), separated by {@code ;}, tab, {@code ,} or blanks,
 * with a decimal point or a decimal comma (a comma is a decimal separator when the columns are separated by
 * {@code ;}, tabs or blanks, or when every field has exactly one comma and no point). Lines starting with
 * {@code #}, {@code %}, {@code //} or {@code ;} are comments; {@code key = value} or {@code key: value}
 * comments may give {@code hv} / {@code photon energy} / {@code excitation energy} (eV), {@code dwell}
 * (s), {@code scans}. One header line of column names may precede the data: an energy column named
 * {@code KE} / {@code kinetic ...} makes the axis kinetic (else binding energy), intensity names containing
 * {@code cps}, {@code c/s} or {@code counts/s} make the unit counts per second (else counts).
 */
public final class CsvXpsParser {

    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*([A-Za-z][A-Za-z .()]*?)\\s*[:=]\\s*(\\S.*)$");

    private CsvXpsParser() {
    }

    /** Whether a line of text looks like a numeric data row of at least two columns. */
    public static boolean isDataRow(String line) {
        String s = line.strip();
        if (s.isEmpty() || isComment(s)) {
            return false;
        }
        try {
            return split(s, separator(s)).length >= 2 && parseRow(s, separator(s)) != null;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The regions of a column file. */
    public static List<XpsRegionData> read(Path file) throws ImportException {
        LineCursor in = LineCursor.open(file);
        Map<String, String> meta = new LinkedHashMap<>();
        List<String> names = null;
        List<double[]> rows = new ArrayList<>();
        String sep = null;
        int firstDataLine = 0;
        while (in.hasNext()) {
            int no = in.lineNumber();
            String line = in.next("line");
            if (line.isEmpty()) {
                continue;
            }
            if (isComment(line)) {
                Matcher m = KEY_VALUE.matcher(line.replaceFirst("^(#|%|//|;)+", ""));
                if (m.matches()) {
                    meta.put(m.group(1).trim(), m.group(2).trim());
                }
                continue;
            }
            if (sep == null) {
                sep = separator(line);
            }
            String[] f = split(line, sep);
            double[] row;
            try {
                row = parseRow(line, sep);
            } catch (NumberFormatException e) {
                row = null;
            }
            if (row == null) {
                if (rows.isEmpty() && names == null) {
                    String hs = line.contains(";") ? ";" : line.contains("\t") ? "\t" : line.contains(",") ? "," : " ";
                    names = java.util.Arrays.stream(split(line, hs)).map(String::trim).toList();
                    sep = null; // the data rows decide the separator
                    continue;
                }
                throw new ImportException(file, no, "expected numbers, found '" + PhiSpeParser.abbreviate(line) + "'");
            }
            if (f.length < 2) {
                throw new ImportException(file, no, "a data row needs an energy and an intensity column");
            }
            if (!rows.isEmpty() && row.length != rows.get(0).length) {
                throw new ImportException(file, no, "row with " + row.length + " columns, the first data row (line "
                        + firstDataLine + ") had " + rows.get(0).length);
            }
            for (int k = 0; k < row.length; k++) {
                if (!Double.isFinite(row[k])) {
                    throw new ImportException(file, no, "column " + (k + 1) + " is not a finite number");
                }
            }
            if (rows.isEmpty()) {
                firstDataLine = no;
            }
            rows.add(row);
        }
        if (rows.size() < 2) {
            throw new ImportException(file, Math.max(1, in.lineNumber() - 1), "fewer than 2 data rows ("
                    + rows.size() + ")");
        }
        String xName = names == null ? "" : names.get(0).toLowerCase(Locale.ROOT);
        EnergyKind kind = xName.startsWith("ke") || xName.contains("kinetic") ? EnergyKind.KINETIC : EnergyKind.BINDING;
        double hv = meta(meta, file, "hv", "photon energy", "excitation energy", "source energy");
        if (kind == EnergyKind.KINETIC && !(hv > 0)) {
            throw new ImportException(file, firstDataLine, "kinetic-energy column '" + names.get(0)
                    + "' but no photon energy (add a comment line '# hv = 1486.6')");
        }
        double dwell = meta(meta, file, "dwell", "dwell time");
        double scans = meta(meta, file, "scans", "sweeps", "number of scans");
        int n = rows.size();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rows.get(i)[0];
        }
        List<XpsRegionData> out = new ArrayList<>();
        for (int c = 1; c < rows.get(0).length; c++) {
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = rows.get(i)[c];
            }
            String yName = names != null && c < names.size() ? names.get(c) : "column " + (c + 1);
            String low = yName.toLowerCase(Locale.ROOT);
            IntensityUnit unit = low.contains("cps") || low.contains("c/s") || low.contains("counts/s")
                    || low.contains("counts per second") ? IntensityUnit.COUNTS_PER_SECOND : IntensityUnit.COUNTS;
            String label = meta.getOrDefault("region", names != null && c < names.size() ? yName : file.getFileName()
                    .toString().replaceFirst("\\.[^.]*$", "") + (rows.get(0).length > 2 ? " " + c : ""));
            String[] st = PhiSpeParser.speciesAndTransition(label);
            out.add(new XpsRegionData(label, st[0], st[1], "column " + (c + 1), hv, kind, x, y, unit, dwell, scans,
                    Optional.empty(), List.of(), List.of(), meta));
        }
        return out;
    }

    private static double meta(Map<String, String> meta, Path file, String... keys) throws ImportException {
        for (Map.Entry<String, String> e : meta.entrySet()) {
            String k = e.getKey().toLowerCase(Locale.ROOT).replaceAll("\\s*\\(.*\\)", "").trim();
            for (String key : keys) {
                if (k.equals(key)) {
                    Matcher m = Pattern.compile("[-+]?\\d+(?:[.,]\\d+)?(?:[eE][-+]?\\d+)?").matcher(e.getValue());
                    if (m.find()) {
                        return Double.parseDouble(m.group().replace(',', '.'));
                    }
                }
            }
        }
        return Double.NaN;
    }

    private static boolean isComment(String s) {
        return s.startsWith("#") || s.startsWith("%") || s.startsWith("//") || s.startsWith(";");
    }

    /** The column separator of a line: ";", tab, "," (when it is not a decimal comma) or blanks. */
    static String separator(String line) {
        if (line.contains(";")) {
            return ";";
        }
        if (line.contains("\t")) {
            return "\t";
        }
        if (line.contains(",")) {
            String[] blanks = line.trim().split("\\s+");
            boolean decimalCommas = blanks.length >= 2;
            for (String f : blanks) {
                decimalCommas &= f.chars().filter(ch -> ch == ',').count() <= 1 && !f.contains(".");
            }
            return decimalCommas ? " " : ",";
        }
        return " ";
    }

    static String[] split(String line, String sep) {
        String t = line.trim();
        return " ".equals(sep) ? t.split("\\s+") : t.split(java.util.regex.Pattern.quote(sep), -1);
    }

    /** The numbers of a row, or null when its first field is not a number (a header line). */
    static double[] parseRow(String line, String sep) {
        String[] f = split(line, sep);
        boolean comma = !",".equals(sep);
        double[] v = new double[f.length];
        for (int k = 0; k < f.length; k++) {
            String s = f[k].trim();
            if (comma) {
                s = s.replace(',', '.');
            }
            if (s.isEmpty()) {
                throw new NumberFormatException("empty field " + (k + 1));
            }
            try {
                v[k] = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                if (k == 0) {
                    return null;
                }
                throw e;
            }
        }
        return v;
    }
}
