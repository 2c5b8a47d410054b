package org.interphase.xps.internal.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.interphase.core.api.ColumnSemantics;
import org.interphase.core.api.ColumnSemantics.Quantity;
import org.interphase.core.api.ImportException;
import org.interphase.xps.api.CasaComponent;
import org.interphase.xps.api.CasaParameter;
import org.interphase.xps.api.CasaRegion;
import org.interphase.xps.api.EnergyKind;
import org.interphase.xps.api.IntensityUnit;
import org.interphase.xps.api.XpsRegionData;

/**
 * Reads the column exports CasaXPS writes for a fitted region: "Export to CSV" (comma separated) and the
 * tab-separated line-shape export. Layout: optional title and blank rows, a row with
 * {@code Characteristic Energy eV, hv, Acquisition Time s, t}, optional component rows ({@code Name},
 * {@code Position}, {@code FWHM}, {@code Area}, {@code Lineshape}), a header row, then numbers. The header has
 * one group of columns per region, side by side: energy ({@code BE...}/{@code B.E.} or {@code K.E.}), the raw
 * intensity ({@code CPS...} or {@code Counts}), one column per component (background included, as CasaXPS
 * plots them), {@code Background...}, {@code Envelope...}. A kinetic-energy group followed by the same
 * region on binding energy is read once, on binding energy. The raw intensity is the measurement; the
 * components, background and envelope are the stored CasaXPS fit ({@link CasaComponent}s: position, FWHM and
 * area from the component rows when present, else measured on component minus background).
 */
public final class CasaExportParser {

    /** The cell that marks a CasaXPS export. */
    public static final String MARK = "Characteristic Energy eV";

    private CasaExportParser() {
    }

    /** Whether text from the start of a file is a CasaXPS column export. */
    public static boolean looksLike(String head) {
        return head.contains(MARK) && head.contains("Acquisition Time s");
    }

    private record Group(int energy, int intensity, List<Integer> components, int background, int envelope,
            EnergyKind kind, String label, String intensityName) {
    }

    /** The regions of an export. */
    public static List<XpsRegionData> read(Path file) throws ImportException {
        List<String> lines;
        try {
            lines = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).lines().toList();
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
        int mark = -1;
        for (int i = 0; i < lines.size() && mark < 0; i++) {
            if (lines.get(i).contains(MARK)) {
                mark = i;
            }
        }
        if (mark < 0) {
            throw new ImportException(file, 0, "not a CasaXPS export: no '" + MARK + "' row");
        }
        String sep = lines.get(mark).contains("\t") ? "\t" : ",";
        String[] markCells = cells(lines.get(mark), sep);
        double hv = after(file, mark + 1, markCells, MARK);
        double time = after(file, mark + 1, markCells, "Acquisition Time s");
        Map<String, String[]> params = new LinkedHashMap<>();
        int header = -1;
        for (int i = mark + 1; i < lines.size() && header < 0; i++) {
            String[] c = cells(lines.get(i), sep);
            String first = firstNonEmpty(c);
            Quantity q = ColumnSemantics.quantity(first);
            if (q == Quantity.BINDING_ENERGY || q == Quantity.KINETIC_ENERGY) {
                header = i;
            } else if (!first.isEmpty()) {
                params.put(first.toLowerCase(Locale.ROOT), c);
            }
        }
        if (header < 0) {
            throw new ImportException(file, mark + 1, "no header row with a BE or K.E. column after this row");
        }
        String title = mark > 0 ? firstNonEmpty(cells(lines.get(0), sep)) : "";
        List<Group> groups = groups(file, header + 1, cells(lines.get(header), sep), title);
        List<double[]> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        for (int i = header + 1; i < lines.size(); i++) {
            String[] c = cells(lines.get(i), sep);
            if (firstNonEmpty(c).isEmpty()) {
                continue;
            }
            double[] v = new double[c.length];
            for (int k = 0; k < c.length; k++) {
                v[k] = c[k].isBlank() ? Double.NaN : number(file, i + 1, c[k], k);
            }
            rows.add(v);
            rowLines.add(i + 1);
        }
        List<XpsRegionData> out = new ArrayList<>();
        for (Group g : groups) {
            out.add(region(file, g, rows, rowLines, hv, time, params));
        }
        return out;
    }

    private static List<Group> groups(Path file, int line, String[] h, String title) throws ImportException {
        List<Group> all = new ArrayList<>();
        int i = 0;
        while (i < h.length) {
            Quantity q = ColumnSemantics.quantity(h[i]);
            if (q != Quantity.BINDING_ENERGY && q != Quantity.KINETIC_ENERGY) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < h.length && !h[end].isBlank() && !isEnergy(h[end])) {
                end++;
            }
            int bg = -1;
            int env = -1;
            List<Integer> comps = new ArrayList<>();
            for (int k = i + 2; k < end; k++) {
                String n = h[k].strip().toLowerCase(Locale.ROOT);
                if (n.startsWith("background")) {
                    bg = k;
                } else if (n.startsWith("envelope")) {
                    env = k;
                } else {
                    comps.add(k);
                }
            }
            if (end - i < 2) {
                throw new ImportException(file, line, "column '" + h[i].strip() + "' has no intensity column");
            }
            String suffix = h[i].strip().replaceFirst("^(?i)(BE|B\\.E\\.|KE|K\\.E\\.)_?", "").strip();
            String label = !suffix.isEmpty() ? suffix : !title.isEmpty() ? title : "region " + (all.size() + 1);
            all.add(new Group(i, i + 1, comps, bg, env,
                    q == Quantity.KINETIC_ENERGY ? EnergyKind.KINETIC : EnergyKind.BINDING, label, h[i + 1].strip()));
            i = end;
        }
        if (all.isEmpty()) {
            throw new ImportException(file, line, "no BE or K.E. column in the header");
        }
        List<Group> kept = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            Group g = all.get(k);
            boolean twin = g.kind() == EnergyKind.KINETIC && k + 1 < all.size()
                    && all.get(k + 1).kind() == EnergyKind.BINDING
                    && all.get(k + 1).components().size() == g.components().size();
            if (!twin) {
                kept.add(g);
            }
        }
        return kept;
    }

    private static boolean isEnergy(String cell) {
        Quantity q = ColumnSemantics.quantity(cell);
        return q == Quantity.BINDING_ENERGY || q == Quantity.KINETIC_ENERGY;
    }

    private static XpsRegionData region(Path file, Group g, List<double[]> rows, List<Integer> rowLines, double hv,
            double time, Map<String, String[]> params) throws ImportException {
        List<double[]> mine = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            double[] v = rows.get(r);
            if (g.energy() >= v.length || Double.isNaN(v[g.energy()])) {
                continue; // a shorter region side by side with a longer one
            }
            for (int c : columns(g)) {
                if (c >= v.length || Double.isNaN(v[c])) {
                    throw new ImportException(file, rowLines.get(r), "region '" + g.label() + "': column "
                            + (c + 1) + " is empty");
                }
            }
            mine.add(v);
        }
        if (mine.size() < 2) {
            throw new ImportException(file, 0, "region '" + g.label() + "' has fewer than 2 data rows");
        }
        double[] x = column(mine, g.energy());
        double[] y = column(mine, g.intensity());
        double[] bg = g.background() >= 0 ? column(mine, g.background()) : new double[x.length];
        List<CasaComponent> comps = new ArrayList<>();
        for (int k = 0; k < g.components().size(); k++) {
            int c = g.components().get(k);
            comps.add(component(k, c, column(mine, c), bg, x, params));
        }
        List<CasaRegion> casaRegions = new ArrayList<>();
        if (g.background() >= 0) {
            casaRegions.add(new CasaRegion(g.label(), "exported curve", x[0], x[x.length - 1], Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, List.of(bg[0], bg[bg.length - 1]), "", Double.NaN, "background column "
                            + (g.background() + 1)));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("acquisition time s", Double.toString(time));
        meta.put("columns", (g.energy() + 1) + "-" + (columns(g).stream().mapToInt(Integer::intValue).max().orElse(0) + 1));
        if (g.envelope() >= 0) {
            meta.put("envelope column", Integer.toString(g.envelope() + 1));
        }
        boolean cps = ColumnSemantics.quantity(g.intensityName()) == Quantity.COUNTS_PER_SECOND;
        String[] st = PhiSpeParser.speciesAndTransition(g.label());
        return new XpsRegionData(g.label(), st[0], st[1], "columns " + meta.get("columns"), hv, g.kind(), x, y,
                cps ? IntensityUnit.COUNTS_PER_SECOND : IntensityUnit.COUNTS, time, Double.NaN, Optional.empty(),
                casaRegions, comps, meta);
    }

    private static List<Integer> columns(Group g) {
        List<Integer> c = new ArrayList<>(List.of(g.energy(), g.intensity()));
        c.addAll(g.components());
        if (g.background() >= 0) {
            c.add(g.background());
        }
        if (g.envelope() >= 0) {
            c.add(g.envelope());
        }
        return c;
    }

    private static CasaComponent component(int k, int col, double[] c, double[] bg, double[] x,
            Map<String, String[]> params) {
        double[] net = new double[c.length];
        int top = 0;
        for (int i = 0; i < c.length; i++) {
            net[i] = c[i] - bg[i];
            if (net[i] > net[top]) {
                top = i;
            }
        }
        double half = net[top] / 2;
        double left = crossing(x, net, top, -1, half);
        double right = crossing(x, net, top, 1, half);
        double area = 0;
        for (int i = 1; i < x.length; i++) {
            area += 0.5 * (net[i] + net[i - 1]) * Math.abs(x[i] - x[i - 1]);
        }
        double position = param(params, "position", col, k, x[top]);
        double fwhm = param(params, "fwhm", col, k, Math.abs(right - left));
        area = param(params, "area", col, k, area);
        String shape = text(params, "lineshape", col, k);
        String name = text(params, "name", col, k);
        return new CasaComponent(name.isEmpty() ? "component " + (k + 1) : name, shape, p(area), p(fwhm), p(position),
                Double.NaN, Double.NaN, k, "", "column " + (col + 1));
    }

    private static CasaParameter p(double v) {
        return new CasaParameter(v, Double.NaN, Double.NaN, -1, Double.NaN);
    }

    private static double crossing(double[] x, double[] y, int from, int dir, double level) {
        for (int i = from; i + dir >= 0 && i + dir < y.length; i += dir) {
            if (y[i + dir] <= level) {
                double t = (y[i] - level) / (y[i] - y[i + dir]);
                return x[i] + t * (x[i + dir] - x[i]);
            }
        }
        return dir < 0 ? x[0] : x[x.length - 1];
    }

    private static double param(Map<String, String[]> params, String key, int col, int k, double fallback) {
        String t = text(params, key, col, k);
        try {
            return t.isEmpty() ? fallback : Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return fallback; // a text cell where a number was expected: measure it on the curve instead
        }
    }

    /** The cell of a component row above column {@code col}, or else the row's {@code k}-th value. */
    private static String text(Map<String, String[]> params, String key, int col, int k) {
        String[] row = params.get(key);
        if (row == null) {
            return "";
        }
        if (col < row.length && !row[col].isBlank()) {
            return row[col].strip();
        }
        List<String> values = new ArrayList<>();
        boolean label = true;
        for (String c : row) {
            if (!c.isBlank()) {
                if (label) {
                    label = false;
                } else {
                    values.add(c.strip());
                }
            }
        }
        return k < values.size() ? values.get(k) : "";
    }

    private static double[] column(List<double[]> rows, int c) {
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows.get(i)[c];
        }
        return out;
    }

    private static double after(Path file, int line, String[] cells, String key) throws ImportException {
        for (int i = 0; i + 1 < cells.length; i++) {
            if (cells[i].strip().equals(key)) {
                return number(file, line, cells[i + 1], i + 1);
            }
        }
        throw new ImportException(file, line, "no value after '" + key + "'");
    }

    private static double number(Path file, int line, String cell, int col) throws ImportException {
        try {
            double v = Double.parseDouble(cell.strip());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ImportException(file, line, "column " + (col + 1) + ": '" + cell.strip() + "' is not a number");
        }
    }

    private static String[] cells(String line, String sep) {
        return line.split(java.util.regex.Pattern.quote(sep), -1);
    }

    private static String firstNonEmpty(String[] cells) {
        for (String c : cells) {
            if (!c.isBlank()) {
                return c.strip();
            }
        }
        return "";
    }
}
