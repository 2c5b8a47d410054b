package org.interphase.ui.measurement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.interphase.model.CycleState;
import org.interphase.model.Measurement;
import org.interphase.model.services.ServiceRegistry;

/** Finds the analyses that apply to a selection of measurements and orders measurements by cycle. */
public final class MeasurementSeries {

    private MeasurementSeries() {
    }

    /** The registered series analyses, in label order. */
    public static List<MeasurementSeriesContribution> all() {
        List<MeasurementSeriesContribution> result = new ArrayList<>(ServiceRegistry.all(MeasurementSeriesContribution.class));
        result.sort(Comparator.comparing(MeasurementSeriesContribution::label));
        return result;
    }

    /** The analyses that accept {@code measurements} (ordered by cycle first). */
    public static List<MeasurementSeriesContribution> applicableTo(List<Measurement> measurements) {
        List<Measurement> ordered = byCycle(measurements);
        return measurements.isEmpty() ? List.of() : all().stream().filter(c -> c.accepts(ordered)).toList();
    }

    /**
     * {@code measurements} ordered by the cycle number of their cycle state (measurements without one first), then
     * by the state's position in its cell, then by name; a stable order for series tables and trend plots.
     */
    public static List<Measurement> byCycle(List<Measurement> measurements) {
        List<Measurement> sorted = new ArrayList<>(measurements);
        sorted.sort(Comparator.comparingInt((Measurement m) -> m.getCycleState() == null ? Integer.MIN_VALUE
                : m.getCycleState().getCycleNumber()).thenComparingInt(MeasurementSeries::statePosition)
                .thenComparing(m -> m.getName() == null ? "" : m.getName()));
        return sorted;
    }

    private static int statePosition(Measurement m) {
        CycleState s = m.getCycleState();
        if (s == null || s.eContainer() == null) {
            return -1;
        }
        Object states = s.eContainer().eGet(s.eContainingFeature());
        return states instanceof List<?> list ? list.indexOf(s) : -1;
    }
}
