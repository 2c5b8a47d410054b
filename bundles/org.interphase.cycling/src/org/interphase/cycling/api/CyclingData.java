package org.interphase.cycling.api;

import java.util.Map;

/**
 * The sampled columns of one cycler file in common units, as an importer read them. Arrays are shared, not
 * copied: do not modify them.
 *
 * @param format        the file format, e.g. "Neware BTS CSV"
 * @param timeS         test time in seconds
 * @param voltageV      cell (or working electrode) voltage in V
 * @param currentMA     current in mA, positive while charging
 * @param capacityMAh   the charge passed since the start of the current charge or discharge step, in mAh, as
 *                      the instrument counts it (0 at rest); it restarts where the file's own counter restarts
 * @param cycle         the cycle number of each point (1 = first cycle)
 * @param kind          what the cycler did at each point
 * @param cyclesDerived true when the file holds no usable cycle numbers and they were derived (see
 *                      {@link CyclingAnalysis#deriveCycles})
 * @param facts         format facts for {@code inspect} and reports (JSON-ready values)
 */
public record CyclingData(String format, double[] timeS, double[] voltageV, double[] currentMA,
        double[] capacityMAh, int[] cycle, StepKind[] kind, boolean cyclesDerived, Map<String, Object> facts) {

    public CyclingData {
        int n = timeS.length;
        if (voltageV.length != n || currentMA.length != n || capacityMAh.length != n || cycle.length != n
                || kind.length != n) {
            throw new IllegalArgumentException("columns of different lengths");
        }
        facts = Map.copyOf(facts);
    }

    /** The number of sampled points. */
    public int size() {
        return timeS.length;
    }

    /** The number of distinct cycles (cycle numbers are non-decreasing). */
    public int cycleCount() {
        int count = 0;
        for (int i = 0; i < cycle.length; i++) {
            if (i == 0 || cycle[i] != cycle[i - 1]) {
                count++;
            }
        }
        return count;
    }
}
