package org.interphase.eis.ui.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.FitOptions;
import org.interphase.model.QuantityKind;

/**
 * What the Fit tab's widgets say about a fit (circuit, start values, weighting, starts, fixed parameters,
 * quantity tags), for the single fit and for the Series tab alike.
 */
public final class FitTabSettings implements SeriesPanel.Source {

    private final CircuitPanel circuitPanel;
    private final ParameterTable table;
    private final Supplier<String> version;

    public FitTabSettings(CircuitPanel circuitPanel, ParameterTable table, Supplier<String> version) {
        this.circuitPanel = circuitPanel;
        this.table = table;
        this.version = version;
    }

    @Override
    public Optional<Circuit> circuit() {
        return circuitPanel.circuit();
    }

    @Override
    public double[] initial() {
        return table.rows().stream().mapToDouble(ParameterRow::start).toArray();
    }

    /** Multi-start defaults with the panel's weighting and starts and the table's fixed parameters. */
    @Override
    public FitOptions options() {
        FitOptions options = FitOptions.defaults().withWeighting(circuitPanel.weighting())
                .withStarts(circuitPanel.starts()).withAdmittance(circuitPanel.admittance());
        for (ParameterRow r : table.rows()) {
            if (r.fixed()) {
                options = options.withFixed(r.name(), r.start());
            }
        }
        return options;
    }

    @Override
    public Map<String, QuantityKind> quantities() {
        Map<String, QuantityKind> tags = new HashMap<>();
        table.rows().forEach(r -> tags.put(r.name(), r.quantity()));
        return tags;
    }

    @Override
    public String version() {
        return version.get();
    }
}
