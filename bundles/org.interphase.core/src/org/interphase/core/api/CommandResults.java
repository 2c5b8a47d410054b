package org.interphase.core.api;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.interphase.model.AnalysisResult;
import org.interphase.model.Measurement;
import org.interphase.model.QuantityKind;

/**
 * The generic result of a {@link BatchCommand} that has no builder of its own (in-house plug-ins): every
 * finite number of its JSON-ready output is stored, nothing is dropped. Numbers become parameters keyed
 * by their path ({@code signals[Cl-].falling.t50}); a list of {@value #SERIES_FROM} or more plain numbers
 * becomes a {@code ResultSeries} (index, value) instead of that many parameters.
 */
public final class CommandResults {

    /** Length from which a list of numbers is stored as a series. */
    public static final int SERIES_FROM = 16;

    private CommandResults() {
    }

    /**
     * The result of {@code command}'s {@code output} for measurement {@code m}; algorithm id = the command
     * name, version = the command's bundle version, settings = the arguments after the file.
     */
    public static AnalysisResult of(BatchCommand command, Measurement m, List<String> args, Object output, Date now) {
        StringBuilder json = new StringBuilder("{\"arguments\":[");
        for (int i = 1; i < args.size(); i++) {
            json.append(i > 1 ? "," : "").append('"').append(args.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        json.append("]}");
        AnalysisResult a = Results.result(m, command.name(), command.getClass(), command.name(), json.toString(), now);
        flatten("", output, a, m);
        return a;
    }

    private static void flatten(String prefix, Object value, AnalysisResult a, Measurement m) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, a, m));
        } else if (value instanceof List<?> list) {
            if (list.size() >= SERIES_FROM && list.stream().allMatch(Number.class::isInstance)) {
                double[] x = new double[list.size()];
                double[] y = new double[list.size()];
                for (int i = 0; i < x.length; i++) {
                    x[i] = i;
                    y[i] = ((Number) list.get(i)).doubleValue();
                }
                a.getSeries().add(Results.series(prefix, "index", prefix, x, y));
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                Object label = null;
                if (item instanceof Map<?, ?> im) {
                    label = im.get("name") != null ? im.get("name") : im.get("signal");
                }
                flatten(prefix + "[" + (label instanceof String l ? l : String.valueOf(i)) + "]", item, a, m);
            }
        } else if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
            Results.add(a, m, new ResultValue(prefix, n.doubleValue(), Double.NaN, Double.NaN, Double.NaN, "",
                    QuantityKind.OTHER, Optional.empty(), java.util.Set.of(), false, Optional.empty()));
        } else if (value instanceof Optional<?> o && o.isPresent()) {
            flatten(prefix, o.get(), a, m);
        }
    }
}
