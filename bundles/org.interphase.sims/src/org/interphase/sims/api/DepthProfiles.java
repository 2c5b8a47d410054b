package org.interphase.sims.api;

import java.nio.file.Path;

import java.util.Optional;

import org.interphase.core.api.ImportException;
import org.interphase.core.api.ImporterChoice;

/** Reads depth-profile data for analyses and editors (the model keeps no intensity arrays). */
public final class DepthProfiles {

    /** The first cell of the column-header line of a SurfaceLab depth-profile export. */
    public static final String SURFACELAB_DATA_HEADER = SurfaceLabProfileReader.DATA_HEADER;

    /** What the depth-profile analyses need, for messages. */
    public static final String WANTED = "a ToF-SIMS depth profile";


    private DepthProfiles() {
    }

    /**
     * Reads the depth profile of {@code file} through the importer registry: the most confident registered
     * importer (a plug-in's too) must be a {@link ProfileImporter}, otherwise the file is refused, naming
     * what it is (an impedance spectrum, an XPS spectrum, a mass spectrum). Built-in: IONTOF SurfaceLab
     * exports (the all-zero last row SurfaceLab writes is dropped and flagged,
     * {@link ProfileData#emptyLastRowDropped()}) and delimited text with a {@link ColumnMapping#guess guessed}
     * column mapping. The built-in importers are the bundle's OSGi services (the api package does not reach
     * into the internal one), so this needs the service runtime (SCR), as the product and the tests have.
     *
     * @throws ImportException naming the file and line of the first problem, or what the file is
     */
    public static ProfileData readData(Path file) throws ImportException {
        return readData(file, Optional.empty());
    }

    /** As {@link #readData(Path)}, with the importer named by {@code as} ({@code TECHNIQUE[:FORMAT]}) when given. */
    public static ProfileData readData(Path file, Optional<String> as) throws ImportException {
        return importer(file, as).readProfile(file);
    }

    /**
     * The importer of a measurement's file: the one that imported it ({@code importerId}) when it is still
     * installed, else the registry's choice.
     */
    public static ProfileImporter importerFor(Path file, String importerId) throws ImportException {
        return ImporterChoice.forMeasurement(file, ProfileImporter.class, java.util.List.of(), WANTED, importerId);
    }

    /** The importer that reads {@code file} as a depth profile, or an exception saying what the file is. */
    public static ProfileImporter importer(Path file, Optional<String> as) throws ImportException {
        return ImporterChoice.choose(file, ProfileImporter.class, java.util.List.of(), WANTED, as);
    }

    /** Reads a SurfaceLab export with the file-level facts the importer reports (header lines, quirky cells). */
    public static ProfileExport readExport(Path file) throws ImportException {
        return SurfaceLabProfileReader.read(file);
    }

    /** Whether text from the start of a file is a SurfaceLab depth-profile export (its data header line). */
    public static boolean looksLikeSurfaceLab(String head) {
        return head.contains(SurfaceLabProfileReader.DATA_HEADER + "\tSputter Time (s)");
    }

    /** Reads generic delimited text with an explicit column mapping. */
    public static ProfileData readData(Path file, ColumnMapping mapping) throws ImportException {
        return DelimitedProfiles.read(file, mapping);
    }

    /** Whether the file is a SurfaceLab ASCII depth-profile export (its data header line is in the first 8 KiB). */
    public static boolean isSurfaceLab(Path file) throws ImportException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            String head = new String(in.readNBytes(8192), java.nio.charset.StandardCharsets.ISO_8859_1);
            return looksLikeSurfaceLab(head);
        } catch (java.io.IOException e) {
            throw new ImportException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
    }
}
