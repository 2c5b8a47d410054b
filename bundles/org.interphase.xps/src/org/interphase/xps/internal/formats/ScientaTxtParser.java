package org.interphase.xps.internal.formats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.interphase.core.api.ImportException;
import org.interphase.xps.api.EnergyKind;
import org.interphase.xps.api.IntensityUnit;
import org.interphase.xps.api.XpsRegionData;
import org.interphase.xps.internal.vamas.LineCursor;

/**
 * Reads Scienta SES text exports ({@code .txt}): an {@code [Info]} section ({@code Number of Regions=N}), then
 * per region {@code [Region n]} ({@code Region Name}, {@code Dimension 1 name=Kinetic Energy [eV]} or
 * {@code Binding Energy [eV]}, {@code Dimension 1 size}), {@code [Info n]} ({@code Excitation Energy},
 * {@code Energy Scale}, {@code Number of Sweeps}, {@code Step Time} in ms, {@code Pass Energy}, ...),
 * optional {@code [Run Mode Information n]} and {@code [Data n]} with rows "energy intensity [intensity of
 * further slices...]" (slices are summed). Intensities are counts summed over the sweeps. The layout is
 * that of SES 1.x exports as read by pynxtools-xps ({@code examples/scienta}).
 */
public final class ScientaTxtParser {

    private ScientaTxtParser() {
    }

    /** Whether the text starts like a Scienta export. */
    public static boolean looksLike(String head) {
        return head.stripLeading().startsWith("[Info]");
    }

    /** The regions of a Scienta {@code .txt} export. */
    public static List<XpsRegionData> read(Path file) throws ImportException {
        LineCursor in = LineCursor.open(file);
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<Integer, List<double[]>> data = new LinkedHashMap<>();
        Map<Integer, Integer> dataLine = new LinkedHashMap<>();
        String section = null;
        int columns = -1;
        while (in.hasNext()) {
            int no = in.lineNumber();
            String line = in.next("line").strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).trim();
                sections.putIfAbsent(section, new LinkedHashMap<>());
                columns = -1;
                if (section.startsWith("Data")) {
                    int n = regionNumber(file, no, section);
                    data.put(n, new ArrayList<>());
                    dataLine.put(n, no);
                }
                continue;
            }
            if (section == null) {
                throw new ImportException(file, no, "not a Scienta export: text before the first [section]");
            }
            if (section.startsWith("Data")) {
                String[] f = line.split("\\s+");
                if (columns < 0) {
                    columns = f.length;
                    if (columns < 2) {
                        throw new ImportException(file, no, "a data row needs an energy and at least one intensity");
                    }
                } else if (f.length != columns) {
                    throw new ImportException(file, no, "data row with " + f.length + " values, the first row had "
                            + columns);
                }
                double[] row = new double[2];
                row[0] = number(file, no, f[0]);
                for (int k = 1; k < f.length; k++) {
                    row[1] += number(file, no, f[k]);
                }
                data.get(regionNumber(file, no, section)).add(row);
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                if (section.startsWith("Run Mode")) {
                    continue;
                }
                throw new ImportException(file, no, "expected 'Key=value' in [" + section + "], found '"
                        + PhiSpeParser.abbreviate(line) + "'");
            }
            sections.get(section).put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
        Map<String, String> info = sections.get("Info");
        if (info == null) {
            throw new ImportException(file, 1, "not a Scienta export: no [Info] section");
        }
        int declared = info.containsKey("Number of Regions") ? (int) number(file, 2, info.get("Number of Regions")) : -1;
        List<XpsRegionData> out = new ArrayList<>();
        for (Map.Entry<Integer, List<double[]>> e : data.entrySet()) {
            out.add(region(file, e.getKey(), e.getValue(), dataLine.get(e.getKey()), sections));
        }
        if (out.isEmpty()) {
            throw new ImportException(file, in.lineNumber(), "no [Data n] section");
        }
        if (declared >= 0 && declared != out.size()) {
            throw new ImportException(file, in.lineNumber(), "[Info] declares " + declared + " regions but "
                    + out.size() + " [Data n] sections were found (file truncated?)");
        }
        return out;
    }

    private static XpsRegionData region(Path file, int n, List<double[]> rows, int line,
            Map<String, Map<String, String>> sections) throws ImportException {
        Map<String, String> reg = sections.getOrDefault("Region " + n, Map.of());
        Map<String, String> inf = sections.getOrDefault("Info " + n, Map.of());
        if (rows.isEmpty()) {
            throw new ImportException(file, line, "[Data " + n + "] is empty");
        }
        String size = reg.get("Dimension 1 size");
        if (size != null && (int) number(file, line, size) != rows.size()) {
            throw new ImportException(file, line, "[Data " + n + "] has " + rows.size() + " rows, [Region " + n
                    + "] declares Dimension 1 size=" + size);
        }
        String dim = reg.getOrDefault("Dimension 1 name", "").toLowerCase(Locale.ROOT);
        String scale = inf.getOrDefault("Energy Scale", "").toLowerCase(Locale.ROOT);
        EnergyKind kind = dim.contains("binding") ? EnergyKind.BINDING : dim.contains("kinetic") ? EnergyKind.KINETIC
                : scale.startsWith("binding") ? EnergyKind.BINDING : EnergyKind.KINETIC;
        double hv = inf.containsKey("Excitation Energy") ? number(file, line, inf.get("Excitation Energy")) : Double.NaN;
        if (kind == EnergyKind.KINETIC && !(hv > 0)) {
            throw new ImportException(file, line, "region " + n + " has a kinetic-energy axis but no Excitation Energy");
        }
        double[] x = new double[rows.size()];
        double[] y = new double[rows.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = rows.get(i)[0];
            y[i] = rows.get(i)[1];
        }
        double stepMs = inf.containsKey("Step Time") ? number(file, line, inf.get("Step Time")) : Double.NaN;
        double sweeps = inf.containsKey("Number of Sweeps") ? number(file, line, inf.get("Number of Sweeps")) : Double.NaN;
        String name = inf.getOrDefault("Region Name", reg.getOrDefault("Region Name", "Region " + n));
        String[] st = PhiSpeParser.speciesAndTransition(name);
        Map<String, String> md = new LinkedHashMap<>(sections.getOrDefault("Info", Map.of()));
        md.putAll(inf);
        return new XpsRegionData(name, st[0], st[1], "region " + n, hv, kind, x, y, IntensityUnit.COUNTS,
                stepMs / 1000, sweeps, Optional.empty(), List.of(), List.of(), md);
    }

    private static int regionNumber(Path file, int line, String section) throws ImportException {
        String[] f = section.split("\\s+");
        try {
            return Integer.parseInt(f[f.length - 1]);
        } catch (NumberFormatException e) {
            throw new ImportException(file, line, "section [" + section + "] has no region number", e);
        }
    }

    private static double number(Path file, int line, String s) throws ImportException {
        try {
            double v = Double.parseDouble(s.trim());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException(s);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ImportException(file, line, "'" + PhiSpeParser.abbreviate(s) + "' is not a number", e);
        }
    }
}
