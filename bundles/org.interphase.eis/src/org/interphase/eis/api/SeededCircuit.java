package org.interphase.eis.api;

import java.util.List;

/**
 * A circuit built from DRT peaks with its start values.
 *
 * @param circuit the circuit in impedance.py notation, e.g. {@code R0-p(R1,CPE1)-p(R2,CPE2)}
 * @param initial start values in the circuit's parameter order
 * @param peaks   the peaks used, in circuit order (increasing tau)
 */
public record SeededCircuit(String circuit, double[] initial, List<DrtPeak> peaks) {

    public SeededCircuit {
        initial = initial.clone();
        peaks = List.copyOf(peaks);
    }

    @Override
    public double[] initial() {
        return initial.clone();
    }

    /** The parsed circuit. */
    public Circuit parsed() {
        return Circuit.parse(circuit);
    }
}
