package org.interphase.xps.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How to charge-correct a spectrum before fitting or quantification: a reference line of one core level
 * (found as the maximum of that region within {@code halfWindow} eV of the reference energy, default
 * adventitious C 1s C-C/C-H at 284.8 eV) or a given shift in eV. The correction is applied to copies of the
 * regions' energy axes ({@link EnergyScale#apply(XpsRegionData, ChargeCorrection)}); the file and the stored
 * measurement are never changed, and the correction is reported with the result ({@link #json}).
 *
 * @param coreLevel  core level of the reference region, e.g. {@code C 1s} (empty for a given shift)
 * @param energy     reference energy, eV (for a given shift: the shift)
 * @param halfWindow search half window around the reference energy, eV
 * @param givenShift whether {@code energy} is a shift to add rather than a reference energy
 */
public record ChargeReference(String coreLevel, double energy, double halfWindow, boolean givenShift) {

    /** Default search half window around the reference energy, eV. */
    public static final double DEFAULT_HALF_WINDOW = 3;

    public ChargeReference {
        if (!Double.isFinite(energy) || !(halfWindow > 0)) {
            throw new IllegalArgumentException("charge reference needs a finite energy and a half window > 0");
        }
    }

    /** Adventitious C 1s at 284.8 eV. */
    public static ChargeReference adventitiousCarbon() {
        return new ChargeReference("C 1s", EnergyScale.ADVENTITIOUS_C1S, DEFAULT_HALF_WINDOW, false);
    }

    /** A given shift, eV (added to every binding energy). */
    public static ChargeReference shift(double eV) {
        return new ChargeReference("", eV, DEFAULT_HALF_WINDOW, true);
    }

    /**
     * Parses the command-line forms: {@code --charge-ref "C 1s=284.8"} (or just {@code "C 1s"} for 284.8 eV),
     * {@code --shift -1.3}, and an optional {@code --charge-window EV}. At most one of the two; none gives
     * empty.
     */
    public static Optional<ChargeReference> parse(String chargeRef, String shift, String window) {
        if (chargeRef != null && shift != null) {
            throw new IllegalArgumentException("give either --charge-ref or --shift, not both");
        }
        double w = window == null ? DEFAULT_HALF_WINDOW : number(window, "--charge-window");
        if (!(w > 0)) {
            throw new IllegalArgumentException("--charge-window needs a positive number of eV, not '" + window + "'");
        }
        if (shift != null) {
            return Optional.of(new ChargeReference("", number(shift, "--shift"), w, true));
        }
        if (chargeRef == null) {
            return Optional.empty();
        }
        String[] f = chargeRef.split("=");
        String level = f[0].trim();
        if (level.isEmpty() || f.length > 2) {
            throw new IllegalArgumentException("--charge-ref needs CORE LEVEL=EV, e.g. \"C 1s=284.8\", not '"
                    + chargeRef + "'");
        }
        double e = f.length == 2 ? number(f[1], "--charge-ref") : EnergyScale.ADVENTITIOUS_C1S;
        return Optional.of(new ChargeReference(level, e, w, false));
    }

    private static double number(String v, String option) {
        try {
            double d = Double.parseDouble(v.trim());
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a number in eV, not '" + v + "'");
    }

    /**
     * The correction for a spectrum's regions: the given shift, or the reference line found in the first region
     * of the reference core level (matched by species and transition or by the start of the label, spacing and
     * case ignored; a label such as {@code C 1s/8} names a region exactly).
     *
     * @throws IllegalArgumentException when no region holds the reference core level or it has no points in the
     *                                  search window
     */
    public ChargeCorrection resolve(List<XpsRegionData> regions) {
        if (givenShift) {
            return new ChargeCorrection("given shift", energy, 0, "given shift " + fmt(energy) + " eV", "",
                    Instant.now());
        }
        XpsRegionData r = regions.stream().filter(x -> x.label().equals(coreLevel)).findFirst()
                .or(() -> regions.stream().filter(x -> CoreLevels.matches(x, coreLevel)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("charge reference: no " + coreLevel
                        + " region; regions: " + regions.stream().map(XpsRegionData::label).toList()));
        String what = coreLevel + (Math.abs(energy - EnergyScale.ADVENTITIOUS_C1S) < 1e-9
                && CoreLevels.key(coreLevel).equals("c1s") ? " C-C/C-H (adventitious)" : " reference");
        return EnergyScale.byPeakMaximum(r, energy - halfWindow, energy + halfWindow, what, energy);
    }

    /** The regions with the correction applied (copies; BE + shift). */
    public static List<XpsRegionData> apply(List<XpsRegionData> regions, ChargeCorrection c) {
        return regions.stream().map(r -> EnergyScale.apply(r, c)).toList();
    }

    /** A correction as JSON-ready data (what the result stores as its setting). */
    public static Map<String, Object> json(ChargeCorrection c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", c.reference());
        m.put("method", c.method());
        if (!c.region().isEmpty()) {
            m.put("region", c.region());
            m.put("measuredEnergyEV", c.measuredEnergy());
            m.put("referenceEnergyEV", c.referenceEnergy());
        }
        m.put("shiftEV", c.shift());
        return m;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
