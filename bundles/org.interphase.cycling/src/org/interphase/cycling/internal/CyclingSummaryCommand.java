package org.interphase.cycling.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.interphase.core.api.BatchCommand;
import org.interphase.core.api.CommandArgs;
import org.interphase.core.api.ImportException;
import org.interphase.cycling.api.CycleStateLinks;
import org.interphase.cycling.api.CycleSummary;
import org.interphase.cycling.api.CyclingAnalysis;
import org.interphase.cycling.api.CyclingData;
import org.interphase.cycling.api.CyclingFiles;
import org.interphase.cycling.api.CyclingResults;
import org.interphase.cycling.model.CyclingPackage;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Measurement;
import org.osgi.service.component.annotations.Component;

/**
 * {@code interphase batch cycling-summary FILE [--reference CYCLE] [--csv OUT.csv] [--as TECHNIQUE[:FORMAT]]}:
 * per cycle charge and discharge capacity, efficiencies, mean voltages, their gap and capacity retention.
 */
@Component(service = BatchCommand.class)
public final class CyclingSummaryCommand implements BatchCommand {

    private static final Map<String, String> OPTIONS = CommandArgs.withAs(Map.of("--reference", "reference",
            "--csv", "csv"));

    @Override
    public String name() {
        return "cycling-summary";
    }

    @Override
    public String usage() {
        return "cycling-summary FILE [--reference CYCLE] [--csv OUT.csv] " + CommandArgs.AS_USAGE
                + "   capacities, efficiencies, mean voltages and retention per cycle";
    }

    @Override
    public Set<String> techniques() {
        return Set.of(CyclingPackage.TECHNIQUE_ID);
    }

    @Override
    public Object run(List<String> args) throws ImportException, IOException {
        CommandArgs a = CommandArgs.parse(args, OPTIONS);
        Path file = a.file().orElseThrow(() -> new IllegalArgumentException("give a cycler file"));
        Optional<Integer> reference = reference(a);
        CyclingData data = CyclingFiles.readData(file, a.as());
        List<CycleSummary> cycles = CyclingAnalysis.summarize(data, reference);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.getFileName().toString());
        out.put("format", data.format());
        out.put("points", data.size());
        out.put("cycleNumbers", data.cyclesDerived() ? "derived" : "file");
        List<Object> rows = new ArrayList<>();
        for (CycleSummary c : cycles) {
            rows.add(row(c));
        }
        out.put("cycles", rows);
        String csv = a.last("csv");
        if (csv != null) {
            Path target = Path.of(csv);
            if (Files.isDirectory(target)) {
                throw new ImportException(target, 0, "is a folder; --csv needs a file name");
            }
            Files.writeString(target, csv(cycles));
            out.put("csv", target.toString());
        }
        return out;
    }

    @Override
    public List<AnalysisResult> analyse(Measurement m, List<String> args) throws ImportException, IOException {
        CommandArgs a = CommandArgs.parse(args, OPTIONS);
        Path file = a.file().orElseThrow(() -> new IllegalArgumentException("give a cycler file"));
        Optional<Integer> reference = reference(a);
        List<CycleSummary> cycles = CyclingAnalysis.summarize(CyclingFiles.readFor(m, file), reference);
        return List.of(CyclingResults.summary(m, cycles, CycleStateLinks.match(m, cycles), reference, new Date()));
    }

    private static Optional<Integer> reference(CommandArgs a) {
        String r = a.last("reference");
        if (r == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(r));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--reference needs a cycle number, got '" + r + "'");
        }
    }

    private static Map<String, Object> row(CycleSummary c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cycle", c.cycle());
        m.put("firstHalf", c.firstKind().name().toLowerCase(Locale.ROOT));
        m.put("chargeMAh", finite(c.chargeMAh()));
        m.put("dischargeMAh", finite(c.dischargeMAh()));
        m.put("chargeEnergyMWh", finite(c.chargeEnergyMWh()));
        m.put("dischargeEnergyMWh", finite(c.dischargeEnergyMWh()));
        m.put("meanChargeV", finite(c.meanChargeV()));
        m.put("meanDischargeV", finite(c.meanDischargeV()));
        m.put("voltageGapV", finite(c.voltageGapV()));
        m.put("coulombicEfficiencyPct", finite(c.coulombicEfficiencyPct()));
        m.put("energyEfficiencyPct", finite(c.energyEfficiencyPct()));
        m.put("retentionPct", finite(c.retentionPct()));
        return m;
    }

    /** JSON has no NaN: a missing figure is null. */
    private static Object finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    static String csv(List<CycleSummary> cycles) {
        StringBuilder sb = new StringBuilder("cycle,first_half,charge_mAh,discharge_mAh,charge_energy_mWh,"
                + "discharge_energy_mWh,mean_charge_V,mean_discharge_V,voltage_gap_V,coulombic_efficiency_pct,"
                + "energy_efficiency_pct,retention_pct\n");
        for (CycleSummary c : cycles) {
            sb.append(c.cycle()).append(',').append(c.firstKind().name().toLowerCase(Locale.ROOT));
            for (double v : new double[] {c.chargeMAh(), c.dischargeMAh(), c.chargeEnergyMWh(), c.dischargeEnergyMWh(),
                    c.meanChargeV(), c.meanDischargeV(), c.voltageGapV(), c.coulombicEfficiencyPct(),
                    c.energyEfficiencyPct(), c.retentionPct()}) {
                sb.append(',').append(Double.isFinite(v) ? String.valueOf(v) : "");
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
