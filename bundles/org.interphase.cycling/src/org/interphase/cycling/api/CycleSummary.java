package org.interphase.cycling.api;

/**
 * The figures of merit of one cycle. Efficiencies compare the half cycle that gives charge back with the one
 * that stored it: in a cycle that starts with a charge (a full cell) coulombic efficiency = discharge /
 * charge capacity; in one that starts with a discharge (an anode half cell lithiated first) charge /
 * discharge. Energy efficiency is always discharge / charge energy: the cell gives energy back while discharging
 * and takes it while charging, whichever comes first. NaN where a half cycle is missing.
 *
 * @param cycle                  cycle number (1 = first; 0 = half cycles before the first complete one)
 * @param firstKind              the kind of the cycle's first half cycle
 * @param chargeMAh              charge capacity
 * @param dischargeMAh           discharge capacity
 * @param chargeEnergyMWh        energy put in while charging, ∫V dQ
 * @param dischargeEnergyMWh     energy given back while discharging
 * @param meanChargeV            mean charge voltage (charge energy / charge capacity)
 * @param meanDischargeV         mean discharge voltage
 * @param voltageGapV            mean charge minus mean discharge voltage: a proxy of the overpotential
 * @param coulombicEfficiencyPct capacity out / capacity in, in %
 * @param energyEfficiencyPct    discharge energy / charge energy, in %
 * @param retentionPct           this cycle's output capacity relative to the reference cycle's, in %
 */
public record CycleSummary(int cycle, StepKind firstKind, double chargeMAh, double dischargeMAh,
        double chargeEnergyMWh, double dischargeEnergyMWh, double meanChargeV, double meanDischargeV,
        double voltageGapV, double coulombicEfficiencyPct, double energyEfficiencyPct, double retentionPct) {

    /**
     * The capacity that leaves the cell in this cycle: the second half cycle's (discharge in a charge-first
     * cycle), or the only one when the cycle has one kind.
     */
    public double outputMAh() {
        if (chargeMAh > 0 && dischargeMAh > 0) {
            return firstKind == StepKind.DISCHARGE ? chargeMAh : dischargeMAh;
        }
        return Math.max(chargeMAh, dischargeMAh);
    }

    /** Whether the cycle has both a charge and a discharge. */
    public boolean complete() {
        return chargeMAh > 0 && dischargeMAh > 0;
    }
}
