package org.interphase.sims.api;

import java.nio.file.Path;

import org.interphase.core.api.ImportException;
import org.interphase.sims.internal.SurfaceLabProfileReader;

/** Reads depth-profile data for analyses and editors (the model keeps no intensity arrays). */
public final class DepthProfiles {

    private DepthProfiles() {
    }

    /**
     * Reads an IONTOF SurfaceLab ASCII depth-profile export. The all-zero last row SurfaceLab writes is
     * dropped and flagged ({@link ProfileData#emptyLastRowDropped()}).
     *
     * @throws ImportException naming the file and line of the first problem
     */
    public static ProfileData readData(Path file) throws ImportException {
        return SurfaceLabProfileReader.read(file).data();
    }
}
