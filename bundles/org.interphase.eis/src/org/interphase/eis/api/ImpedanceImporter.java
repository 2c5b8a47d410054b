package org.interphase.eis.api;

import java.nio.file.Path;

import org.interphase.core.api.ImportException;
import org.interphase.core.api.Importer;

/**
 * An {@link Importer} of impedance spectra that also gives the numbers (the model keeps no arrays). Fits,
 * Kramers-Kronig, DRT, the EIS editor and the {@code eis-*} commands read files only through importers of
 * this kind that the registry chooses ({@link EisReaders}); an in-house plug-in implements it to be used by
 * them.
 */
public interface ImpedanceImporter extends Importer {

    /** The spectra of {@code file}; every problem is an {@link ImportException} naming file and line. */
    EisFile readData(Path file) throws ImportException;
}
