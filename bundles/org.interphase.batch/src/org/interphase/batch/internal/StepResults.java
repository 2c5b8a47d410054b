package org.interphase.batch.internal;

import java.nio.file.Path;
import java.util.List;

import org.interphase.batch.api.BatchMethod;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Measurement;
import org.interphase.model.ResultParameter;

/**
 * Stores the results of one method step on one measurement — made by the command's technique builder
 * ({@link org.interphase.core.api.BatchCommand#analyse}: the editor's algorithm id, version, settings, values with
 * unit, σ, flags and links, nothing capped) — and adds their values to the CSV table.
 */
final class StepResults {

    /** The header of the CSV table. */
    static final String CSV_HEADER = "file,technique,analysis,quantity,value\n";

    private StepResults() {
    }

    /** Adds {@code results} of a step of {@code method} to {@code m} and their values to {@code csv}. */
    static void record(BatchMethod method, List<AnalysisResult> results, Measurement m, Path file, String technique,
            StringBuilder csv) {
        for (AnalysisResult a : results) {
            a.getInputs().add("method:" + method.name() + " v" + method.version());
            m.getAnalyses().add(a);
            for (ResultParameter p : a.getParameters()) {
                csv.append(csvCell(file.toString())).append(',').append(technique).append(',')
                        .append(a.getAlgorithmId()).append(',').append(csvCell(p.getName())).append(',')
                        .append(p.getValue()).append('\n');
            }
        }
    }

    private static String csvCell(String text) {
        return org.interphase.core.api.CsvCells.cell(text);
    }
}
