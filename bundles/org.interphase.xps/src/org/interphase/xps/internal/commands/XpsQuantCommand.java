package org.interphase.xps.internal.commands;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.interphase.core.api.BatchCommand;
import org.interphase.core.api.CommandArgs;
import org.interphase.core.api.ImportException;
import org.interphase.xps.api.ChargeReference;
import org.interphase.xps.api.QuantCommands;
import org.osgi.service.component.annotations.Component;

/** {@code xps-quant FILE [--regions "C 1s,O 1s"] [--rsf SET | --rsf-file F.json] [--charge-ref ... | --shift EV]}. */
@Component(service = BatchCommand.class)
public class XpsQuantCommand implements BatchCommand {

    @Override
    public String name() {
        return "xps-quant";
    }

    @Override
    public String usage() {
        return "xps-quant FILE [--regions \"C 1s,O 1s,F 1s,S 2p,P 2p,Li 1s\" (core levels or exact labels such as S 2p/13;"
                + " default: every region with an RSF, the first of each core level)] [--rsf scofield|kratos (default"
                + " scofield) | --rsf-file F.json] [--background shirley|linear (default shirley, CasaXPS end points)]"
                + " [--charge-ref \"C 1s=284.8\" [--charge-window EV] | --shift EV] [--transmission file|none]"
                + " [--mfp-exponent M (default: what the RSF set assumes)] " + CommandArgs.AS_USAGE;
    }

    @Override
    public java.util.Set<String> techniques() {
        return java.util.Set.of(org.interphase.model.technique.Techniques.XPS);
    }

    @Override
    public Object run(List<String> args) throws ImportException, IOException {
        CommandArgs a = CommandArgs.parse(args, CommandArgs.withAs(Map.of("--regions", "regions", "--rsf", "rsf",
                "--rsf-file", "rsfFile", "--background", "background", "--charge-ref", "chargeRef", "--shift", "shift",
                "--charge-window", "chargeWindow", "--transmission", "transmission", "--mfp-exponent", "mfp")));
        if (a.file().isEmpty()) {
            throw new IllegalArgumentException("FILE is required");
        }
        List<String> regions = a.last("regions") == null ? List.of()
                : Arrays.stream(a.last("regions").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (a.last("regions") != null && regions.isEmpty()) {
            throw new IllegalArgumentException("--regions needs core levels or labels separated by commas");
        }
        Optional<Double> mfp = Optional.empty();
        if (a.last("mfp") != null) {
            try {
                mfp = Optional.of(Double.parseDouble(a.last("mfp").trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--mfp-exponent needs a number, not '" + a.last("mfp") + "'");
            }
        }
        QuantCommands.Options o = new QuantCommands.Options(regions, QuantCommands.table(a.last("rsf"),
                a.last("rsfFile")), QuantCommands.background(a.last("background")),
                ChargeReference.parse(a.last("chargeRef"), a.last("shift"), a.last("chargeWindow")),
                Optional.ofNullable(a.last("transmission")), mfp);
        return QuantCommands.quant(a.file().get(), o, a.as());
    }
}
