package org.interphase.ui.measurement;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.interphase.model.Measurement;

/** Locates the file behind a measurement: its source URI, resolved against the study file when relative. */
public final class MeasurementFiles {

    private MeasurementFiles() {
    }

    /** The measured file or folder, if the measurement names one that can be located. */
    public static Optional<Path> resolve(Measurement m) {
        String source = m.getSourceUri();
        if (source == null || source.isBlank()) {
            return Optional.empty();
        }
        URI uri = URI.createURI(source);
        Resource resource = m.eResource();
        if (uri.isRelative() && resource != null && resource.getURI() != null) {
            uri = uri.resolve(resource.getURI());
        }
        if (uri.isFile()) {
            return Optional.of(Path.of(uri.toFileString()));
        }
        return Optional.empty();
    }
}
