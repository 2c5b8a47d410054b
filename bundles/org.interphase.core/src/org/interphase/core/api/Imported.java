package org.interphase.core.api;

import java.util.List;
import java.util.Map;

import org.interphase.model.Measurement;

/**
 * What an importer read from one file.
 *
 * @param format       human-readable format name, e.g. "BioLogic EC-Lab text (.mpt)"
 * @param measurements new, unattached model measurements (one per spectrum, region set, profile or volume)
 * @param facts        technique facts for reports and {@code inspect} (JSON-compatible values: strings,
 *                     numbers, booleans, lists and maps), in a stable order
 */
public record Imported(String format, List<Measurement> measurements, Map<String, Object> facts) {

    public Imported {
        measurements = List.copyOf(measurements);
        facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
    }
}
