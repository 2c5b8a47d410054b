package org.interphase.report.api;

import static org.interphase.report.api.Html.esc;
import static org.interphase.report.api.Html.num;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.interphase.core.api.InterfaceTimeline;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Cell;
import org.interphase.model.Layer;
import org.interphase.model.Measurement;
import org.interphase.model.ResultFlag;
import org.interphase.model.edit.Labels;

/** The report's tables: layers, values with units and flags, provenance as key: value lines, and measurements. */
final class ReportTables {

    /** Interfaces with more values than this show a summary per quantity and fold the full table. */
    static final int FOLD_ROWS = 24;

    private ReportTables() {
    }

    /** "At bound, Sigma undefined" or "". */
    static String flags(InterfaceTimeline.Point p) {
        return String.join(", ", p.flags().stream().map(ReportTables::flag).toList());
    }

    /** The words of a warning; the machine name stays in the study file. */
    static String flag(ResultFlag f) {
        return switch (f) {
            case SIGMA_UNDEFINED -> "σ undefined";
            case NOT_CONVERGED -> "fit not converged";
            case BETTER_MINIMUM_ELSEWHERE -> "better minimum elsewhere";
            default -> Labels.literal(f);
        };
    }

    /** The layers from the bottom up with role, material and thickness. */
    static void layers(StringBuilder h, Cell cell) {
        h.append("<table><tr><th>layer</th><th>role</th><th>material</th><th class=\"num\">thickness (µm)</th></tr>\n");
        for (Layer l : cell.getLayers()) {
            h.append("<tr><td>").append(esc(l.getName())).append("</td><td>").append(esc(Labels.role(l)))
                    .append("</td><td>").append(l.getMaterial() == null ? "" : esc(l.getMaterial().getFormula()))
                    .append("</td><td class=\"num\">").append(l.getThicknessUm() > 0 ? num(l.getThicknessUm()) : "not given")
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** One row per quantity: points, cycles, first and last value ± σ, how many are flagged. */
    static void summary(StringBuilder h, List<ReportSeries> series) {
        h.append("<table class=\"summary\"><tr><th>quantity</th><th>technique</th><th class=\"num\">values</th>"
                + "<th class=\"num\">cycles</th><th class=\"num\">first</th><th class=\"num\">last</th><th>unit</th>"
                + "<th>flags</th></tr>\n");
        for (ReportSeries s : series) {
            List<InterfaceTimeline.Point> ps = s.points();
            InterfaceTimeline.Point first = ps.get(0);
            InterfaceTimeline.Point last = ps.get(ps.size() - 1);
            long flagged = ps.stream().filter(InterfaceTimeline.Point::flagged).count();
            h.append("<tr><td>").append(esc(s.title())).append("</td><td>").append(esc(s.technique()))
                    .append("</td><td class=\"num\">").append(ps.size()).append("</td><td class=\"num\">")
                    .append(num(first.x())).append(ps.size() > 1 ? "–" + num(last.x()) : "").append("</td><td class=\"num\">")
                    .append(esc(valueText(first))).append("</td><td class=\"num\">").append(ps.size() > 1 ? esc(valueText(last)) : "")
                    .append("</td><td>").append(esc(s.unit())).append("</td><td class=\"flag\">")
                    .append(flagged == 0 ? "" : flagged + " flagged").append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** Every value with σ, unit, flags and the measurement it came from. */
    static void values(StringBuilder h, List<ReportSeries> series) {
        h.append("<table class=\"values\"><tr><th>quantity</th><th>parameter</th><th>cycle</th><th class=\"num\">value</th>"
                + "<th class=\"num\">±1σ</th><th>unit</th><th>flags</th><th>measurement</th></tr>\n");
        for (ReportSeries s : series) {
            for (InterfaceTimeline.Point p : s.points()) {
                String[] v = Html.withSigma(p.value(), p.standardError());
                h.append("<tr><td>").append(esc(s.title())).append("</td><td>").append(esc(p.parameter().getName()))
                        .append("</td><td>").append(esc(Labels.cycleState(p.cycle()))).append("</td><td class=\"num\">")
                        .append(esc(v[0])).append("</td><td class=\"num\">").append(esc(v[1])).append("</td><td>")
                        .append(esc(s.unit())).append("</td><td class=\"flag\">").append(esc(flags(p))).append("</td><td>")
                        .append(esc(p.measurement().getName())).append("</td></tr>\n");
            }
        }
        h.append("</table>\n");
    }

    /**
     * The provenance of the values, folded: one block per algorithm and version with the settings all its analyses
     * share as key: value lines, then per analysis the measurement, its source file, the settings of its own and the
     * inputs (file hashes) it read.
     */
    static void provenance(StringBuilder h, List<ReportSeries> series) {
        Map<String, Map<AnalysisResult, Measurement>> groups = new LinkedHashMap<>();
        for (ReportSeries s : series) {
            for (InterfaceTimeline.Point p : s.points()) {
                AnalysisResult a = p.analysis();
                groups.computeIfAbsent(a.getAlgorithmId() + ' ' + a.getAlgorithmVersion(), k -> new LinkedHashMap<>())
                        .putIfAbsent(a, p.measurement());
            }
        }
        int analyses = groups.values().stream().mapToInt(Map::size).sum();
        h.append("<details class=\"provenance\"><summary>Provenance: ").append(analyses)
                .append(analyses == 1 ? " analysis" : " analyses").append(" by ").append(groups.size())
                .append(groups.size() == 1 ? " algorithm" : " algorithms").append("</summary>\n");
        for (Map.Entry<String, Map<AnalysisResult, Measurement>> group : groups.entrySet()) {
            Map<AnalysisResult, Map<String, String>> settings = new LinkedHashMap<>();
            group.getValue().keySet().forEach(a -> settings.put(a, Settings.map(a.getSettings())));
            Map<String, String> common = new LinkedHashMap<>(settings.values().iterator().next());
            settings.values().forEach(m -> common.entrySet().removeIf(e -> !e.getValue().equals(m.get(e.getKey()))));
            h.append("<div class=\"prov\"><h4>").append(esc(group.getKey())).append("</h4>\n");
            common.forEach((k, v) -> line(h, k, v));
            for (Map.Entry<AnalysisResult, Measurement> e : group.getValue().entrySet()) {
                Measurement m = e.getValue();
                line(h, "measurement", m.getName() + (m.getSourceUri() == null ? "" : " — " + m.getSourceUri()));
                settings.get(e.getKey()).forEach((k, v) -> {
                    if (!common.containsKey(k)) {
                        line(h, k, v);
                    }
                });
                for (String input : e.getKey().getInputs()) {
                    line(h, "input", input);
                }
            }
            h.append("</div>\n");
        }
        h.append("</details>\n");
    }

    /** Every measurement of the cell with technique, interface, cycle, file and hash. */
    static void measurements(StringBuilder h, Cell cell) {
        boolean fold = cell.getMeasurements().size() > FOLD_ROWS;
        if (fold) {
            h.append("<details class=\"measurements\"><summary>All ").append(cell.getMeasurements().size())
                    .append(" measurements</summary>\n");
        }
        h.append("<table class=\"measurements\"><tr><th>measurement</th><th>technique</th><th>interface</th>"
                + "<th>cycle</th><th>file</th><th>importer</th></tr>\n");
        for (Measurement m : cell.getMeasurements()) {
            h.append("<tr><td>").append(esc(m.getName())).append("</td><td>").append(esc(Labels.technique(m)))
                    .append("</td><td>").append(m.getInterface() == null ? "" : esc(m.getInterface().getName()))
                    .append("</td><td>").append(m.getCycleState() == null ? "" : esc(Labels.cycleState(m.getCycleState())))
                    .append("</td><td class=\"wrap\">").append(esc(m.getSourceUri()))
                    .append(m.getSha256() == null || m.getSha256().isBlank() ? "" : "<br/><span class=\"note\">SHA-256 "
                            + esc(m.getSha256()) + "</span>")
                    .append("</td><td>").append(esc(m.getImporterId())).append(' ').append(esc(m.getImporterVersion()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n").append(fold ? "</details>\n" : "");
    }

    private static void line(StringBuilder h, String key, String value) {
        h.append("<p class=\"kv\"><span class=\"k\">").append(esc(key.strip())).append(":</span> ").append(esc(value))
                .append("</p>\n");
    }

    private static String valueText(InterfaceTimeline.Point p) {
        String[] v = Html.withSigma(p.value(), p.standardError());
        return v[0] + (v[1].isEmpty() ? "" : " ± " + v[1]);
    }
}
