package org.interphase.batch.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.interphase.core.api.BatchCommand;
import org.interphase.core.api.Importers;
import org.interphase.model.services.ServiceRegistry;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * The headless engine: {@code interphase batch <command> [args]}; prints JSON on stdout and exits with
 * {@link Failures#OK 0} only on success ({@link Failures} lists the other codes).
 */
public class BatchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> args = new ArrayList<>(Arrays.asList(raw == null ? new String[0] : raw));
        args.removeIf(a -> a.equals("-consoleLog") || a.equals("-nosplash"));
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.err.flush();
        return code;
    }

    /** Runs one command line; returns the exit code. Never throws. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            return dispatch(args, out, err);
        } catch (Throwable t) { // NOPMD: looking up the commands failed; still one line and a non-zero exit
            return Failures.internal(String.join(" ", args), t, err);
        }
    }

    private static int dispatch(List<String> args, PrintStream out, PrintStream err) {
        Gson gson = new GsonBuilder().disableHtmlEscaping().serializeNulls()
                .serializeSpecialFloatingPointValues().create();
        Map<String, Subcommand> commands = new LinkedHashMap<>();
        Map<String, BatchCommand> services = commands();
        for (Subcommand c : List.of(new InspectCommand(gson), new MethodRunner(services, Importers.all(), gson),
                new ImportCommand(Importers.all(), gson), new ReportCommand())) {
            commands.put(c.name(), c);
        }
        services.values().forEach(s -> commands.putIfAbsent(s.name(), new ServiceCommand(s, gson)));
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
            out.println("usage: interphase batch <command> [arguments]; commands:");
            commands.values().forEach(c -> out.println("  " + c.usage()));
            out.println("exit codes: 0 success, 1 bad input, 2 usage, 3 internal error (trace in "
                    + Failures.logFile() + ")");
            if (args.isEmpty()) {
                err.println("error: no command given (usage above)");
                return Failures.USAGE;
            }
            return Failures.OK;
        }
        Subcommand command = commands.get(args.get(0));
        if (command == null) {
            err.println(Failures.oneLine("error: unknown command '" + args.get(0) + "'; commands: "
                    + String.join(", ", commands.keySet())));
            return Failures.USAGE;
        }
        return Failures.run(command, List.copyOf(args.subList(1, args.size())), out, err);
    }

    /**
     * The commands registered as services, by name; of two with the same name the one with the higher
     * service ranking is kept and the other logged ({@link ServiceRegistry#unique}).
     */
    static Map<String, BatchCommand> commands() {
        Map<String, BatchCommand> commands = new LinkedHashMap<>();
        for (BatchCommand c : ServiceRegistry.unique(BatchCommand.class, BatchCommand::name)) {
            commands.put(c.name(), c);
        }
        return commands;
    }

    @Override
    public void stop() {
        // commands are short-lived; nothing to interrupt
    }
}
