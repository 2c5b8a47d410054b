package org.interphase.app.imports;

import java.util.List;

import org.interphase.core.api.MeasurementImport.FileResult;

/**
 * What an import did: the number of measurements added, and every file that failed with its reason.
 *
 * @param imported  measurements added to the study
 * @param failures  files that were not imported, each "name: reason"
 * @param cancelled whether the user cancelled (then nothing was added)
 */
public record ImportSummary(int imported, List<String> failures, boolean cancelled) {

    public ImportSummary {
        failures = List.copyOf(failures);
    }

    /** The summary of {@code results}. */
    public static ImportSummary of(List<FileResult> results, boolean cancelled) {
        int n = cancelled ? 0 : results.stream().filter(FileResult::ok).mapToInt(r -> r.measurements().size()).sum();
        List<String> failed = results.stream().filter(r -> !r.ok()).map(ImportSummary::failure).toList();
        return new ImportSummary(n, failed, cancelled);
    }

    /** "name: reason", without repeating the path the engine's messages start with. */
    private static String failure(FileResult r) {
        String name = String.valueOf(r.file().getFileName());
        String reason = r.error();
        String path = r.file().toString();
        if (reason.startsWith(path)) {
            reason = reason.substring(path.length()).replaceFirst("^[:\\s]+", "");
        }
        return name + ": " + reason;
    }

    /** A summary of an import that could not be added at all (e.g. its interface was renamed meanwhile). */
    public static ImportSummary refused(String reason) {
        return new ImportSummary(0, List.of(reason), false);
    }

    /** The text of the summary dialog. */
    public String text() {
        if (cancelled) {
            return "The import was cancelled; the study was not changed.";
        }
        StringBuilder s = new StringBuilder("Imported " + imported + " measurement" + (imported == 1 ? "" : "s") + ".");
        if (!failures.isEmpty()) {
            s.append("\n\nFailed: ").append(failures.size()).append('\n');
            failures.forEach(f -> s.append("\n• ").append(f));
        }
        return s.toString();
    }
}
