package org.interphase.eis.api;

import java.util.List;
import java.util.Map;

import org.interphase.model.QuantityKind;

/**
 * A finished CNLS fit with everything needed to record it ({@link EisResults#cnls}): circuit, data, start vector, options, result and
 * the user's tags of what each parameter means.
 *
 * @param circuit    the fitted circuit
 * @param data       the fitted spectrum
 * @param initial    start values in circuit order
 * @param options    fit options (weighting, starts, fixed parameters)
 * @param result     the fit result
 * @param quantities what each parameter quantifies, by name (missing = {@link QuantityKind#OTHER})
 */
public record FitRun(Circuit circuit, ImpedanceData data, double[] initial, FitOptions options, FitResult result,
        Map<String, QuantityKind> quantities) {

    public FitRun {
        initial = initial.clone();
        quantities = Map.copyOf(quantities);
    }

    @Override
    public double[] initial() {
        return initial.clone();
    }

    /** The same run with other parameter tags. */
    public FitRun withQuantities(Map<String, QuantityKind> q) {
        return new FitRun(circuit, data, initial, options, result, q);
    }

    /** The tag of a parameter. */
    public QuantityKind quantity(String name) {
        return quantities.getOrDefault(name, QuantityKind.OTHER);
    }

    /** Parameter names in circuit order. */
    public List<String> names() {
        return circuit.parameterNames();
    }
}
