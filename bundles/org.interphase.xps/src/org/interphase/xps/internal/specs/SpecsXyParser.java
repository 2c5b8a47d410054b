package org.interphase.xps.internal.specs;

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
 * Reads SPECS SpecsLab2 / SpecsLab Prodigy "XY-Serializer" exports ({@code .xy}): {@code #} comment lines
 * with {@code Key: value} metadata, one curve per region (or per scan with "Separate Scan Data"), columns
 * energy, intensity and optionally transmission.
 */
public final class SpecsXyParser {

    private SpecsXyParser() {
    }

    /** The first characters of a SpecsLab {@code .xy} export. */
    public static final String MAGIC = "# Created by:";

    /** The curves of an {@code .xy} file as regions. */
    public static List<XpsRegionData> read(Path file) throws ImportException {
        org.interphase.core.api.FileProbe.refuseDamaged(file, "SPECS XY", MAGIC);
        return parse(LineCursor.open(file));
    }

    /** Parses {@code .xy} lines. */
    public static List<XpsRegionData> parse(LineCursor in) throws ImportException {
        Map<String, String> global = new LinkedHashMap<>();
        Map<String, String> region = new LinkedHashMap<>();
        List<String> comments = new ArrayList<>();
        boolean inRegion = false;
        String curveId = "";
        List<double[]> rows = new ArrayList<>();
        int columns = -1;
        int curveLine = 0;
        List<XpsRegionData> result = new ArrayList<>();
        boolean sawHeader = false;
        while (in.hasNext()) {
            int lineNo = in.lineNumber();
            String line = in.next("line");
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                sawHeader = true;
                String body = line.substring(1).trim();
                comments.add(body);
                if (!rows.isEmpty()) {
                    result.add(curve(in.file(), global, region, curveId, rows, columns, curveLine, result.size()));
                    rows = new ArrayList<>();
                    columns = -1;
                }
                int colon = body.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                String key = body.substring(0, colon).trim();
                String value = body.substring(colon + 1).trim();
                if ("Region".equals(key)) {
                    inRegion = true;
                    String group = region.getOrDefault("Group", global.getOrDefault("Group", ""));
                    region = new LinkedHashMap<>();
                    if (!group.isEmpty()) {
                        region.put("Group", group);
                    }
                }
                if ("Group".equals(key)) {
                    global.put(key, value);
                    region.put(key, value);
                } else if (key.startsWith("Cycle")) {
                    curveId = body;
                    curveLine = lineNo;
                } else if (inRegion) {
                    region.put(key, value);
                } else {
                    global.put(key, value);
                }
                continue;
            }
            if (!sawHeader) {
                throw new ImportException(in.file(), lineNo, "not a SPECS .xy file: data before any '#' header");
            }
            String[] parts = line.split("\\s+");
            if (columns < 0) {
                columns = parts.length;
                if (columns < 2 || columns > 3) {
                    throw new ImportException(in.file(), lineNo, "expected 2 or 3 numeric columns, found " + columns);
                }
                if (curveLine == 0) {
                    curveLine = lineNo;
                }
            } else if (parts.length != columns) {
                throw new ImportException(in.file(), lineNo,
                        "expected " + columns + " columns as in the lines above, found " + parts.length);
            }
            double[] row = new double[columns];
            for (int c = 0; c < columns; c++) {
                try {
                    row[c] = Double.parseDouble(parts[c]);
                } catch (NumberFormatException e) {
                    throw new ImportException(in.file(), lineNo, "not a number in column " + (c + 1) + ": '"
                            + parts[c] + "'");
                }
                if (!Double.isFinite(row[c])) {
                    throw new ImportException(in.file(), lineNo, "not a finite number in column " + (c + 1));
                }
            }
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            result.add(curve(in.file(), global, region, curveId, rows, columns, curveLine, result.size()));
        }
        if (result.isEmpty()) {
            throw new ImportException(in.file(), 0, "no data curves found");
        }
        return result;
    }

    private static XpsRegionData curve(Path file, Map<String, String> global, Map<String, String> region,
            String curveId, List<double[]> rows, int columns, int line, int index) throws ImportException {
        Map<String, String> meta = new LinkedHashMap<>(global);
        meta.putAll(region);
        String expected = meta.get("Values/Curve");
        if (expected != null && !expected.isEmpty() && !expected.equals(Integer.toString(rows.size()))) {
            throw new ImportException(file, line, "curve has " + rows.size() + " values, header says Values/Curve "
                    + expected + " (truncated file?)");
        }
        int n = rows.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] t = columns > 2 ? new double[n] : null;
        for (int i = 0; i < n; i++) {
            x[i] = rows.get(i)[0];
            y[i] = rows.get(i)[1];
            if (t != null) {
                t[i] = rows.get(i)[2];
            }
        }
        String labels = meta.getOrDefault("ColumnLabels", "").toLowerCase(Locale.ROOT);
        boolean cps = labels.contains("counts/s") || "yes".equalsIgnoreCase(meta.get("Counts Per Second"))
                || meta.getOrDefault("Count Rate", "").toLowerCase(Locale.ROOT).contains("per second");
        EnergyKind kind = energyKind(global);
        String regionName = meta.getOrDefault("Region", "curve " + (index + 1));
        String[] speciesTransition = splitLabel(regionName);
        if (!curveId.isEmpty()) {
            meta.put("Curve", curveId);
        }
        String entry = (meta.containsKey("Group") ? "group " + meta.get("Group") + " / " : "") + "region "
                + regionName + (curveId.isEmpty() ? "" : " / " + curveId);
        return new XpsRegionData(regionName, speciesTransition[0], speciesTransition[1], entry,
                number(meta.get("Excitation Energy")), kind, x, y,
                cps ? IntensityUnit.COUNTS_PER_SECOND : IntensityUnit.COUNTS, number(meta.get("Dwell Time")),
                number(meta.getOrDefault("Number of Scans", "")), Optional.ofNullable(t), List.of(), List.of(),
                meta);
    }

    private static EnergyKind energyKind(Map<String, String> global) {
        String axis = global.getOrDefault("Energy Axis", "").toLowerCase(Locale.ROOT);
        if (axis.contains("kinetic")) {
            return EnergyKind.KINETIC;
        }
        if (axis.contains("binding")) {
            return EnergyKind.BINDING;
        }
        String keAxis = global.getOrDefault("Kinetic Energy Axis", "");
        return "yes".equalsIgnoreCase(keAxis) ? EnergyKind.KINETIC : EnergyKind.BINDING;
    }

    /** "Fe2p" -> {Fe, 2p}; "P 2p" -> {P, 2p}; "Survey" -> {Survey, ""}. */
    static String[] splitLabel(String label) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([A-Z][a-z]?)\\s*(\\d[spdf](?:\\d/2)?)$")
                .matcher(label.trim());
        return m.matches() ? new String[] { m.group(1), m.group(2) } : new String[] { label.trim(), "" };
    }

    private static double number(String s) {
        if (s == null || s.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
