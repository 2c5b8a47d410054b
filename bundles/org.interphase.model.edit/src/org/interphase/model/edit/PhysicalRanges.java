package org.interphase.model.edit;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.interphase.model.InterphasePackage.Literals;

/**
 * The physically meaningful range of every numeric property of the cell model (thickness &gt; 0,
 * 0 &le; porosity &le; 1, temperature above absolute zero, ...). One place for the form, the Properties view
 * (through {@link StudyEditing}'s editing domain, which refuses out-of-range set commands) and headless code.
 * NaN stands for "not known" and is always accepted.
 */
public final class PhysicalRanges {

    /** An allowed interval; open or closed at either end. */
    public record Range(double min, boolean minInclusive, double max, boolean maxInclusive) {
        /** Whether {@code v} lies in the interval. */
        public boolean contains(double v) {
            boolean aboveMin = minInclusive ? v >= min : v > min;
            boolean belowMax = maxInclusive ? v <= max : v < max;
            return aboveMin && belowMax;
        }

        /** The interval as a reader writes it, e.g. "between 0 and 1" or "greater than 0". */
        public String describe() {
            boolean noMax = Double.isInfinite(max);
            if (noMax) {
                return (minInclusive ? "at least " : "greater than ") + number(min);
            }
            if (minInclusive && maxInclusive) {
                return "between " + number(min) + " and " + number(max);
            }
            return "in " + (minInclusive ? "[" : "(") + number(min) + ", " + number(max) + (maxInclusive ? "]" : ")");
        }

        private static String number(double v) {
            return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
        }
    }

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final Range POSITIVE = new Range(0, false, INF, false);
    private static final Range NON_NEGATIVE = new Range(0, true, INF, false);
    private static final Range UNIT = new Range(0, true, 1, true);
    private static final Range ABOVE_ABSOLUTE_ZERO = new Range(-273.15, false, INF, false);

    private static final Map<EStructuralFeature, Range> RANGES = Map.ofEntries(
            Map.entry(Literals.CELL__AREA_CM2, POSITIVE),
            Map.entry(Literals.CELL__STACK_PRESSURE_MPA, NON_NEGATIVE),
            Map.entry(Literals.CELL__FABRICATION_PRESSURE_MPA, NON_NEGATIVE),
            Map.entry(Literals.CELL__TEMPERATURE_C, ABOVE_ABSOLUTE_ZERO),
            Map.entry(Literals.MATERIAL__IONIC_CONDUCTIVITY_SPER_CM, NON_NEGATIVE),
            Map.entry(Literals.LAYER__THICKNESS_UM, POSITIVE),
            Map.entry(Literals.LAYER__LOADING_MG_CM2, NON_NEGATIVE),
            Map.entry(Literals.LAYER__POROSITY, UNIT),
            Map.entry(Literals.INTERPHASE__THICKNESS_NM, NON_NEGATIVE),
            Map.entry(Literals.INTERPHASE__FRACTION, UNIT),
            Map.entry(Literals.CYCLE_STATE__CYCLE_NUMBER, NON_NEGATIVE),
            Map.entry(Literals.CYCLE_STATE__STATE_OF_CHARGE, UNIT),
            Map.entry(Literals.CYCLE_STATE__TIME_HOURS, NON_NEGATIVE),
            Map.entry(Literals.IMPEDANCE_SPECTRUM__TEMPERATURE_C, ABOVE_ABSOLUTE_ZERO),
            Map.entry(Literals.XPS_SPECTRUM__PHOTON_ENERGY_EV, POSITIVE),
            Map.entry(Literals.TOMOGRAPHY_VOLUME__VOXEL_SIZE_UM, POSITIVE),
            Map.entry(Literals.TOMOGRAPHY_VOLUME__VOXEL_SIZE_XUM, POSITIVE),
            Map.entry(Literals.TOMOGRAPHY_VOLUME__VOXEL_SIZE_YUM, POSITIVE),
            Map.entry(Literals.TOMOGRAPHY_VOLUME__VOXEL_SIZE_ZUM, POSITIVE));

    private PhysicalRanges() {
    }

    /** The range of {@code feature}, empty when any value is physical. */
    public static Optional<Range> of(EStructuralFeature feature) {
        return Optional.ofNullable(RANGES.get(feature));
    }

    /**
     * Why {@code value} is refused for {@code feature}, e.g. "must be greater than 0 (was -50)"; empty when it is
     * accepted (also for non-numbers, NaN and features without a range).
     */
    public static Optional<String> check(EStructuralFeature feature, Object value) {
        Range range = RANGES.get(feature);
        if (range == null || !(value instanceof Number n)) {
            return Optional.empty();
        }
        double v = n.doubleValue();
        if (Double.isNaN(v) || range.contains(v)) {
            return Optional.empty();
        }
        return Optional.of("must be " + range.describe() + " (was " + value + ")");
    }
}
