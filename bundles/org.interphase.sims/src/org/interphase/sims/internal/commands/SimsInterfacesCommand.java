package org.interphase.sims.internal.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.interphase.core.api.BatchCommand;
import org.interphase.core.api.ImportException;
import org.interphase.sims.api.SimsCommands;
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
        Path file = null;
        List<String> signals = new ArrayList<>();
        String normalise = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--signal" -> signals.add(value(args, ++i, a));
                case "--normalise", "--normalize" -> normalise = value(args, ++i, a);
                default -> {
                    if (a.startsWith("--") || file != null) {
                        throw new IllegalArgumentException("unexpected argument '" + a + "'");
                    }
                    file = Path.of(a);
                }
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("missing FILE");
        }
        return SimsCommands.interfaces(file, signals, normalise);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }
}
