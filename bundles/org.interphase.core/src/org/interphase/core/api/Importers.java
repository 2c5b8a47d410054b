package org.interphase.core.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** Finds the registered {@link Importer} services and picks the best one for a file. */
public final class Importers {

    private Importers() {
    }

    /** All importers registered in the OSGi service registry, sorted by id. */
    public static List<Importer> all() {
        List<Importer> result = new ArrayList<>();
        Bundle bundle = FrameworkUtil.getBundle(Importers.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return result;
        }
        try {
            for (ServiceReference<Importer> ref : context.getServiceReferences(Importer.class, null)) {
                Importer importer = context.getService(ref);
                if (importer != null) {
                    result.add(importer);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        result.sort(Comparator.comparing(Importer::id));
        return result;
    }

    /** The importer with the highest positive confidence for {@code file} among {@code candidates}. */
    public static Optional<Importer> best(Path file, List<Importer> candidates) throws IOException {
        FileProbe probe = FileProbe.of(file);
        Importer best = null;
        double bestScore = 0;
        for (Importer importer : candidates) {
            double score;
            try {
                score = importer.detect(probe);
            } catch (RuntimeException e) {
                continue; // a faulty detector must not hide the other importers
            }
            if (score > bestScore) {
                best = importer;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Every importer among {@code candidates} that recognises {@code file}, most confident first (ties by
     * id, so the order is stable). A faulty detector is skipped.
     */
    public static List<ImportCandidate> candidates(Path file, List<Importer> candidates) throws IOException {
        FileProbe probe = FileProbe.of(file);
        List<ImportCandidate> result = new ArrayList<>();
        for (Importer importer : candidates) {
            double score;
            try {
                score = importer.detect(probe);
            } catch (RuntimeException e) {
                continue;
            }
            if (score > 0) {
                result.add(new ImportCandidate(importer, Math.min(1, score)));
            }
        }
        result.sort(Comparator.comparingDouble(ImportCandidate::confidence).reversed()
                .thenComparing(c -> c.importer().id()));
        return result;
    }

    /** {@link #candidates(Path, List)} among all registered importers. */
    public static List<ImportCandidate> candidates(Path file) throws IOException {
        return candidates(file, all());
    }

    /** Detects the format of {@code file} among all registered importers and reads it. */
    public static Imported read(Path file) throws ImportException {
        Importer importer;
        try {
            importer = best(file, all()).orElseThrow(
                    () -> new ImportException(file, 0, "no importer recognises this file format"));
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
        return stamp(importer.read(file), file, importer);
    }

    /**
     * Fills the provenance fields every measurement must carry (source URI, SHA-256, importer id and
     * version) where the importer left them empty.
     */
    public static Imported stamp(Imported imported, Path file, Importer importer) throws ImportException {
        String sha;
        try {
            sha = java.nio.file.Files.isDirectory(file) ? null : Hashes.sha256(file);
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
        for (org.interphase.model.Measurement m : imported.measurements()) {
            if (m.getSourceUri() == null) {
                m.setSourceUri(file.toAbsolutePath().toUri().toString());
            }
            if (m.getSha256() == null) {
                m.setSha256(sha);
            }
            if (m.getImporterId() == null) {
                m.setImporterId(importer.id());
            }
            if (m.getImporterVersion() == null) {
                m.setImporterVersion(importer.version());
            }
        }
        return imported;
    }
}
