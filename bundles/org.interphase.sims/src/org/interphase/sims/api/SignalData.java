package org.interphase.sims.api;

import java.util.OptionalDouble;

/**
 * One signal of a depth profile with its intensities.
 *
 * @param name          the parsed SurfaceLab name
 * @param massToCharge  the exported m/z, empty where SurfaceLab writes {@code N/A} (total, sums, ratios)
 * @param intensity     one value per depth point; {@code +Infinity} where SurfaceLab wrote {@code inf},
 *                      NaN where it wrote {@code N/A} or {@code nan}
 */
public record SignalData(SignalName name, OptionalDouble massToCharge, double[] intensity) {

    /** The label as exported. */
    public String label() {
        return name.label();
    }
}
