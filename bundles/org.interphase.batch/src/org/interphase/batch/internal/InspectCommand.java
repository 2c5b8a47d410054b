package org.interphase.batch.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.interphase.batch.api.Inspector;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Importer;
import org.interphase.core.api.Importers;

import com.google.gson.Gson;

/** {@code inspect FILE...}: one JSON object per line per good file; one error line per bad file. */
final class InspectCommand implements Subcommand {

    private final Gson gson;

    InspectCommand(Gson gson) {
        this.gson = gson;
    }

    @Override
    public String name() {
        return "inspect";
    }

    @Override
    public String usage() {
        return "inspect FILE...   what the importers read from each file (JSON per file)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> files = Options.parse(args, Set.of(), Set.of()).positional();
        if (files.isEmpty()) {
            throw new IllegalArgumentException("missing FILE");
        }
        List<Importer> importers = Importers.all();
        int status = Failures.OK;
        for (String arg : files) {
            Path file = Path.of(arg);
            try {
                out.println(gson.toJson(Inspector.inspect(file, importers)));
            } catch (ImportException e) {
                err.println(Failures.oneLine("error: " + arg + (e.line() > 0 ? ", line " + e.line() : "") + ": "
                        + e.reason()));
                status = Math.max(status, Failures.BAD_INPUT);
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                status = Math.max(status, Failures.internal("inspect " + arg, e, err));
            }
        }
        return status;
    }
}
