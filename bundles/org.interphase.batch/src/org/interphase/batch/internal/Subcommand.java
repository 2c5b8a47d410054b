package org.interphase.batch.internal;

import java.io.PrintStream;
import java.util.List;

/**
 * One subcommand of {@code interphase batch}: a built-in ({@code inspect}, {@code run}, {@code import},
 * {@code report}) or a {@link org.interphase.core.api.BatchCommand} service. {@link BatchApplication} maps what
 * {@link #run} throws to an exit code and one error line (see {@link Failures}).
 */
interface Subcommand {

    /** The name typed after {@code batch}. */
    String name();

    /** One line of usage, without the {@code interphase batch} prefix. */
    String usage();

    /**
     * Runs the command and returns its exit code (0 success, 1 bad input). Wrong usage is an
     * {@link IllegalArgumentException}; a bad file an {@link org.interphase.core.api.ImportException} or an
     * {@link java.io.IOException}; anything else is an internal error.
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
