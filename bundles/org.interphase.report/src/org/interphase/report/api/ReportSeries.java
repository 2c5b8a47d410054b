package org.interphase.report.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.interphase.core.api.InterfaceTimeline;
import org.interphase.model.Interface;
import org.interphase.model.QuantityKind;
import org.interphase.model.edit.Labels;

/**
 * One quantity of one interface as the report shows it: the technique that measured it, a human title
 * ("Interfacial resistance R1"), the printed unit ("Ω") and its values ordered by cycle. Series of the
 * timeline that read the same to the analyst (same technique, title and printed unit, e.g. "Ohm" and "Ω")
 * are merged, so every quantity appears once.
 */
record ReportSeries(String technique, String title, String unit, List<InterfaceTimeline.Point> points) {

    /** The report series of {@code iface}, grouped by technique (in order of first appearance). */
    static List<ReportSeries> of(Interface iface) {
        Map<String, List<InterfaceTimeline.Point>> groups = new LinkedHashMap<>();
        Map<String, String[]> heads = new LinkedHashMap<>();
        for (InterfaceTimeline.Series s : InterfaceTimeline.of(iface)) {
            String title = title(s);
            String unit = "1".equals(s.unit()) ? "" : Labels.unit(s.unit());
            for (InterfaceTimeline.Point p : s.points()) {
                String technique = Labels.technique(p.measurement());
                String key = technique + '\u0000' + title + '\u0000' + unit;
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
                heads.putIfAbsent(key, new String[] { technique, title, unit });
            }
        }
        List<ReportSeries> result = new ArrayList<>();
        for (Map.Entry<String, List<InterfaceTimeline.Point>> e : groups.entrySet()) {
            String[] h = heads.get(e.getKey());
            List<InterfaceTimeline.Point> points = new ArrayList<>(e.getValue());
            points.sort(Comparator.comparingDouble(InterfaceTimeline.Point::x));
            result.add(new ReportSeries(h[0], h[1], h[2], List.copyOf(points)));
        }
        List<String> techniques = result.stream().map(ReportSeries::technique).distinct().toList();
        result.sort(Comparator.comparingInt((ReportSeries r) -> techniques.indexOf(r.technique())));
        return result;
    }

    /**
     * "Interfacial resistance R1", "Bulk resistance", "Li3P fraction of P 2p": the quantity's label and, when the
     * timeline names it by a parameter or species, that name.
     */
    static String title(InterfaceTimeline.Series s) {
        String kind = Labels.literal(s.quantity());
        String name = s.name();
        if (name == null || name.isBlank() || name.equals(s.quantity().getName())) {
            return kind;
        }
        String n = name.toLowerCase(Locale.ROOT);
        String k = kind.toLowerCase(Locale.ROOT);
        if (k.contains(n)) {
            return kind;
        }
        if (s.quantity() == QuantityKind.SPECIES_FRACTION || n.contains(k)) {
            return name;
        }
        return kind + " " + name;
    }

    /** Whether any value of the series carries a warning. */
    boolean flagged() {
        return points.stream().anyMatch(InterfaceTimeline.Point::flagged);
    }
}
