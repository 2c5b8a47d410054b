package org.interphase.batch.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.interphase.core.api.ImportException;

/**
 * The files a command works on: files named on the command line, and the files of named folders (of their
 * sub-folders too with {@code --recursive}). A folder that an importer reads as a whole (a stack of slices) is
 * one input. Every file passed over is listed with its reason; nothing is dropped silently.
 */
final class Inputs {

    /** A file passed over and why. */
    record Skipped(Path file, String reason) {
        Map<String, Object> json() {
            return Map.of("file", file.toString(), "reason", reason);
        }
    }

    /**
     * A file to work on.
     *
     * @param named whether the user named it (a problem with it is then an error, not a skip)
     */
    record Input(Path file, boolean named) {
    }

    private final List<Input> files = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();

    private Inputs() {
    }

    /**
     * Collects the inputs.
     *
     * @param readsFolder whether an importer reads a folder as one input
     * @throws ImportException when a named input does not exist or a folder cannot be listed
     */
    static Inputs collect(List<Path> named, boolean recursive, Predicate<Path> readsFolder) throws ImportException {
        Inputs inputs = new Inputs();
        Set<Path> visited = new HashSet<>();
        for (Path given : named) {
            Path in = given.toAbsolutePath().normalize();
            if (!Files.exists(in)) {
                throw new ImportException(in, 0, "no such file or folder");
            }
            if (Files.isDirectory(in) && !readsFolder.test(in)) {
                inputs.walk(in, recursive, readsFolder, visited);
            } else if (!Files.isDirectory(in) && !Files.isRegularFile(in)) {
                throw new ImportException(in, 0, "not a regular file");
            } else {
                inputs.files.add(new Input(in, true));
            }
        }
        return inputs;
    }

    private void walk(Path folder, boolean recursive, Predicate<Path> readsFolder, Set<Path> visited)
            throws ImportException {
        try {
            if (!visited.add(folder.toRealPath())) {
                skipped.add(new Skipped(folder, "folder already searched (a link back to it)"));
                return;
            }
            List<Path> entries;
            try (Stream<Path> s = Files.list(folder)) {
                entries = s.sorted().toList();
            }
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) {
                    skipped.add(new Skipped(p, "hidden"));
                } else if (Files.isDirectory(p)) {
                    if (readsFolder.test(p)) {
                        files.add(new Input(p, false));
                    } else if (recursive) {
                        walk(p, true, readsFolder, visited);
                    } else {
                        skipped.add(new Skipped(p, "a sub-folder (add --recursive to search it)"));
                    }
                } else if (!Files.isRegularFile(p)) {
                    skipped.add(new Skipped(p, Files.exists(p) ? "not a regular file" : "a broken link"));
                } else if (name.toLowerCase(Locale.ROOT).endsWith(".md")) {
                    skipped.add(new Skipped(p, "a Markdown document"));
                } else {
                    files.add(new Input(p, false));
                }
            }
        } catch (IOException e) {
            throw new ImportException(folder, 0, "cannot be listed: " + e.getMessage(), e);
        }
    }

    /** The files and folders to read (absolute), in command-line order, folder contents sorted by name. */
    List<Input> files() {
        return files;
    }

    /** What was passed over while searching folders. */
    List<Skipped> skipped() {
        return skipped;
    }
}
