package org.interphase.batch.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import org.interphase.core.api.ImportException;
import org.interphase.model.persistence.StudyLoadException;

/**
 * Exit codes of {@code interphase batch} and the one error line that goes with each: 0 success, 1 bad input
 * (a file that cannot be read, imported or validated), 2 usage, 3 internal error. An internal error, including
 * {@link OutOfMemoryError} and {@link StackOverflowError}, is written with its stack trace to
 * {@link #logFile()}, and the line names that file.
 */
public final class Failures {

    /** Success. */
    public static final int OK = 0;
    /** Bad input: a file could not be read, imported or validated. */
    public static final int BAD_INPUT = 1;
    /** Wrong usage: unknown option, missing argument, a number that is not one. */
    public static final int USAGE = 2;
    /** Internal error: anything else; the trace is in {@link #logFile()}. */
    public static final int INTERNAL = 3;

    /** System property that moves the error log (tests). */
    public static final String LOG_PROPERTY = "interphase.batch.errorLog";

    private Failures() {
    }

    /** Bad input whose message already names the file (exit {@link #BAD_INPUT}). */
    static final class BadInput extends Exception {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }

    /** Runs {@code command} and turns whatever it throws into an exit code and one line on {@code err}. */
    static int run(Subcommand command, List<String> args, PrintStream out, PrintStream err) {
        try {
            return command.run(args, out, err);
        } catch (IllegalArgumentException e) {
            err.println(oneLine("error: " + e.getMessage() + " (usage: interphase batch " + command.usage() + ")"));
            return USAGE;
        } catch (ImportException | StudyLoadException | BadInput e) {
            err.println(oneLine("error: " + e.getMessage()));
            return BAD_INPUT;
        } catch (IOException e) {
            err.println(oneLine("error: " + ioMessage(e)));
            return BAD_INPUT;
        } catch (UncheckedIOException e) {
            err.println(oneLine("error: " + ioMessage(e.getCause())));
            return BAD_INPUT;
        } catch (Throwable t) { // NOPMD: every failure, even an Error, must end in one line and a non-zero exit
            return internal(command.name() + " " + String.join(" ", args), t, err);
        }
    }

    /** Reports an internal error: the trace to the log file, one line to {@code err}; returns {@link #INTERNAL}. */
    static int internal(String what, Throwable t, PrintStream err) {
        String where;
        try {
            where = log(what, t).toString();
        } catch (IOException | RuntimeException e) {
            where = "no log written: " + e.getMessage();
        }
        String kind = t instanceof OutOfMemoryError ? "ran out of memory"
                : t instanceof StackOverflowError ? "ran out of stack (input nested too deeply?)"
                : "failed: " + t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        err.println(oneLine("error: internal error, " + abbreviate(what.strip(), 200) + " " + kind + " (details in "
                + where + ")"));
        return INTERNAL;
    }

    /** Where internal errors are logged: {@value #LOG_PROPERTY} or {@code ~/.interphase/batch-error.log}. */
    public static Path logFile() {
        String configured = System.getProperty(LOG_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".interphase", "batch-error.log");
    }

    private static Path log(String what, Throwable t) throws IOException {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        Path file = logFile();
        Files.createDirectories(file.getParent());
        String entry = "=== " + Instant.now() + " interphase batch " + what + "\n" + trace + "\n";
        Files.writeString(file, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return file;
    }

    private static String ioMessage(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return n.getFile() + ": no such file or folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
            return f.getFile() + ": " + (f.getReason() == null ? e.getClass().getSimpleName() : f.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The text on one line, control characters replaced by spaces. */
    static String oneLine(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return b.toString();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
