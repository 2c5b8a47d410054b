package org.interphase.xps.internal.commands;

import java.util.List;
import java.util.Map;

import org.interphase.core.api.BatchCommand;
import org.interphase.core.api.CommandArgs;
import org.interphase.core.api.ImportException;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Measurement;
import org.interphase.xps.api.ChargeCorrection;
import org.interphase.xps.api.ChargeReference;
import org.interphase.xps.api.XpsCommands;
import org.interphase.xps.api.XpsResults;
import org.osgi.service.component.annotations.Component;

/** {@code xps-fit FILE --model MODEL.json} or {@code xps-fit FILE --region LABEL --species NAME...} for the batch engine. */
@Component(service = BatchCommand.class)
public class XpsFitCommand implements BatchCommand {

    private static final Map<String, String> OPTIONS = Map.of("--region", "region", "--species", "species", "--model",
            "model", "--charge-ref", "chargeRef", "--shift", "shift", "--charge-window", "chargeWindow");

    private static java.util.Optional<ChargeReference> charge(CommandArgs a) {
        return ChargeReference.parse(a.last("chargeRef"), a.last("shift"), a.last("chargeWindow"));
    }

    @Override
    public String name() {
        return "xps-fit";
    }

    @Override
    public String usage() {
        return "xps-fit FILE --model MODEL.json [--region LABEL]   or   xps-fit FILE --region LABEL --species NAME"
                + " [--species NAME...]   [--charge-ref \"C 1s=284.8\" (shift every region so that the maximum of that"
                + " core level within --charge-window EV, default 3, of the energy lies there) | --shift EV (added to"
                + " every binding energy)]   " + CommandArgs.AS_USAGE;
    }

    @Override
    public java.util.Set<String> techniques() {
        return java.util.Set.of(org.interphase.model.technique.Techniques.XPS);
    }

    /** The fit stored as the editor stores it ({@link XpsResults#fit}). */
    @Override
    public List<AnalysisResult> analyse(Measurement m, List<String> args) throws ImportException, java.io.IOException {
        CommandArgs a = parse(args);
        java.util.Optional<ChargeReference> charge = charge(a);
        XpsResults.RegionRun run = a.last("model") != null
                ? XpsCommands.fitModelRun(a.file().get(), a.last("region"), java.nio.file.Path.of(a.last("model")), a.as(),
                        charge)
                : XpsCommands.fitRun(a.file().get(), a.last("region"), a.all("species"), a.as(), charge);
        AnalysisResult result = XpsResults.fit(run, m, new java.util.Date());
        java.util.Optional<ChargeCorrection> c = XpsCommands.chargeCorrection(a.file().get(), a.as(), charge);
        if (c.isPresent()) {
            // the correction is a setting of the result: the measurement's data stay as read
            com.google.gson.JsonObject settings = com.google.gson.JsonParser.parseString(result.getSettings())
                    .getAsJsonObject();
            settings.add("chargeCorrection", new com.google.gson.Gson().toJsonTree(ChargeReference.json(c.get())));
            result.setSettings(settings.toString());
        }
        return List.of(result);
    }

    private static CommandArgs parse(List<String> args) {
        CommandArgs a = CommandArgs.parse(args,
                CommandArgs.withAs(OPTIONS));
        if (a.file().isPresent() && a.last("model") != null) {
            if (!a.all("species").isEmpty()) {
                throw new IllegalArgumentException("give either --model or --species, not both");
            }
            return a;
        }
        if (a.file().isEmpty() || a.last("region") == null || a.all("species").isEmpty()) {
            throw new IllegalArgumentException("FILE and --model, or FILE, --region and at least one --species, are required");
        }
        return a;
    }

    @Override
    public Object run(List<String> args) throws ImportException, java.io.IOException {
        CommandArgs a = CommandArgs.parse(args,
                CommandArgs.withAs(OPTIONS));
        if (a.file().isPresent() && a.last("model") != null) {
            if (!a.all("species").isEmpty()) {
                throw new IllegalArgumentException("give either --model or --species, not both");
            }
            return XpsCommands.fitModel(a.file().get(), a.last("region"), java.nio.file.Path.of(a.last("model")), a.as(),
                    charge(a));
        }
        if (a.file().isEmpty() || a.last("region") == null || a.all("species").isEmpty()) {
            throw new IllegalArgumentException("FILE and --model, or FILE, --region and at least one --species, are required");
        }
        return XpsCommands.fit(a.file().get(), a.last("region"), a.all("species"), a.as(), charge(a));
    }
}
