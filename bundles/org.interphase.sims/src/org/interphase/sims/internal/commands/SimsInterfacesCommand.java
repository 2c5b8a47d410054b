package org.interphase.sims.internal.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.interphase.core.api.BatchCommand;
import org.interphase.core.api.CommandArgs;
import org.interphase.core.api.ImportException;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Measurement;
import org.interphase.sims.api.SimsCommands;
import org.interphase.sims.api.SimsResults;
import org.osgi.service.component.annotations.Component;

/**
 * {@code sims-interfaces FILE [--signal NAME...] [--normalise total|matrix:NAME] [--as TECHNIQUE[:FORMAT]]}
 * for the batch engine. The file is recognised by the importer registry; anything but a depth profile (an
 * impedance or XPS table, a mass spectrum) is refused, naming what it is.
 */
@Component(service = BatchCommand.class)
public class SimsInterfacesCommand implements BatchCommand {

    @Override
    public String name() {
        return "sims-interfaces";
    }

    @Override
    public String usage() {
        return "sims-interfaces FILE [--signal NAME...] [--normalise total|matrix:NAME] [--as TECHNIQUE[:FORMAT]]";
    }

    @Override
    public java.util.Set<String> techniques() {
        return java.util.Set.of(org.interphase.model.technique.Techniques.TOF_SIMS);
    }

    @Override
    public Object run(List<String> args) throws ImportException {
        CommandArgs a = CommandArgs.parse(args,
                CommandArgs.withAs(Map.of("--signal", "signal", "--normalise", "normalise", "--normalize", "normalise")));
        Path file = a.file().orElseThrow(() -> new IllegalArgumentException("missing FILE"));
        return SimsCommands.interfaces(file, a.all("signal"), a.last("normalise"), a.as());
    }

    /** Every signal's edges stored as the demo stores them ({@link SimsResults#interfaces}); nothing is dropped. */
    @Override
    public List<AnalysisResult> analyse(Measurement m, List<String> args) throws ImportException {
        CommandArgs a = CommandArgs.parse(args,
                CommandArgs.withAs(Map.of("--signal", "signal", "--normalise", "normalise", "--normalize", "normalise")));
        Path file = a.file().orElseThrow(() -> new IllegalArgumentException("missing FILE"));
        return List.of(SimsResults.interfaces(m, SimsCommands.scan(file, a.all("signal"), a.last("normalise"), a.as()),
                new java.util.Date()));
    }
}
