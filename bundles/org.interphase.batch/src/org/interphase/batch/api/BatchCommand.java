package org.interphase.batch.api;

import java.io.PrintStream;
import java.util.List;

/**
 * A subcommand of the headless engine ({@code interphase batch <name> ...}). Technique bundles and
 * in-house plug-ins register commands as OSGi services; each prints JSON to {@code out}.
 */
public interface BatchCommand {

    /** The subcommand name, e.g. {@code inspect}. */
    String name();

    /** One line of usage, e.g. {@code inspect FILE...}. */
    String usage();

    /**
     * Runs the command.
     *
     * @return the process exit code: 0 on success, 1 when some input was bad, 2 on wrong usage
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
