package org.interphase.cycling.api;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.interphase.core.api.ResultValue;
import org.interphase.core.api.Results;
import org.interphase.model.AnalysisResult;
import org.interphase.model.CycleState;
import org.interphase.model.Measurement;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultParameter;

/**
 * The cycling summary as a study stores it, through the core result rules ({@link Results}): one result of
 * algorithm {@value #ALGORITHM_ID} whose parameters are the per-cycle values of the cycles that have a cell
 * state (linked to that state, so the Interface Timeline plots them by cycle), and whose series hold every
 * cycle. Values have explicit quantity keys ({@value #RETENTION}, …), quantity kind OTHER.
 */
public final class CyclingResults {

    /** Algorithm id of the summary. */
    public static final String ALGORITHM_ID = "cycling.summary";
    /** Quantity key of capacity retention, %. */
    public static final String RETENTION = "CYCLING/Capacity retention";
    /** Quantity key of coulombic efficiency, %. */
    public static final String COULOMBIC_EFFICIENCY = "CYCLING/Coulombic efficiency";
    /** Quantity key of energy efficiency, %. */
    public static final String ENERGY_EFFICIENCY = "CYCLING/Energy efficiency";
    /** Quantity key of the output capacity, mAh. */
    public static final String OUTPUT_CAPACITY = "CYCLING/Output capacity";
    /** Quantity key of the mean charge − discharge voltage gap, V. */
    public static final String VOLTAGE_GAP = "CYCLING/Voltage gap";

    private CyclingResults() {
    }

    /**
     * The summary result of {@code m} (not yet added to it).
     *
     * @param states the cell state of each cycle number that has one (see {@link CycleStateLinks})
     */
    public static AnalysisResult summary(Measurement m, List<CycleSummary> cycles, Map<Integer, CycleState> states,
            Optional<Integer> referenceCycle, Date createdAt) {
        String settings = "{\"referenceCycle\":" + referenceCycle.map(String::valueOf).orElse("null") + "}";
        AnalysisResult a = Results.result(m, ALGORITHM_ID, CyclingResults.class, "Cycling summary", settings, createdAt);
        for (CycleSummary c : cycles) {
            CycleState state = states.get(c.cycle());
            if (state == null) {
                continue;
            }
            add(a, m, state, "Capacity retention", c.retentionPct(), "%", RETENTION, c.cycle());
            add(a, m, state, "Coulombic efficiency", c.coulombicEfficiencyPct(), "%", COULOMBIC_EFFICIENCY, c.cycle());
            add(a, m, state, "Energy efficiency", c.energyEfficiencyPct(), "%", ENERGY_EFFICIENCY, c.cycle());
            add(a, m, state, "Output capacity", c.outputMAh(), "mAh", OUTPUT_CAPACITY, c.cycle());
            add(a, m, state, "Voltage gap", c.voltageGapV(), "V", VOLTAGE_GAP, c.cycle());
        }
        double[] x = cycles.stream().mapToDouble(CycleSummary::cycle).toArray();
        a.getSeries().add(Results.series("Charge capacity", "Cycle", "Capacity / mAh", x,
                cycles.stream().mapToDouble(CycleSummary::chargeMAh).toArray()));
        a.getSeries().add(Results.series("Discharge capacity", "Cycle", "Capacity / mAh", x,
                cycles.stream().mapToDouble(CycleSummary::dischargeMAh).toArray()));
        a.getSeries().add(Results.series("Capacity retention", "Cycle", "Retention / %", x,
                cycles.stream().mapToDouble(CycleSummary::retentionPct).toArray()));
        a.getSeries().add(Results.series("Coulombic efficiency", "Cycle", "Efficiency / %", x,
                cycles.stream().mapToDouble(CycleSummary::coulombicEfficiencyPct).toArray()));
        return a;
    }

    private static void add(AnalysisResult a, Measurement m, CycleState state, String name, double value,
            String unit, String key, int cycle) {
        if (!Double.isFinite(value)) {
            return;
        }
        ResultValue v = new ResultValue(name + ", cycle " + cycle, value, Double.NaN, Double.NaN, Double.NaN, unit,
                QuantityKind.OTHER, Optional.of(key), Set.of(), false, Optional.empty());
        ResultParameter p = Results.add(a, m, v);
        p.setCycleState(state);
    }
}
