package org.interphase.eis.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The numeric content of one EIS file: its spectra (one per loop/cycle/curve) and what was read.
 *
 * @param format      human-readable format name
 * @param spectra     the spectra in file order
 * @param columns     the column names (as written in the file) the importer used, in the order f, Z', Z''
 *                    (+ cycle when present)
 * @param imagSign    how the file wrote the imaginary part: "Im(Z)" (kept) or "-Im(Z)" (flipped on read)
 * @param instrument  instrument description when the file names it
 * @param acquiredAt  acquisition start as written in the file, when present
 * @param metadata    file-level metadata (key/value as in the file header), in file order
 */
public record EisFile(String format, List<ImpedanceData> spectra, List<String> columns, String imagSign,
        Optional<String> instrument, Optional<String> acquiredAt, Map<String, String> metadata) {

    public EisFile {
        spectra = List.copyOf(spectra);
        columns = List.copyOf(columns);
        metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** Total number of points over all spectra. */
    public int totalPoints() {
        return spectra.stream().mapToInt(ImpedanceData::size).sum();
    }
}
