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
import org.interphase.core.api.ImportException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** The headless engine: {@code interphase batch <command> [args]}; prints JSON, exits non-zero on bad input. */
public class BatchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> args = new ArrayList<>(Arrays.asList(raw == null ? new String[0] : raw));
        args.removeIf(a -> a.equals("-consoleLog") || a.equals("-nosplash"));
        return run(args, System.out, System.err);
    }

    /** Runs one command line; returns the exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Gson gson = new GsonBuilder().disableHtmlEscaping().serializeNulls()
                .serializeSpecialFloatingPointValues().create();
        InspectCommand inspect = new InspectCommand(gson);
        Map<String, BatchCommand> commands = commands();
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
            out.println("usage: interphase batch <command> [arguments]\ncommands:");
            out.println("  " + inspect.usage());
            out.println("  " + MethodRunner.usage());
            out.println("  " + ReportCommand.usage());
            commands.values().forEach(c -> out.println("  " + c.usage()));
            return args.isEmpty() ? 2 : 0;
        }
        List<String> rest = args.subList(1, args.size());
        if (args.get(0).equals(inspect.name())) {
            return inspect.run(rest, out, err);
        }
        if (args.get(0).equals("report")) {
            return new ReportCommand().run(rest, out, err);
        }
        if (args.get(0).equals("run")) {
            return new MethodRunner(commands, org.interphase.core.api.Importers.all(), gson).run(rest, out, err);
        }
        BatchCommand command = commands.get(args.get(0));
        if (command == null) {
            err.println("error: unknown command '" + args.get(0) + "'; commands: " + inspect.name() + ", "
                    + String.join(", ", commands.keySet()));
            return 2;
        }
        try {
            out.println(gson.toJson(command.run(rest)));
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println("usage: interphase batch " + command.usage());
            return 2;
        } catch (ImportException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (java.io.IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    /** The commands registered as services, by name. */
    static Map<String, BatchCommand> commands() {
        Map<String, BatchCommand> commands = new LinkedHashMap<>();
        Bundle bundle = FrameworkUtil.getBundle(BatchApplication.class);
        BundleContext ctx = bundle == null ? null : bundle.getBundleContext();
        if (ctx != null) {
            try {
                for (ServiceReference<BatchCommand> ref : ctx.getServiceReferences(BatchCommand.class, null)) {
                    BatchCommand c = ctx.getService(ref);
                    if (c != null) {
                        commands.putIfAbsent(c.name(), c);
                    }
                }
            } catch (InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return commands;
    }

    @Override
    public void stop() {
        // commands are short-lived; nothing to interrupt
    }
}
