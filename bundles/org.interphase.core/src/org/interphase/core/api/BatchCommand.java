package org.interphase.core.api;

import java.io.IOException;
import java.util.List;

/**
 * A subcommand of the headless engine ({@code interphase batch <name> ...}). Technique bundles and in-house
 * plug-ins register commands as OSGi services; the batch application prints the result as JSON, so the
 * GUI and scripts share one engine.
 */
public interface BatchCommand {

    /** The subcommand name, e.g. {@code sims-interfaces}. */
    String name();

    /** One line of usage, e.g. {@code sims-interfaces FILE [--signal NAME...]}. */
    String usage();

    /**
     * Runs the command.
     *
     * @return a JSON-ready value: maps, lists, strings, numbers, booleans
     * @throws IllegalArgumentException for wrong usage (the message is shown with the usage line)
     * @throws ImportException          for bad input, naming file and line
     */
    Object run(List<String> args) throws ImportException, IOException;

    /**
     * The technique ids (see {@link org.interphase.model.technique.Techniques}) whose files this command
     * analyses; a batch method applies a step only to files of these techniques. Empty means any file.
     */
    default java.util.Set<String> techniques() {
        return java.util.Set.of();
    }

    /**
     * Runs the command on the file of {@code m} (the first of {@code args}) and returns what a study stores:
     * the command's technique builder's results (same algorithm id, version, settings, values, flags and links
     * as the editor), not yet added to {@code m}. The default stores every number of {@link #run}'s output
     * ({@link CommandResults}); technique commands override it.
     */
    default java.util.List<org.interphase.model.AnalysisResult> analyse(org.interphase.model.Measurement m,
            List<String> args) throws ImportException, IOException {
        return java.util.List.of(CommandResults.of(this, m, args, run(args), new java.util.Date()));
    }
}
