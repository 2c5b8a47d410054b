package org.interphase.xps.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.interphase.core.api.ImportException;
import org.interphase.core.api.ImporterChoice;
import org.interphase.xps.internal.importers.CasaExportImporter;
import org.interphase.xps.internal.importers.CsvXpsImporter;
import org.interphase.xps.internal.importers.PhiSpeImporter;
import org.interphase.xps.internal.importers.ScientaTxtImporter;
import org.interphase.xps.internal.importers.SpecsXyImporter;
import org.interphase.xps.internal.importers.VamasImporter;
import org.interphase.xps.internal.vamas.VamasParser;
import org.interphase.xps.internal.vamas.VamasRegions;

/** Entry points to XPS file contents as numbers, for analyses and editors (the model keeps no arrays). */
public final class XpsFiles {

    /** What the XPS analyses need, for messages. */
    public static final String WANTED = "an XPS spectrum";

    private static final List<XpsImporter> BUILT_IN = List.of(new VamasImporter(), new SpecsXyImporter(),
            new PhiSpeImporter(), new ScientaTxtImporter(), new CasaExportImporter(), new CsvXpsImporter());

    private XpsFiles() {
    }

    /** Reads a VAMAS (ISO 14976) file with every parameter. */
    public static VamasFile readVamas(Path file) throws ImportException {
        return VamasParser.read(file);
    }

    /** The regions of a VAMAS file, one per block. */
    public static List<XpsRegionData> regions(VamasFile file) {
        return VamasRegions.of(file);
    }

    /**
     * Reads the regions of {@code file} through the importer registry: the most confident registered
     * importer (a plug-in's too) must be an {@link XpsImporter}, otherwise the file is refused, naming what it
     * is. Built in: VAMAS, SPECS {@code .xy}, PHI {@code .spe}, Scienta {@code .txt}, CasaXPS exports and
     * plain columns (CSV/TXT); they are used as well when they are not registered (outside OSGi).
     */
    public static List<XpsRegionData> readData(Path file) throws ImportException {
        return readData(file, Optional.empty());
    }

    /** As {@link #readData(Path)}, with the importer named by {@code as} ({@code TECHNIQUE[:FORMAT]}) when given. */
    public static List<XpsRegionData> readData(Path file, Optional<String> as) throws ImportException {
        return importer(file, as).readRegions(file);
    }

    /**
     * The regions of a measurement's file, read by the importer that imported it ({@code importerId}) when
     * it is still installed, else by the registry's choice.
     */
    public static List<XpsRegionData> readFor(Path file, String importerId) throws ImportException {
        return ImporterChoice.forMeasurement(file, XpsImporter.class, BUILT_IN, WANTED, importerId).readRegions(file);
    }

    /** The importer that reads {@code file} as an XPS spectrum, or an exception saying what the file is. */
    public static XpsImporter importer(Path file, Optional<String> as) throws ImportException {
        return ImporterChoice.choose(file, XpsImporter.class, BUILT_IN, WANTED, as);
    }
}
