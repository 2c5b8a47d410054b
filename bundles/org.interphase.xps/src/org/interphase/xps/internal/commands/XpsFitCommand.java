package org.interphase.xps.internal.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.interphase.core.api.BatchCommand;
import org.interphase.core.api.ImportException;
import org.interphase.xps.api.XpsCommands;
import org.osgi.service.component.annotations.Component;

/** {@code xps-fit FILE --region LABEL --species NAME...} for the batch engine. */
@Component(service = BatchCommand.class)
public class XpsFitCommand implements BatchCommand {

    @Override
    public String name() {
        return "xps-fit";
    }

    @Override
    public String usage() {
        return "xps-fit FILE --region LABEL --species NAME [--species NAME...]";
    }

    @Override
    public java.util.Set<org.interphase.model.Technique> techniques() {
        return java.util.Set.of(org.interphase.model.Technique.XPS);
    }

    @Override
    public Object run(List<String> args) throws ImportException, java.io.IOException {
        Path file = null;
        String region = null;
        List<String> species = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--region" -> region = value(args, ++i, a);
                case "--species" -> species.add(value(args, ++i, a));
                default -> {
                    if (a.startsWith("--") || file != null) {
                        throw new IllegalArgumentException("unexpected argument '" + a + "'");
                    }
                    file = Path.of(a);
                }
            }
        }
        if (file == null || region == null || species.isEmpty()) {
            throw new IllegalArgumentException("FILE, --region and at least one --species are required");
        }
        return XpsCommands.fit(file, region, species);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }
}
