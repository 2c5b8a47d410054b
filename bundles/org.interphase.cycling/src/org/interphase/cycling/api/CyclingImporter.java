package org.interphase.cycling.api;

import java.nio.file.Path;

import org.interphase.core.api.ImportException;
import org.interphase.core.api.Importer;

/**
 * An importer of cycler files that also gives the numbers the cycling analyses use. Register as an
 * {@link Importer} service; {@link CyclingFiles} chooses among them through the core registry.
 */
public interface CyclingImporter extends Importer {

    /** Reads the sampled columns of {@code file}. */
    CyclingData readData(Path file) throws ImportException;
}
