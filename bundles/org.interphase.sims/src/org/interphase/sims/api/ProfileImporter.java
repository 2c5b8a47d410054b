package org.interphase.sims.api;

import java.nio.file.Path;

import org.interphase.core.api.ImportException;
import org.interphase.core.api.Importer;

/**
 * An {@link Importer} of depth profiles that also gives the numbers (the model keeps no intensity arrays).
 * Interface analysis, the SIMS editor and {@code sims-interfaces} read files only through importers of this
 * kind that the registry chooses ({@link DepthProfiles#readData(Path)}); an in-house plug-in implements it
 * to be used by them. A mass spectrum is not a depth profile: its importer does not implement this.
 */
public interface ProfileImporter extends Importer {

    /** The profile of {@code file}; every problem is an {@link ImportException} naming file and line. */
    ProfileData readProfile(Path file) throws ImportException;
}
