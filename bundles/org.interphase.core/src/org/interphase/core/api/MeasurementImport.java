package org.interphase.core.api;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.Command;
import org.interphase.model.Cell;
import org.interphase.model.Measurement;

/**
 * Brings the user's own files into a study: the one import path of the import wizard, drag and drop,
 * {@code batch import}, {@code batch run} and the demo.
 * <p>
 * Two steps, so that reading (slow, cancellable, in a job) never touches the study: {@link #read} reads
 * every file through the {@link Importer} services and reports each failure by file and reason;
 * {@link #command} turns what was read into one undoable EMF command.
 */
public final class MeasurementImport {

    private MeasurementImport() {
    }

    /** Whether the study refers to the file where it is, or to a copy in the study's project. */
    public enum Storage {
        /** Refer to the file where it is. */
        LINK,
        /** Copy the file (or folder) into a folder of the project first and refer to the copy. */
        COPY
    }

    /**
     * One file to import.
     *
     * @param file          the file or folder (a folder of slices is one tomography volume)
     * @param importer      the importer to use, or {@code null} for the most confident one
     * @param interfaceName the name of the cell's interface the measurement probes, or {@code null}
     * @param cycleNumber   the cycle number of the cycle state it was measured at, or {@code null}
     */
    public record Request(Path file, Importer importer, String interfaceName, Integer cycleNumber) {

        public Request {
            Objects.requireNonNull(file, "file");
        }

        /** A request that lets detection choose the importer and links nothing. */
        public static Request of(Path file) {
            return new Request(file, null, null, null);
        }
    }

    /**
     * What became of one request.
     *
     * @param file         the requested file
     * @param storedAt     where the study refers to it (the copy when copied), or {@code null} on failure
     * @param importer     the importer that read it, or {@code null} when none was found
     * @param measurements the measurements read (empty on failure)
     * @param error        why it failed (naming the file and, where known, the line), or {@code null}
     */
    public record FileResult(Path file, Path storedAt, Importer importer, List<Measurement> measurements,
            String error) {

        public FileResult {
            measurements = List.copyOf(measurements);
        }

        /** Whether the file was read. */
        public boolean ok() {
            return error == null;
        }

        static FileResult failed(Path file, Importer importer, String error) {
            return new FileResult(file, null, importer, List.of(), error);
        }
    }

    /** Progress of {@link MeasurementImport#read}; answering {@code false} cancels the remaining files. */
    @FunctionalInterface
    public interface Progress {

        /** Progress that never cancels. */
        Progress NONE = (name, done, total) -> true;

        /**
         * Called before each file is read.
         *
         * @return {@code false} to cancel
         */
        boolean step(String fileName, int done, int total);
    }

    /**
     * Reads every requested file with the registered importers. Never touches a study. A file that fails
     * gives a {@link FileResult} with the reason and the others are still read; after cancellation the
     * remaining files fail with "cancelled".
     *
     * @param copyDir the folder copies go to (created if needed); only used with {@link Storage#COPY}
     */
    public static List<FileResult> read(List<Request> requests, Storage storage, Path copyDir, Progress progress) {
        return read(requests, storage, copyDir, progress, Importers.all());
    }

    /** {@link #read(List, Storage, Path, Progress)} with an explicit importer list (plain JUnit, tests). */
    public static List<FileResult> read(List<Request> requests, Storage storage, Path copyDir, Progress progress,
            List<Importer> importers) {
        if (storage == Storage.COPY) {
            Objects.requireNonNull(copyDir, "copyDir");
        }
        List<FileResult> results = new ArrayList<>();
        boolean cancelled = false;
        for (int i = 0; i < requests.size(); i++) {
            Request request = requests.get(i);
            Path file = request.file();
            cancelled = cancelled
                    || !progress.step(String.valueOf(file.getFileName()), i, requests.size());
            if (cancelled) {
                results.add(FileResult.failed(file, request.importer(), file + ": cancelled"));
                continue;
            }
            results.add(readOne(request, storage, copyDir, importers));
        }
        return results;
    }

    private static FileResult readOne(Request request, Storage storage, Path copyDir, List<Importer> importers) {
        Path file = request.file();
        Importer importer = request.importer();
        try {
            ImportFiles.requireReadable(file, true);
            if (importer == null) {
                List<ImportCandidate> found = Importers.candidates(file, importers);
                if (found.isEmpty()) {
                    return FileResult.failed(file, null, file + ": no importer recognises this file format");
                }
                importer = found.get(0).importer();
            }
            Path stored = storage == Storage.COPY ? copyInto(file, copyDir) : file;
            Imported imported;
            try {
                imported = Importers.stamp(importer.read(stored), stored, importer);
            } catch (ImportException | RuntimeException e) {
                if (stored != file) {
                    deleteQuietly(stored);
                }
                throw e;
            }
            if (imported.measurements().isEmpty()) {
                if (stored != file) {
                    deleteQuietly(stored);
                }
                return FileResult.failed(file, importer, file + ": holds no measurement");
            }
            return new FileResult(file, stored, importer, imported.measurements(), null);
        } catch (ImportException e) {
            return FileResult.failed(file, importer, e.getMessage());
        } catch (IOException e) {
            return FileResult.failed(file, importer, file + ": cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            return FileResult.failed(file, importer, file + ": " + importerName(importer) + " failed: " + e);
        }
    }

    private static String importerName(Importer importer) {
        return importer == null ? "import" : importer.id();
    }

    /** Copies a file or folder into {@code dir} under a name not yet taken there ({@code a.txt}, {@code a-2.txt}). */
    static Path copyInto(Path source, Path dir) throws IOException {
        Files.createDirectories(dir);
        String name = source.getFileName().toString();
        int dot = Files.isDirectory(source) ? -1 : name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 1;; n++) {
            Path target = dir.resolve(n == 1 ? name : stem + "-" + n + ext);
            if (Files.exists(target)) {
                if (!Files.isDirectory(source) && Files.isRegularFile(target) && Files.mismatch(source, target) == -1) {
                    return target; // the same bytes were copied before
                }
                continue;
            }
            try {
                copyTree(source, target);
                return target;
            } catch (FileAlreadyExistsException raced) {
                // another import took the name meanwhile; try the next
            }
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        if (!Files.isDirectory(source)) {
            Path tmp = target.resolveSibling("." + target.getFileName() + ".part");
            Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Files.createDirectory(target);
        try (Stream<Path> children = Files.list(source)) {
            for (Path child : (Iterable<Path>) children.sorted()::iterator) {
                copyTree(child, target.resolve(child.getFileName().toString()));
            }
        }
    }

    private static void deleteQuietly(Path path) {
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover copy is harmless; the import failed for the reason reported
        }
    }

    /**
     * One undoable command that adds every successfully read measurement to {@code cell}, linked to the
     * interface and cycle state its request names (cycle states that do not exist yet are created, in
     * cycle order). Nothing else in the study changes.
     *
     * @param results the results of {@link #read} for {@code requests}, in the same order
     */
    public static Command command(Cell cell, List<Request> requests, List<FileResult> results) {
        if (requests.size() != results.size()) {
            throw new IllegalArgumentException(requests.size() + " requests but " + results.size() + " results");
        }
        return new AddMeasurementsCommand(cell, requests, results);
    }

    /** The measurements {@link #command} would add, in order (for summaries). */
    public static List<Measurement> measurements(List<FileResult> results) {
        return results.stream().filter(FileResult::ok).flatMap(r -> r.measurements().stream()).toList();
    }
}
