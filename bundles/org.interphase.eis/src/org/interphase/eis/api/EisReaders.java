package org.interphase.eis.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.interphase.core.api.ImportException;
import org.interphase.core.api.ImporterChoice;
import org.interphase.eis.internal.DelimitedImporter;
import org.interphase.eis.internal.GamryDtaImporter;
import org.interphase.eis.internal.MprImporter;
import org.interphase.eis.internal.MptImporter;
import org.interphase.eis.internal.NpyImporter;
import org.interphase.eis.internal.ZviewImporter;

/**
 * Reads the numbers of EIS files for analyses and editors (the model does not store the data arrays). The
 * file is recognised by the {@link org.interphase.core.api.Importer} registry, like every import: the most
 * confident registered importer (a plug-in's too) must be an {@link ImpedanceImporter}, otherwise the file
 * is refused, naming what it is. The built-in importers are used as well when they are not registered
 * (outside OSGi).
 */
public final class EisReaders {

    /** What the EIS analyses need, for messages. */
    public static final String WANTED = "an impedance spectrum";

    private static final List<ImpedanceImporter> BUILT_IN = List.of(new MptImporter(), new MprImporter(),
            new GamryDtaImporter(), new ZviewImporter(), new NpyImporter(), new DelimitedImporter());

    private EisReaders() {
    }

    /** The spectra of {@code file}; every problem is an {@link ImportException} naming file and line. */
    public static EisFile readData(Path file) throws ImportException {
        return readData(file, Optional.empty());
    }

    /**
     * The spectra of {@code file}, read by the importer {@code as} names ({@code TECHNIQUE[:FORMAT]}, e.g.
     * {@code eis:eis.delimited}) or, when empty, by the registry's most confident importer.
     */
    public static EisFile readData(Path file, Optional<String> as) throws ImportException {
        return importer(file, as).readData(file);
    }

    /**
     * The spectra of a measurement's file, read by the importer that imported it ({@code importerId}) when
     * it is still installed, else by the registry's choice.
     */
    public static EisFile readFor(Path file, String importerId) throws ImportException {
        return ImporterChoice.forMeasurement(file, ImpedanceImporter.class, BUILT_IN, WANTED, importerId).readData(file);
    }

    /** The importer that reads {@code file} as an impedance spectrum, or an exception saying what it is. */
    public static ImpedanceImporter importer(Path file, Optional<String> as) throws ImportException {
        return ImporterChoice.choose(file, ImpedanceImporter.class, BUILT_IN, WANTED, as);
    }

    /** The built-in EIS importers (for tests and tools that must work without the service registry). */
    public static List<ImpedanceImporter> builtIn() {
        return BUILT_IN;
    }

    /** The first spectrum of {@code file}. */
    public static ImpedanceData readFirst(Path file) throws ImportException {
        return readData(file).spectra().get(0);
    }
}
