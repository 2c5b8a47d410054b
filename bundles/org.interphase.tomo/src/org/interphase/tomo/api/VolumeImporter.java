package org.interphase.tomo.api;

import java.nio.file.Path;
import java.util.Optional;

import org.interphase.core.api.ImportException;
import org.interphase.core.api.Importer;

/**
 * An {@link Importer} of tomography volumes that also opens the voxels lazily (the model keeps only the file
 * reference and geometry). Segmentation, the tomography editor and {@code tomo-profile} open files only
 * through importers of this kind that the registry chooses ({@link Volumes#open(Path)}); an in-house plug-in
 * implements it to be used by them.
 */
public interface VolumeImporter extends Importer {

    /**
     * Opens {@code file} lazily; the caller closes the volume.
     *
     * @param entry             the entry inside a container file (e.g. an HDF5 dataset path), or empty for the
     *                          default one
     * @param cacheBudgetBytes  byte budget of the slice cache, where the source has one
     */
    Volume open(Path file, Optional<String> entry, long cacheBudgetBytes) throws ImportException;
}
