package org.interphase.tomo.internal.commands;

import java.io.IOException;
import java.util.List;

import org.interphase.core.api.BatchCommand;
import org.interphase.core.api.ImportException;
import org.interphase.tomo.api.TomoCommands;
import org.osgi.service.component.annotations.Component;

/** {@code tomo-profile FILE_OR_DIR [--threshold otsu|VALUE] [--axis z|y|x] [--dataset HDF5_PATH] [--as TECHNIQUE[:FORMAT]]}
 * for the batch engine. */
@Component(service = BatchCommand.class)
public class TomoProfileCommand implements BatchCommand {

    @Override
    public String name() {
        return "tomo-profile";
    }

    @Override
    public String usage() {
        return TomoCommands.PROFILE_USAGE;
    }

    @Override
    public java.util.Set<String> techniques() {
        return java.util.Set.of(org.interphase.model.technique.Techniques.TOMOGRAPHY);
    }

    /** The profile stored through {@link org.interphase.tomo.api.TomoResults#profile}; every slice kept. */
    @Override
    public List<org.interphase.model.AnalysisResult> analyse(org.interphase.model.Measurement m, List<String> args)
            throws ImportException, IOException {
        return List.of(TomoCommands.profileResult(m, args));
    }

    @Override
    public Object run(List<String> args) throws ImportException, IOException {
        return TomoCommands.tomoProfile(args);
    }
}
