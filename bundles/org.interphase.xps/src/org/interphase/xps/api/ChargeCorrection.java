package org.interphase.xps.api;

import java.time.Instant;

/**
 * One charge correction of a spectrum's binding-energy scale: the shift that moves a measured reference
 * line to its reference energy (BE_corrected = BE + shift), with what was used and when, for the audit
 * trail.
 *
 * @param reference       what the reference is, e.g. {@code C 1s C-C/C-H (adventitious)}
 * @param referenceEnergy where it should be, eV (284.8 for adventitious C 1s by default)
 * @param measuredEnergy  where it was found, eV (before correction)
 * @param method          how it was found: {@code peak maximum} or {@code fitted component NAME}
 * @param region          the region it was measured in
 * @param at              when the correction was made
 */
public record ChargeCorrection(String reference, double referenceEnergy, double measuredEnergy, String method,
        String region, Instant at) {

    public ChargeCorrection {
        if (!Double.isFinite(referenceEnergy) || !Double.isFinite(measuredEnergy)) {
            throw new IllegalArgumentException("reference and measured energies must be finite");
        }
    }

    /** reference - measured, eV: added to every binding energy. */
    public double shift() {
        return referenceEnergy - measuredEnergy;
    }
}
