package org.interphase.app.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.interphase.core.api.ImportCandidate;
import org.interphase.core.api.Importer;
import org.interphase.core.api.Importers;

/**
 * Turns what the user picked or dropped into table rows: files are probed by every registered importer; a folder
 * that an importer reads as a whole (a stack of tomography slices) is one row, any other folder is expanded
 * recursively. Hidden files are skipped. No SWT.
 */
public final class ImportRows {

    private final List<Importer> importers;

    /** Rows probed by {@code importers} (normally {@link Importers#all()}). */
    public ImportRows(List<Importer> importers) {
        this.importers = List.copyOf(importers);
    }

    /** The importers offered. */
    public List<Importer> importers() {
        return importers;
    }

    /** One row per file; folders read as a whole or expanded. */
    public List<ImportRow> expand(List<Path> paths) {
        List<ImportRow> rows = new ArrayList<>();
        for (Path p : paths) {
            add(p, rows);
        }
        return rows;
    }

    private void add(Path p, List<ImportRow> rows) {
        if (p.getFileName() != null && p.getFileName().toString().startsWith(".")) {
            return;
        }
        List<ImportCandidate> found = candidates(p);
        if (Files.isDirectory(p) && found.isEmpty()) {
            try (Stream<Path> children = Files.list(p)) {
                children.sorted().forEach(c -> add(c, rows));
            } catch (IOException e) {
                rows.add(new ImportRow(p, List.of(), "unreadable folder"));
            }
            return;
        }
        rows.add(new ImportRow(p, found, size(p)));
    }

    private List<ImportCandidate> candidates(Path p) {
        try {
            return Importers.candidates(p, importers);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** "12.4 kB", or "11 files, 8.2 MB" for a folder. */
    static String size(Path p) {
        try {
            if (Files.isDirectory(p)) {
                long[] countAndBytes = new long[2];
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).forEach(f -> {
                        countAndBytes[0]++;
                        countAndBytes[1] += f.toFile().length();
                    });
                }
                return countAndBytes[0] + " files, " + bytes(countAndBytes[1]);
            }
            return bytes(Files.size(p));
        } catch (IOException e) {
            return "?";
        }
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = { "kB", "MB", "GB", "TB" };
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(java.util.Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
