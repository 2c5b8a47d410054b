package org.interphase.sims.api;

import java.nio.file.Path;

import org.interphase.core.api.ImportException;

/** Reads depth-profile data for analyses and editors (the model keeps no intensity arrays). */
public final class DepthProfiles {

    /** The first cell of the column-header line of a SurfaceLab depth-profile export. */
    public static final String SURFACELAB_DATA_HEADER = SurfaceLabProfileReader.DATA_HEADER;

    private DepthProfiles() {
    }

    /**
     * Reads an IONTOF SurfaceLab ASCII depth-profile export (the all-zero last row SurfaceLab writes is
     * dropped and flagged, {@link ProfileData#emptyLastRowDropped()}), or any other delimited text with the
     * column mapping {@link ColumnMapping#guess guessed} from its content.
     *
     * @throws ImportException naming the file and line of the first problem
     */
    public static ProfileData readData(Path file) throws ImportException {
        if (isSurfaceLab(file)) {
            return SurfaceLabProfileReader.read(file).data();
        }
        return DelimitedProfiles.read(file, DelimitedProfiles.guess(file));
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
        org.interphase.core.api.ImportFiles.requireRegularFile(file);
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            String head = new String(in.readNBytes(8192), java.nio.charset.StandardCharsets.ISO_8859_1);
            return looksLikeSurfaceLab(head);
        } catch (java.io.IOException e) {
            throw new ImportException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
    }
}
