package org.interphase.xps.internal.commands;

import java.util.List;
import java.util.Map;

import org.interphase.core.api.BatchCommand;
import org.interphase.core.api.CommandArgs;
import org.interphase.core.api.ImportException;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Measurement;
import org.interphase.xps.api.XpsCommands;
import org.interphase.xps.api.XpsResults;
import org.osgi.service.component.annotations.Component;

/** {@code xps-fit FILE --model MODEL.json} or {@code xps-fit FILE --region LABEL --species NAME...} for the batch engine. */
@Component(service = BatchCommand.class)
public class XpsFitCommand implements BatchCommand {

    @Override
    public String name() {
        return "xps-fit";
    }

    @Override
    public String usage() {
        return "xps-fit FILE --model MODEL.json [--region LABEL]   or   xps-fit FILE --region LABEL --species NAME"
                + " [--species NAME...]   " + CommandArgs.AS_USAGE;
    }

    @Override
    public java.util.Set<String> techniques() {
        return java.util.Set.of(org.interphase.model.technique.Techniques.XPS);
    }

    /** The fit stored as the editor stores it ({@link XpsResults#fit}). */
    @Override
    public List<AnalysisResult> analyse(Measurement m, List<String> args) throws ImportException, java.io.IOException {
        CommandArgs a = parse(args);
        XpsResults.RegionRun run = a.last("model") != null
                ? XpsCommands.fitModelRun(a.file().get(), a.last("region"), java.nio.file.Path.of(a.last("model")), a.as())
                : XpsCommands.fitRun(a.file().get(), a.last("region"), a.all("species"), a.as());
        return List.of(XpsResults.fit(run, m, new java.util.Date()));
    }

    private static CommandArgs parse(List<String> args) {
        CommandArgs a = CommandArgs.parse(args,
                CommandArgs.withAs(Map.of("--region", "region", "--species", "species", "--model", "model")));
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
                CommandArgs.withAs(Map.of("--region", "region", "--species", "species", "--model", "model")));
        if (a.file().isPresent() && a.last("model") != null) {
            if (!a.all("species").isEmpty()) {
                throw new IllegalArgumentException("give either --model or --species, not both");
            }
            return XpsCommands.fitModel(a.file().get(), a.last("region"), java.nio.file.Path.of(a.last("model")), a.as());
        }
        if (a.file().isEmpty() || a.last("region") == null || a.all("species").isEmpty()) {
            throw new IllegalArgumentException("FILE and --model, or FILE, --region and at least one --species, are required");
        }
        return XpsCommands.fit(a.file().get(), a.last("region"), a.all("species"), a.as());
    }
}
