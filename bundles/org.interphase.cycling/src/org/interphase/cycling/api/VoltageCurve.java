package org.interphase.cycling.api;

/**
 * The voltage–capacity curve of one run of a half cycle: consecutive points of one kind (a constant-current
 * step and the constant-voltage step after it form one run; a rest between two charges starts another).
 *
 * @param cycle       the cycle number
 * @param kind        charge or discharge
 * @param run         1 for the half cycle's first run, 2 for the next …
 * @param capacityMAh capacity passed since the half cycle began (non-decreasing; a later run continues where
 *                    the earlier ones ended)
 * @param voltageV    voltage at each point
 */
public record VoltageCurve(int cycle, StepKind kind, int run, double[] capacityMAh, double[] voltageV) {

    /** The number of points. */
    public int size() {
        return capacityMAh.length;
    }

    /** A label such as "cycle 3 charge", or "cycle 3 charge (2)" for a second run. */
    public String label() {
        return "cycle " + cycle + (kind == StepKind.CHARGE ? " charge" : " discharge") + (run > 1 ? " (" + run + ")" : "");
    }
}
