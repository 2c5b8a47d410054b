package org.interphase.xps.api;

import java.nio.file.Path;
import java.util.List;

import org.interphase.core.api.ImportException;
import org.interphase.core.api.Importer;

/**
 * An {@link Importer} of XPS spectra that also gives the numbers (the model keeps no arrays). Fitting,
 * backgrounds, the XPS editor, series and the {@code xps-*} commands read files only through importers of
 * this kind that the registry chooses ({@link XpsFiles#readData(Path)}); an in-house plug-in implements it to
 * be used by them.
 */
public interface XpsImporter extends Importer {

    /** The regions of {@code file}; every problem is an {@link ImportException} naming file and line. */
    List<XpsRegionData> readRegions(Path file) throws ImportException;
}
