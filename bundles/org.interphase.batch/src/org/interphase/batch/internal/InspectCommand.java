package org.interphase.batch.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.interphase.batch.api.Inspector;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Importer;
import org.interphase.core.api.Importers;

import com.google.gson.Gson;

/** {@code inspect FILE...}: one JSON object per line per good file; one error line per bad file. */
public final class InspectCommand {

    private final Gson gson;

    public InspectCommand(Gson gson) {
        this.gson = gson;
    }

    public String name() {
        return "inspect";
    }

    public String usage() {
        return "inspect FILE...   what the importers read from each file (JSON per file)";
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println("usage: interphase batch " + usage());
            return 2;
        }
        List<Importer> importers = Importers.all();
        int status = 0;
        for (String arg : args) {
            Path file = Path.of(arg);
            try {
                out.println(gson.toJson(Inspector.inspect(file, importers)));
            } catch (ImportException e) {
                err.println("error: " + arg + (e.line() > 0 ? ", line " + e.line() : "") + ": " + e.reason());
                status = 1;
            } catch (RuntimeException e) {
                err.println("error: " + arg + ": internal error " + e);
                status = 1;
            }
        }
        return status;
    }
}
