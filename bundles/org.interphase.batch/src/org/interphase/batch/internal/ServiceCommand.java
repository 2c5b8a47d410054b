package org.interphase.batch.internal;

import java.io.PrintStream;
import java.util.List;

import org.interphase.core.api.BatchCommand;

import com.google.gson.Gson;

/** A {@link BatchCommand} service as a {@link Subcommand}: its result printed as one JSON line. */
final class ServiceCommand implements Subcommand {

    private final BatchCommand command;
    private final Gson gson;

    ServiceCommand(BatchCommand command, Gson gson) {
        this.command = command;
        this.gson = gson;
    }

    @Override
    public String name() {
        return command.name();
    }

    @Override
    public String usage() {
        return command.usage();
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        String json = gson.toJson(command.run(args));
        out.println(json);
        return 0;
    }
}
