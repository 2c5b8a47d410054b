package org.interphase.sims.internal.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.interphase.core.api.BatchCommand;
import org.interphase.core.api.CommandArgs;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Importer;
import org.interphase.core.api.Importers;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Measurement;
import org.interphase.model.Technique;
import org.interphase.sims.api.SimsCommands;
import org.interphase.sims.api.SimsResults;
import org.osgi.service.component.annotations.Component;

/** {@code sims-interfaces FILE [--signal NAME...] [--normalise total|matrix:NAME]} for the batch engine. */
@Component(service = BatchCommand.class)
public class SimsInterfacesCommand implements BatchCommand {

    @Override
    public String name() {
        return "sims-interfaces";
    }

    @Override
    public String usage() {
        return "sims-interfaces FILE [--signal NAME...] [--normalise total|matrix:NAME]";
    }

    @Override
    public java.util.Set<org.interphase.model.Technique> techniques() {
        return java.util.Set.of(org.interphase.model.Technique.TOF_SIMS);
    }

    @Override
    public Object run(List<String> args) throws ImportException {
        CommandArgs a = CommandArgs.parse(args,
                Map.of("--signal", "signal", "--normalise", "normalise", "--normalize", "normalise"));
        Path file = a.file().orElseThrow(() -> new IllegalArgumentException("missing FILE"));
        refuseOtherTechniques(file);
        return SimsCommands.interfaces(file, a.all("signal"), a.last("normalise"));
    }

    /** Every signal's edges stored as the demo stores them ({@link SimsResults#interfaces}); nothing is dropped. */
    @Override
    public List<AnalysisResult> analyse(Measurement m, List<String> args) throws ImportException {
        CommandArgs a = CommandArgs.parse(args,
                Map.of("--signal", "signal", "--normalise", "normalise", "--normalize", "normalise"));
        Path file = a.file().orElseThrow(() -> new IllegalArgumentException("missing FILE"));
        refuseOtherTechniques(file);
        return List.of(SimsResults.interfaces(m, SimsCommands.scan(file, a.all("signal"), a.last("normalise")),
                new java.util.Date()));
    }

    /**
     * The generic CSV reader would take any table for a depth profile (an impedance CSV's frequency as sputter
     * time): when another technique's importer claims the file more confidently, say so instead of analysing it.
     */
    private static void refuseOtherTechniques(Path file) throws ImportException {
        try {
            Optional<Importer> best = Importers.best(file, Importers.all());
            if (best.isPresent() && best.get().technique() != Technique.TOF_SIMS) {
                throw new ImportException(file, 0, "this is " + best.get().technique().getName() + " data ("
                        + best.get().name() + "), not a ToF-SIMS depth profile");
            }
        } catch (java.io.IOException e) {
            throw new ImportException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
    }
}
