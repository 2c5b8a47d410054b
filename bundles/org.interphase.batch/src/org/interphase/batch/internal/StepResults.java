package org.interphase.batch.internal;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.interphase.batch.api.BatchMethod;
import org.interphase.model.AnalysisResult;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Measurement;
import org.interphase.model.ResultParameter;

import com.google.gson.Gson;

/**
 * Turns the output of one method step on one measurement into an {@link AnalysisResult} on that measurement
 * and rows of the CSV table. (Kept apart from {@link MethodRunner} so that per-technique result builders can
 * replace it in one place.)
 */
final class StepResults {

    /** The header of the CSV table. */
    static final String CSV_HEADER = "file,technique,analysis,quantity,value\n";

    private static final InterphaseFactory F = InterphaseFactory.eINSTANCE;

    private StepResults() {
    }

    /** Adds the result of {@code step} to {@code m} and its numbers to {@code csv}. */
    static AnalysisResult record(BatchMethod method, BatchMethod.Step step, Measurement m, Path file, String technique,
            Object result, Gson gson, StringBuilder csv) {
        AnalysisResult a = F.createAnalysisResult();
        a.setName(step.analysis());
        a.setAlgorithmId(step.analysis());
        a.setAlgorithmVersion(method.name() + " v" + method.version());
        a.setSettings(gson.toJson(step.settings()));
        a.setCreatedAt(new Date());
        a.getInputs().add("sha256:" + m.getSha256());
        a.getInputs().add(file.toString());
        m.getAnalyses().add(a);
        flatten("", result, (key, value) -> {
            ResultParameter p = F.createResultParameter();
            p.setName(key);
            p.setValue(value);
            a.getParameters().add(p);
            csv.append(csvCell(file.toString())).append(',').append(technique).append(',').append(step.analysis())
                    .append(',').append(csvCell(key)).append(',').append(value).append('\n');
        });
        return a;
    }

    private interface Leaf {
        void accept(String key, double value);
    }

    /** Every finite number of a JSON-ready value, keyed by its path (signals[0].falling.t50). */
    private static void flatten(String prefix, Object value, Leaf leaf) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, leaf));
        } else if (value instanceof List<?> list) {
            if (list.size() > 64) {
                return; // long arrays (per-slice profiles, curves) stay in the command's own output
            }
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                Object label = null;
                if (item instanceof Map<?, ?> m) {
                    label = m.get("name") != null ? m.get("name") : m.get("signal");
                }
                flatten(prefix + "[" + (label instanceof String l ? l : String.valueOf(i)) + "]", item, leaf);
            }
        } else if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
            leaf.accept(prefix, n.doubleValue());
        } else if (value instanceof Optional<?> o && o.isPresent()) {
            flatten(prefix, o.get(), leaf);
        }
    }

    private static String csvCell(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
