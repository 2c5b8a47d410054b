package org.interphase.cycling.api;

/**
 * The voltage–capacity curve of one half cycle (every charge, or every discharge, step of one cycle in order).
 *
 * @param cycle       the cycle number
 * @param kind        charge or discharge
 * @param capacityMAh capacity passed since the half cycle began (non-decreasing)
 * @param voltageV    voltage at each point
 */
public record VoltageCurve(int cycle, StepKind kind, double[] capacityMAh, double[] voltageV) {

    /** The number of points. */
    public int size() {
        return capacityMAh.length;
    }

    /** A label such as "cycle 3 charge". */
    public String label() {
        return "cycle " + cycle + (kind == StepKind.CHARGE ? " charge" : " discharge");
    }
}
