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
                + "[--average HALF_WIDTH (end points averaged over 2 HALF_WIDTH + 1 points, default 2)] "
                + "[--window EV (average the first/last EV instead)] [--clamp yes|no (Shirley held below the data "
                + "envelope, for weak noisy regions; default no)] [--endpoints casaxps|one-sided (Shirley end levels: "
                + "averaged over points centred on each range end, points outside the range included, as CasaXPS "
                + "(default); or over the points inside the range only)] " + CommandArgs.AS_USAGE;
    }

    @Override
    public java.util.Set<String> techniques() {
        return java.util.Set.of(org.interphase.model.technique.Techniques.XPS);
    }

    @Override
    public Object run(List<String> args) throws ImportException {
        CommandArgs a = CommandArgs.parse(args, CommandArgs.withAs(Map.of("--type", "type", "--range", "range",
                "--block", "block", "--average", "average", "--window", "window", "--clamp", "clamp", "--endpoints",
                "endpoints")));
        if (a.file().isEmpty() || a.last("type") == null || a.last("range") == null) {
            throw new IllegalArgumentException("FILE, --type and --range are required");
        }
        double[] r = BackgroundCommands.range(a.last("range"));
        int average = integer(a.last("average"), 2, "--average");
        if (average < 0) {
            throw new IllegalArgumentException("--average must be >= 0");
        }
        double window = a.last("window") == null ? 0 : positive(a.last("window"));
        boolean clamp = switch (a.last("clamp") == null ? "no" : a.last("clamp").toLowerCase(java.util.Locale.ROOT)) {
            case "yes", "true", "on" -> true;
            case "no", "false", "off" -> false;
            default -> throw new IllegalArgumentException("--clamp needs yes or no, not '" + a.last("clamp") + "'");
        };
        org.interphase.xps.api.Backgrounds.ShirleyConvention convention = switch (a.last("endpoints") == null
                ? "casaxps" : a.last("endpoints").toLowerCase(java.util.Locale.ROOT)) {
            case "casaxps", "centred", "centered" -> org.interphase.xps.api.Backgrounds.ShirleyConvention.CASAXPS;
            case "one-sided", "inside" -> org.interphase.xps.api.Backgrounds.ShirleyConvention.ONE_SIDED;
            default -> throw new IllegalArgumentException("--endpoints needs casaxps or one-sided, not '"
                    + a.last("endpoints") + "'");
        };
        return BackgroundCommands.background(a.file().get(), BackgroundCommands.type(a.last("type")), r[0], r[1],
                integer(a.last("block"), 1, "--block"), new org.interphase.xps.api.Backgrounds.ShirleyOptions(average,
                        window, clamp, convention), a.as());
    }

    private static double positive(String v) {
        try {
            double d = Double.parseDouble(v.trim());
            if (d > 0 && Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--window needs a positive number of eV, not '" + v + "'");
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
