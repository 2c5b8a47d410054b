package org.interphase.eis.internal.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.interphase.core.api.ColumnSemantics;
import org.interphase.core.api.ColumnSemantics.Quantity;
import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.eis.api.EisFile;

/**
 * Generic delimited text (CSV/TXT) with automatic column detection. Separator: TAB, semicolon, comma or
 * white space, whichever splits most lines into at least three numbers; a decimal comma is accepted when
 * the separator is not a comma. Leading non-numeric lines are a header (the last one with the data's
 * field count names the columns); blank padding rows are skipped. Columns: by name when the header names
 * frequency and Z'/Z'' or |Z|/phase, otherwise the first three columns are f, Z', Z''. The sign of Z'' is
 * taken from the name ("-Im", "-Z''") or, without one, from the data: most points of a real spectrum are
 * capacitive, so a column that is mostly positive is -Im Z and is flipped.
 */
public final class DelimitedReader {

    public static final String FORMAT = "Delimited text (CSV/TXT)";
    public static final String FORMAT_RELAXIS = "RelaxIS spectrum export";
    private static final String[] SEPARATORS = {"\t", ";", ",", " "};

    private DelimitedReader() {
    }

    /**
     * By content and column semantics ({@link ColumnSemantics}), never by file name: 0 when the header names
     * another technique's quantities; 0.8 for a RelaxIS spectrum export, 0.6 when the header names frequency
     * and Z', Z'' or |Z|, phase; without a header, 0.5 (0.3 with more than 4 columns) when the first column
     * is positive and spans at least a decade like a frequency sweep, else 0.1.
     */
    public static double detect(FileProbe probe) {
        ColumnSemantics.Kind kind = ColumnSemantics.classify(probe);
        if (kind != ColumnSemantics.Kind.NONE && kind != ColumnSemantics.Kind.IMPEDANCE) {
            return 0;
        }
        List<String> lines = probe.headText().lines().limit(200).toList();
        if (lines.size() > 1 && probe.head().length == FileProbe.HEAD_BYTES) {
            lines = lines.subList(0, lines.size() - 1); // the last line may be cut
        }
        String sep = separator(lines);
        if (sep == null) {
            return 0;
        }
        int numeric = 0;
        int width = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (String l : lines) {
            String[] t = split(l, sep);
            if (t.length >= 3 && allNumeric(t)) {
                numeric++;
                width = t.length;
                double f = Double.parseDouble(t[0].replace(',', '.'));
                min = Math.min(min, f);
                max = Math.max(max, f);
            }
        }
        if (numeric < 3) {
            return 0;
        }
        if (kind == ColumnSemantics.Kind.IMPEDANCE) {
            return isRelaxis(probe.headText()) ? 0.8 : 0.6;
        }
        if (min > 0 && max >= 10 * min) {
            return width <= 4 ? 0.5 : 0.3;
        }
        return 0.1;
    }

    /** Whether the text is a RelaxIS spectrum export (its {@code Data: Frequency} column header). */
    static boolean isRelaxis(String head) {
        return head.contains("Data: Frequency") || head.contains("Data:Frequency");
    }

    static String separator(List<String> lines) {
        String best = null;
        int bestCount = 0;
        for (String sep : SEPARATORS) {
            int count = 0;
            for (String l : lines) {
                String[] t = split(l, sep);
                if (t.length >= 3 && allNumeric(t)) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = sep;
                bestCount = count;
            }
        }
        return best;
    }

    static String[] split(String line, String sep) {
        String s = line.strip();
        if (s.isEmpty()) {
            return new String[0];
        }
        String[] t = sep.equals(" ") ? s.split("\\s+") : s.split(java.util.regex.Pattern.quote(sep), -1);
        int n = t.length;
        while (n > 0 && t[n - 1].isBlank()) {
            n--;
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = t[i].strip();
        }
        return out;
    }

    static boolean allNumeric(String[] t) {
        for (String s : t) {
            if (!TextFile.isNumber(s)) {
                return false;
            }
        }
        return true;
    }

    public static EisFile read(Path file) throws ImportException {
        List<String> lines = TextFile.lines(file);
        String sep = separator(lines.subList(0, Math.min(lines.size(), 200)));
        if (sep == null) {
            throw new ImportException(file, 0, "no line with three or more numeric columns");
        }
        int first = -1;
        for (int i = 0; i < lines.size() && first < 0; i++) {
            String[] t = split(lines.get(i), sep);
            if (t.length >= 3 && allNumeric(t)) {
                first = i;
            }
        }
        int width = split(lines.get(first), sep).length;
        String[] names = null;
        for (int i = first - 1; i >= 0 && names == null; i--) {
            String[] t = split(lines.get(i), sep);
            if (t.length == width) {
                names = t;
            }
        }
        ColumnMap map = ColumnMap.of(names, width);
        List<double[]> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        for (int i = first; i < lines.size(); i++) {
            String[] t = split(lines.get(i), sep);
            if (t.length == 0 || String.join("", t).isBlank()) {
                continue; // padding row
            }
            if (t.length != width) {
                throw new ImportException(file, i + 1, "expected " + width + " columns, found " + t.length);
            }
            double[] v = new double[width];
            for (int c = 0; c < width; c++) {
                v[c] = TextFile.number(file, i + 1, t[c], "column " + (c + 1));
            }
            rows.add(v);
            rowLines.add(i + 1);
        }
        boolean flip = map.negativeImag().orElseGet(() -> mostlyPositive(rows, map.imag()));
        SpectrumCollector out = new SpectrumCollector(map.loop() >= 0, "loop");
        List<String> dropped = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            double[] v = rows.get(r);
            double re;
            double im;
            if (map.polar()) {
                double phi = Math.toRadians(v[map.imag()]);
                re = v[map.real()] * Math.cos(phi);
                im = v[map.real()] * Math.sin(phi);
            } else {
                re = v[map.real()];
                im = flip ? -v[map.imag()] : v[map.imag()];
            }
            if (v[map.frequency()] == 0 && re == 0 && im == 0) {
                dropped.add(Integer.toString(rowLines.get(r))); // the empty row that closes a loop
                continue;
            }
            out.add(file, rowLines.get(r), v[map.frequency()], re, im, map.loop() >= 0 ? v[map.loop()] : 0);
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("separator", sep.equals("\t") ? "tab" : sep.equals(" ") ? "whitespace" : sep);
        meta.put("header lines", Integer.toString(first));
        meta.put("column mapping", map.byName() ? "by header names" : "positional (f, Z', Z'')");
        if (!dropped.isEmpty()) {
            meta.put("rows dropped", dropped.size() + " row(s) with f = 0 and Z = 0 (a loop's closing row), line(s) "
                    + String.join(", ", dropped));
        }
        boolean relaxis = isRelaxis(String.join("\n", lines.subList(0, first)));
        return new EisFile(relaxis ? FORMAT_RELAXIS : FORMAT, out.spectra(file, lines.size()), map.describe(names),
                map.polar() ? "phase" : flip ? "-Im(Z)" : "Im(Z)", Optional.empty(), Optional.empty(), meta);
    }

    private static boolean mostlyPositive(List<double[]> rows, int col) {
        int pos = 0;
        int neg = 0;
        for (double[] v : rows) {
            if (v[col] > 0) {
                pos++;
            } else if (v[col] < 0) {
                neg++;
            }
        }
        return pos > neg;
    }

    /** Which column is what ({@code loop} is -1 without a loop/cycle column). */
    record ColumnMap(int frequency, int real, int imag, boolean polar, Optional<Boolean> negativeImag,
            boolean byName, int loop) {

        static ColumnMap of(String[] names, int width) {
            if (names != null) {
                int f = -1;
                int re = -1;
                int im = -1;
                int mod = -1;
                int ph = -1;
                int loop = -1;
                Boolean neg = null;
                for (int i = 0; i < names.length; i++) {
                    Quantity q = ColumnSemantics.quantity(names[i]);
                    String n = names[i].strip().replaceFirst("^(?i)data\\s*:\\s*", "");
                    if (q == Quantity.FREQUENCY && f < 0) {
                        f = i;
                    } else if (q == Quantity.Z_IMAG && im < 0) {
                        im = i;
                        neg = n.startsWith("-");
                    } else if (q == Quantity.Z_REAL && re < 0) {
                        re = i;
                    } else if (q == Quantity.Z_MODULUS && mod < 0) {
                        mod = i;
                    } else if (q == Quantity.Z_PHASE && ph < 0) {
                        ph = i;
                    } else if (q == Quantity.LOOP && loop < 0) {
                        loop = i;
                    }
                }
                if (f >= 0 && re >= 0 && im >= 0) {
                    return new ColumnMap(f, re, im, false, Optional.of(neg), true, loop);
                }
                if (f >= 0 && mod >= 0 && ph >= 0) {
                    return new ColumnMap(f, mod, ph, true, Optional.empty(), true, loop);
                }
            }
            return new ColumnMap(0, 1, 2, false, Optional.empty(), false, -1);
        }

        List<String> describe(String[] names) {
            List<String> out = new ArrayList<>();
            for (int c : loop >= 0 ? new int[] {frequency, real, imag, loop} : new int[] {frequency, real, imag}) {
                out.add(byName ? names[c] : "column " + (c + 1));
            }
            return out;
        }
    }
}
