package org.interphase.core.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.interphase.model.services.ServiceRegistry;

/** Finds the registered {@link Importer} services and picks the best one for a file. */
public final class Importers {

    private Importers() {
    }

    /**
     * All importers registered in the OSGi service registry, sorted by id; of two with the same id the one
     * with the higher service ranking is kept (the other is logged, see {@link ServiceRegistry#unique}).
     */
    public static List<Importer> all() {
        List<Importer> result = new ArrayList<>(ServiceRegistry.unique(Importer.class, Importer::id));
        result.sort(Comparator.comparing(Importer::id));
        return result;
    }

    /** The importer with the highest positive confidence for {@code file} among {@code candidates}. */
    public static Optional<Importer> best(Path file, List<Importer> candidates) throws IOException {
        return candidates(file, candidates).stream().findFirst().map(ImportCandidate::importer);
    }

    /**
     * Every importer among {@code candidates} that recognises {@code file}, most confident first; ties keep the
     * order of {@code candidates} ({@link #all()} is sorted by id, so the order is stable). A faulty detector is
     * skipped: it must not hide the other importers.
     */
    public static List<ImportCandidate> candidates(Path file, List<Importer> candidates) throws IOException {
        FileProbe probe = FileProbe.of(file);
        record Scored(Importer importer, double score) {
        }
        List<Scored> found = new ArrayList<>();
        for (Importer importer : candidates) {
            try {
                double score = importer.detect(probe);
                if (score > 0) {
                    found.add(new Scored(importer, score));
                }
            } catch (RuntimeException e) {
                // skipped
            }
        }
        // by the detector's own score; List.sort is stable, so ties keep the given order
        found.sort(Comparator.comparingDouble(Scored::score).reversed());
        return found.stream().map(s -> new ImportCandidate(s.importer(), Math.min(1, s.score()))).toList();
    }

    /** {@link #candidates(Path, List)} among all registered importers. */
    public static List<ImportCandidate> candidates(Path file) throws IOException {
        return candidates(file, all());
    }

    /** Detects the format of {@code file} among all registered importers and reads it. */
    public static Imported read(Path file) throws ImportException {
        ImportFiles.requireReadable(file, true);
        Importer importer;
        try {
            if (!java.nio.file.Files.isDirectory(file) && FileProbe.of(file).isUtf16()) {
                throw new ImportException(file, 1, FileProbe.UTF16_REFUSAL);
            }
            importer = best(file, all()).orElseThrow(
                    () -> new ImportException(file, 0, "no importer recognises this file format"));
        } catch (IOException e) {
            throw ImportFiles.cannotRead(file, e);
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
