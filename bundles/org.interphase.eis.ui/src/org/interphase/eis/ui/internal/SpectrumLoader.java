package org.interphase.eis.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.interphase.core.api.ImportException;
import org.interphase.eis.api.EisFile;
import org.interphase.eis.api.EisReaders;
import org.interphase.eis.api.ImpedanceData;

/**
 * Reads the spectrum a measurement stands for: the file's spectrum whose label equals the measurement's
 * {@code sourceEntry} (as the importer set it), the only spectrum of a single-spectrum file, or, when the
 * entry is missing, the first spectrum with a note saying so.
 */
public final class SpectrumLoader {

    /**
     * What was loaded.
     *
     * @param data the spectrum
     * @param file the file's content (all spectra)
     * @param note a remark for the user (e.g. which spectrum was chosen when the entry was not found)
     */
    public record Loaded(ImpedanceData data, EisFile file, Optional<String> note) {
    }

    private SpectrumLoader() {
    }

    /** Loads the spectrum {@code entry} (may be null or blank) of {@code file}. */
    public static Loaded load(Path file, String entry) throws ImportException {
        return load(file, entry, null);
    }

    /**
     * Loads the spectrum {@code entry} of {@code file} with the importer that imported the measurement
     * ({@code importerId}, null: the registry's choice).
     */
    public static Loaded load(Path file, String entry, String importerId) throws ImportException {
        EisFile content = EisReaders.readFor(file, importerId);
        List<ImpedanceData> spectra = content.spectra();
        if (spectra.isEmpty()) {
            throw new ImportException(file, 0, "holds no impedance spectrum");
        }
        if (entry != null && !entry.isBlank()) {
            for (ImpedanceData d : spectra) {
                if (d.label().equals(entry.strip())) {
                    return new Loaded(d, content, Optional.empty());
                }
            }
        }
        if (spectra.size() == 1) {
            return new Loaded(spectra.get(0), content, Optional.empty());
        }
        String why = entry == null || entry.isBlank() ? "the measurement names no spectrum"
                : "the file has no spectrum '" + entry + "'";
        return new Loaded(spectra.get(0), content, Optional.of(why + "; showing the first of " + spectra.size()
                + " spectra (" + spectra.get(0).label() + ")"));
    }
}
