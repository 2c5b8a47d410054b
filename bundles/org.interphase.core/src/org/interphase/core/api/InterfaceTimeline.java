package org.interphase.core.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.Interface;
import org.interphase.model.Measurement;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultFlag;
import org.interphase.model.ResultParameter;
import org.interphase.model.util.QuantityKeys;

/**
 * Everything the model knows about one interface over the cell's cycle states: every result parameter
 * that quantifies the interface (or one of its interphases, or comes from a measurement that probes it),
 * grouped into series by quantity identity ({@link QuantityKeys#keyOf}: kind, species/element, region), so the
 * same quantity made by the editor, batch or the demo is one series; ordered by cycle. Values of kind OTHER are
 * included only under a key of their own (not "OTHER/..."), so a plug-in technique's quantities join the timeline.
 */
public final class InterfaceTimeline {

    /** One value at one cycle state, with its uncertainty and where it came from. */
    public record Point(CycleState cycle, double x, double value, double standardError, ResultParameter parameter,
            Measurement measurement, AnalysisResult analysis) {

        /** The warnings of the value (empty when none); flagged points are drawn hollow. */
        public List<ResultFlag> flags() {
            return List.copyOf(parameter.getFlags());
        }

        /** Whether the value carries a warning. */
        public boolean flagged() {
            return !parameter.getFlags().isEmpty();
        }
    }

    /**
     * Values of one quantity (e.g. interfacial resistance "R1" in Ω) across cycles; {@code key} is its
     * {@link QuantityKeys quantity key} and {@code name} the label of the key.
     */
    public record Series(QuantityKind quantity, String name, String unit, List<Point> points, String key) {
        /** "R1 (Ω)". */
        public String label() {
            return name + (unit == null || unit.isBlank() ? "" : " (" + unit + ")");
        }
    }

    private InterfaceTimeline() {
    }

    /** The series of {@code iface}; x is the cycle number of the point's cycle state. */
    public static List<Series> of(Interface iface) {
        Map<String, List<Point>> groups = new LinkedHashMap<>();
        Map<String, ResultParameter> firsts = new LinkedHashMap<>();
        EObject container = iface.eContainer();
        if (!(container instanceof Cell cell)) {
            return List.of();
        }
        for (Measurement m : cell.getMeasurements()) {
            for (AnalysisResult a : m.getAnalyses()) {
                for (ResultParameter p : a.getParameters()) {
                    if (!concerns(p, m, iface) || !charted(p)) {
                        continue;
                    }
                    CycleState c = p.getCycleState() != null ? p.getCycleState() : m.getCycleState();
                    if (c == null || !Double.isFinite(p.getValue())) {
                        continue;
                    }
                    String key = QuantityKeys.keyOf(p) + "\u0000" + (p.getUnit() == null ? "" : p.getUnit());
                    groups.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new Point(c, c.getCycleNumber(), p.getValue(), p.getStandardError(), p, m, a));
                    firsts.putIfAbsent(key, p);
                }
            }
        }
        List<Series> result = new ArrayList<>();
        for (Map.Entry<String, List<Point>> e : groups.entrySet()) {
            ResultParameter p = firsts.get(e.getKey());
            List<Point> points = new ArrayList<>(e.getValue());
            points.sort(Comparator.comparingDouble(Point::x));
            String key = QuantityKeys.keyOf(p);
            result.add(new Series(p.getQuantity(), QuantityKeys.label(key), p.getUnit(), List.copyOf(points), key));
        }
        result.sort(Comparator.comparing(Series::quantity).thenComparing(Series::name));
        return result;
    }

    /**
     * Whether a value belongs on a timeline: every quantity of a known kind, and a quantity of kind OTHER only when
     * its producer gave it a key of its own (a plug-in technique's "CYCLING/Capacity retention"); an OTHER value
     * with a derived key ("OTHER/name": fit parameters without physical meaning, e.g. CPE exponents) stays off.
     */
    private static boolean charted(ResultParameter p) {
        return p.getQuantity() != QuantityKind.OTHER || !QuantityKeys.keyOf(p).startsWith(QuantityKind.OTHER.getName() + "/");
    }

    /**
     * Whether a value belongs to {@code iface}: by its own interface or interphase link, else by its measurement's
     * interface. A plug-in technique's quantity (own key) measured on the whole cell, linked to no interface (a
     * cycling record's capacity retention), is a property of the cell and is shown beside every interface of it.
     */
    private static boolean concerns(ResultParameter p, Measurement m, Interface iface) {
        if (p.getInterface() != null) {
            return p.getInterface() == iface;
        }
        if (p.getInterphase() != null) {
            return p.getInterphase().eContainer() == iface;
        }
        if (m.getInterface() == null && p.getQuantity() == QuantityKind.OTHER) {
            return true; // charted() keeps only OTHER values with a key of their own
        }
        return m.getInterface() == iface;
    }
}
