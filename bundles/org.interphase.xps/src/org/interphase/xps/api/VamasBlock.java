package org.interphase.xps.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One VAMAS block: a spectrum (or map point) with its parameters and data.
 * <p>
 * Parameters are kept as the lines of each {@link VamasItem} as written (for blocks after the first,
 * items excluded by the inclusion list are copied from the first block, as the standard prescribes).
 * Typed accessors interpret them. Data are the corresponding variables as stored: for IRREGULAR scans the
 * first corresponding variable is the abscissa.
 *
 * @param blockId          block identifier
 * @param sampleId         sample identifier
 * @param scanMode         REGULAR, IRREGULAR or MAPPING (copied from the file header)
 * @param items            the lines of every block parameter (empty lists for absent conditional items)
 * @param futureEntries    future upgrade block entries
 * @param ordinateRanges   minimum and maximum of each corresponding variable, as written
 * @param columns          the values of each corresponding variable (arrays are not copied: do not modify)
 */
public record VamasBlock(String blockId, String sampleId, String scanMode, Map<VamasItem, List<String>> items,
        List<String> futureEntries, List<String> ordinateRanges, List<double[]> columns) {

    public VamasBlock {
        EnumMap<VamasItem, List<String>> copy = new EnumMap<>(VamasItem.class);
        for (VamasItem item : VamasItem.values()) {
            copy.put(item, List.copyOf(items.getOrDefault(item, List.of())));
        }
        items = Collections.unmodifiableMap(copy);
        futureEntries = List.copyOf(futureEntries);
        ordinateRanges = List.copyOf(ordinateRanges);
        columns = List.copyOf(columns);
    }

    /** The lines of one item. */
    public List<String> lines(VamasItem item) {
        return items.get(item);
    }

    /** The first line of an item, or "" when the item has no lines. */
    public String value(VamasItem item) {
        List<String> lines = items.get(item);
        return lines.isEmpty() ? "" : lines.get(0);
    }

    /** An item's first line as a number, empty when absent, not a number, or the VAMAS "unknown" 1e37. */
    public OptionalDouble number(VamasItem item) {
        return VamasText.number(value(item));
    }

    /** Block comment lines. */
    public List<String> comments() {
        List<String> lines = items.get(VamasItem.COMMENT);
        return lines.isEmpty() ? List.of() : lines.subList(1, lines.size());
    }

    public String technique() {
        return value(VamasItem.TECHNIQUE);
    }

    public String sourceLabel() {
        return value(VamasItem.SOURCE_LABEL);
    }

    /** Analysis source characteristic energy: the photon energy hv in eV for XPS. */
    public OptionalDouble sourceEnergy() {
        return number(VamasItem.SOURCE_ENERGY);
    }

    public String species() {
        return value(VamasItem.SPECIES);
    }

    public String transition() {
        return value(VamasItem.TRANSITION);
    }

    /** Analyser work function as written (CasaXPS ignores it for BE = hv - KE; so do we). */
    public OptionalDouble workFunction() {
        return number(VamasItem.WORK_FUNCTION);
    }

    /** Signal collection time per point (dwell), s. */
    public OptionalDouble collectionTime() {
        return number(VamasItem.COLLECTION_TIME);
    }

    /** Number of scans compiled into this block. */
    public OptionalDouble scans() {
        return number(VamasItem.SCANS);
    }

    /** Experimental variable values of this block. */
    public List<String> experimentalValues() {
        return lines(VamasItem.EXPERIMENTAL_VALUES);
    }

    /** Corresponding variables (label and units); for IRREGULAR scans the first is the abscissa. */
    public List<VamasVariable> correspondingVariables() {
        List<String> lines = items.get(VamasItem.CORRESPONDING_VARIABLES);
        List<VamasVariable> result = new ArrayList<>();
        for (int i = 1; i + 1 < lines.size(); i += 2) {
            result.add(new VamasVariable(lines.get(i), lines.get(i + 1)));
        }
        return result;
    }

    /** Additional numerical parameters (label, units, value). */
    public List<VamasVariable> additionalParameters() {
        List<String> lines = items.get(VamasItem.ADDITIONAL_PARAMETERS);
        List<VamasVariable> result = new ArrayList<>();
        for (int i = 1; i + 2 < lines.size(); i += 3) {
            result.add(new VamasVariable(lines.get(i), lines.get(i + 1), lines.get(i + 2)));
        }
        return result;
    }

    /** Whether the abscissa is stored as start and increment. */
    public boolean isRegular() {
        return "REGULAR".equals(scanMode);
    }

    /** Abscissa label: from the REGULAR abscissa item, or the first corresponding variable. */
    public String abscissaLabel() {
        if (isRegular()) {
            return value(VamasItem.ABSCISSA);
        }
        List<VamasVariable> vars = correspondingVariables();
        return vars.isEmpty() ? "" : vars.get(0).label();
    }

    /** Abscissa units. */
    public String abscissaUnits() {
        if (isRegular()) {
            List<String> lines = lines(VamasItem.ABSCISSA);
            return lines.size() > 1 ? lines.get(1) : "";
        }
        List<VamasVariable> vars = correspondingVariables();
        return vars.isEmpty() ? "" : vars.get(0).units();
    }

    /** Whether the abscissa is a binding energy (by its label); otherwise kinetic energy is assumed. */
    public boolean isBindingEnergyAbscissa() {
        return abscissaLabel().toLowerCase(Locale.ROOT).contains("binding");
    }

    /** Number of points. */
    public int pointCount() {
        return columns.isEmpty() ? 0 : columns.get(0).length;
    }

    /** The abscissa values: start + i * increment (REGULAR) or the first corresponding variable. */
    public double[] abscissa() {
        int n = pointCount();
        if (!isRegular()) {
            return columns.isEmpty() ? new double[0] : columns.get(0).clone();
        }
        List<String> lines = lines(VamasItem.ABSCISSA);
        double start = Double.parseDouble(lines.get(2).trim());
        double step = Double.parseDouble(lines.get(3).trim());
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = start + i * step;
        }
        return x;
    }

    /** The ordinate variables: all corresponding variables except the abscissa of IRREGULAR scans. */
    public List<double[]> ordinates() {
        return isRegular() ? columns : columns.subList(Math.min(1, columns.size()), columns.size());
    }

    /** Labels of {@link #ordinates()}. */
    public List<VamasVariable> ordinateVariables() {
        List<VamasVariable> vars = correspondingVariables();
        return isRegular() ? vars : vars.subList(Math.min(1, vars.size()), vars.size());
    }

    /** Identifier "species transition" for display, e.g. "Fe 2p". */
    public Optional<String> speciesTransition() {
        String s = (species() + " " + transition()).trim();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
