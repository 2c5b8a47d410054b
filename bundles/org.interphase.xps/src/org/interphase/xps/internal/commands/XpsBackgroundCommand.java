package org.interphase.xps.internal.commands;

import java.util.List;
import java.util.Map;

import org.interphase.core.api.BatchCommand;
import org.interphase.core.api.CommandArgs;
import org.interphase.core.api.ImportException;
import org.interphase.xps.api.BackgroundCommands;
import org.osgi.service.component.annotations.Component;

/** {@code xps-background --type shirley|tougaard|linear --range LO:HI FILE [--block N] [--average N]}. */
@Component(service = BatchCommand.class)
public class XpsBackgroundCommand implements BatchCommand {

    @Override
    public String name() {
        return "xps-background";
    }

    @Override
    public String usage() {
        return "xps-background --type shirley|tougaard|linear --range LO:HI FILE [--block N (1-based, default 1)] "
                + "[--average HALF_WIDTH (end points averaged over 2 HALF_WIDTH + 1 points, default 2)]";
    }

    @Override
    public java.util.Set<org.interphase.model.Technique> techniques() {
        return java.util.Set.of(org.interphase.model.Technique.XPS);
    }

    @Override
    public Object run(List<String> args) throws ImportException {
        CommandArgs a = CommandArgs.parse(args, Map.of("--type", "type", "--range", "range", "--block", "block",
                "--average", "average"));
        if (a.file().isEmpty() || a.last("type") == null || a.last("range") == null) {
            throw new IllegalArgumentException("FILE, --type and --range are required");
        }
        double[] r = BackgroundCommands.range(a.last("range"));
        return BackgroundCommands.background(a.file().get(), BackgroundCommands.type(a.last("type")), r[0], r[1],
                integer(a.last("block"), 1, "--block"), integer(a.last("average"), 2, "--average"));
    }

    private static int integer(String v, int dflt, String name) {
        if (v == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs an integer, not '" + v + "'");
        }
    }
}
