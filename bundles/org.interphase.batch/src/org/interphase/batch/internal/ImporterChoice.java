package org.interphase.batch.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.interphase.core.api.ImportCandidate;
import org.interphase.core.api.Importer;
import org.interphase.core.api.Importers;

/**
 * Which importer reads a file for {@code batch import}: the detected one when it is confident, else the one
 * {@code --as TECHNIQUE[:FORMAT]} names. Never a guess: without a confident importer the file is refused with
 * the candidates.
 */
final class ImporterChoice {

    /** Detection at or above this confidence is trusted without {@code --as}. */
    static final double CONFIDENT = 0.5;
    /** A lone candidate is trusted from this confidence (no other importer claims the file). */
    static final double CONFIDENT_ALONE = 0.3;

    /** The importer chosen, or why none was. */
    record Choice(Importer importer, String refusal, boolean recognised) {
    }

    private final List<Importer> importers;
    private final String technique;
    private final String format;

    private ImporterChoice(List<Importer> importers, String technique, String format) {
        this.importers = importers;
        this.technique = technique;
        this.format = format;
    }

    /**
     * The choice for {@code --as} (empty: detection only).
     *
     * @throws IllegalArgumentException when {@code --as} names no registered importer
     */
    static ImporterChoice of(List<Importer> importers, Optional<String> as) {
        if (as.isEmpty()) {
            return new ImporterChoice(importers, null, null);
        }
        String spec = as.get().strip().toLowerCase(Locale.ROOT);
        int colon = spec.indexOf(':');
        String t = colon < 0 ? spec : spec.substring(0, colon);
        String f = colon < 0 ? null : spec.substring(colon + 1);
        ImporterChoice choice = new ImporterChoice(importers, t, f == null || f.isEmpty() ? null : f);
        if (choice.named().isEmpty()) {
            throw new IllegalArgumentException("--as " + as.get() + " names no importer; importers: "
                    + importers.stream().map(i -> techniqueName(i) + ":" + i.id()).collect(Collectors.joining(", ")));
        }
        return choice;
    }

    /** The importer for {@code file}. */
    Choice choose(Path file) throws IOException {
        List<ImportCandidate> candidates = Importers.candidates(file, importers);
        if (technique != null) {
            List<Importer> named = named();
            for (ImportCandidate c : candidates) {
                if (named.contains(c.importer())) {
                    return new Choice(c.importer(), null, true);
                }
            }
            if (named.size() == 1) {
                return new Choice(named.get(0), null, true);
            }
            return new Choice(null, "--as " + technique + " fits several importers, none of which recognises the file;"
                    + " name one: " + named.stream().map(i -> "--as " + techniqueName(i) + ":" + i.id())
                            .collect(Collectors.joining(", ")), true);
        }
        if (candidates.isEmpty()) {
            return new Choice(null, "no importer recognises this file format", false);
        }
        ImportCandidate best = candidates.get(0);
        if (best.confidence() >= CONFIDENT || candidates.size() == 1 && best.confidence() >= CONFIDENT_ALONE) {
            return new Choice(best.importer(), null, true);
        }
        return new Choice(null, "no importer is confident (candidates: " + candidates.stream()
                .map(c -> techniqueName(c.importer()) + ":" + c.importer().id() + " " + String.format(Locale.ROOT, "%.2f",
                        c.confidence()))
                .collect(Collectors.joining(", ")) + "); choose one with --as TECHNIQUE:FORMAT, e.g. --as "
                + techniqueName(best.importer()) + ":" + best.importer().id(), true);
    }

    /** The importers {@code --as} names. */
    private List<Importer> named() {
        return importers.stream().filter(i -> techniqueMatches(i) && formatMatches(i)).toList();
    }

    private boolean techniqueMatches(Importer i) {
        String id = i.id().toLowerCase(Locale.ROOT);
        String t = technique.replace('-', '_');
        return i.technique().equalsIgnoreCase(t)
                || id.startsWith(technique + ".");
    }

    private boolean formatMatches(Importer i) {
        if (format == null) {
            return true;
        }
        String id = i.id().toLowerCase(Locale.ROOT);
        return id.equals(format) || id.endsWith("." + format) || id.contains(format)
                || i.name().toLowerCase(Locale.ROOT).contains(format);
    }

    /** The short technique name used in {@code --as}: the first part of the importer id. */
    static String techniqueName(Importer i) {
        int dot = i.id().indexOf('.');
        return dot > 0 ? i.id().substring(0, dot) : i.technique().toLowerCase(Locale.ROOT);
    }
}
