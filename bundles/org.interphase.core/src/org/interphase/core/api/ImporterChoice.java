package org.interphase.core.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.interphase.model.technique.Techniques;

/**
 * Chooses the importer that reads a file for an analysis, editor or technique command: among the registered
 * {@link Importer} services (so an in-house plug-in is honoured everywhere) plus the caller's built-in
 * importers when they are not registered (plain JUnit, or SCR not started). The file must be of the kind the
 * caller needs (an importer implementing {@code kind}, e.g. {@code org.interphase.eis.api.ImpedanceImporter});
 * otherwise the file is refused, naming what it is. When no importer is {@link #CONFIDENT confident}, the
 * file is refused with the candidates; {@code --as TECHNIQUE[:FORMAT]} then names the importer.
 */
public final class ImporterChoice {

    /** The lowest confidence at which a file is read without being asked. */
    public static final double CONFIDENT = 0.5;

    private ImporterChoice() {
    }

    /** No importer is confident about a file (none reaches {@link ImporterChoice#CONFIDENT}): ask the user. */
    public static final class NotConfidentException extends ImportException {

        private static final long serialVersionUID = 1L;

        NotConfidentException(Path file, String reason) {
            super(file, 0, reason);
        }
    }

    /**
     * The importer of kind {@code kind} that reads {@code file}.
     *
     * @param file     the file or folder
     * @param kind     the importer interface the caller needs (it gives the numbers it analyses)
     * @param builtIns the caller's own importers, used when they are not registered as services
     * @param wanted   what the caller needs, for messages, e.g. "an impedance spectrum"
     * @param as       the user's choice {@code TECHNIQUE[:FORMAT]} ({@code --as}), or empty
     * @throws ImportException naming the file and what it is when it is not of the wanted kind
     */
    public static <T> T choose(Path file, Class<T> kind, List<? extends Importer> builtIns, String wanted,
            Optional<String> as) throws ImportException {
        List<Importer> all = candidates(builtIns);
        Map<Importer, Double> scores = scores(file, all);
        Importer chosen;
        if (as.isPresent() && !as.get().isBlank()) {
            chosen = byName(file, all, scores, as.get());
        } else {
            chosen = null;
            double best = 0;
            for (Map.Entry<Importer, Double> e : scores.entrySet()) {
                if (e.getValue() > best) {
                    chosen = e.getKey();
                    best = e.getValue();
                }
            }
            if (chosen == null) {
                throw new ImportException(file, 0, "not a recognised file format (no importer knows it)"
                        + "; if it is " + wanted + ", name its importer with --as TECHNIQUE[:FORMAT]"
                        + " (" + ids(all, kind) + ")");
            }
            if (best < CONFIDENT) {
                throw new NotConfidentException(file, "no importer is confident about this file; candidates: "
                        + describe(scores) + ". Name the importer with --as TECHNIQUE[:FORMAT], e.g. --as "
                        + asName(chosen));
            }
        }
        if (!kind.isInstance(chosen)) {
            throw new ImportException(file, 0, "this file is " + noun(chosen) + " (" + chosen.name() + "), not " + wanted);
        }
        return kind.cast(chosen);
    }

    /**
     * As {@link #choose}, for a file a measurement was imported from: the importer that read it (its stored
     * {@code importerId}) when it is still installed and of the kind, so that a file imported with
     * {@code --as} opens again; otherwise the registry's choice.
     */
    public static <T> T forMeasurement(Path file, Class<T> kind, List<? extends Importer> builtIns, String wanted,
            String importerId) throws ImportException {
        if (importerId != null) {
            for (Importer i : candidates(builtIns)) {
                if (i.id().equals(importerId) && kind.isInstance(i)) {
                    return kind.cast(i);
                }
            }
        }
        return choose(file, kind, builtIns, wanted, Optional.empty());
    }

    /** The registered importers plus those built-ins whose id is not registered, sorted by id. */
    public static List<Importer> candidates(List<? extends Importer> builtIns) {
        List<Importer> all = new ArrayList<>(Importers.all());
        for (Importer b : builtIns) {
            if (all.stream().noneMatch(i -> i.id().equals(b.id()))) {
                all.add(b);
            }
        }
        all.sort(java.util.Comparator.comparing(Importer::id));
        return all;
    }

    /** What a file read by {@code importer} is, e.g. "an impedance spectrum", for messages. */
    public static String noun(Importer importer) {
        String t = importer.technique();
        if (t == null) {
            return "a file of an unknown technique";
        }
        return switch (t) {
            case Techniques.EIS -> "an impedance spectrum";
            case Techniques.XPS -> "an XPS spectrum";
            case Techniques.TOF_SIMS -> importer.name().toLowerCase(Locale.ROOT).contains("mass spectrum")
                    ? "a ToF-SIMS mass spectrum" : "a ToF-SIMS depth profile";
            case Techniques.TOMOGRAPHY -> "a tomography volume";
            default -> "a " + Techniques.label(t) + " file";
        };
    }

    /** The {@code --as} value that names {@code importer}: its technique and id. */
    public static String asName(Importer importer) {
        return techniqueKey(importer.technique()) + ":" + importer.id();
    }

    /** The short technique name of {@code --as}: "eis", "xps", "sims", "tomo"; another id in lower case. */
    private static String techniqueKey(String t) {
        return t == null ? "?" : switch (t) {
            case Techniques.EIS -> "eis";
            case Techniques.XPS -> "xps";
            case Techniques.TOF_SIMS -> "sims";
            case Techniques.TOMOGRAPHY -> "tomo";
            default -> t.toLowerCase(Locale.ROOT);
        };
    }

    /** Whether {@code key} names technique {@code t}: its short name, its id or its label ("ToF-SIMS"). */
    private static boolean techniqueMatches(String t, String key) {
        String k = squeeze(key);
        return t != null && (k.equals(techniqueKey(t)) || k.equals(squeeze(t)) || k.equals(squeeze(Techniques.label(t))));
    }

    private static String squeeze(String s) {
        return s.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
    }

    private static Importer byName(Path file, List<Importer> all, Map<Importer, Double> scores, String as)
            throws ImportException {
        int colon = as.indexOf(':');
        String technique = colon < 0 ? as.strip() : as.substring(0, colon).strip();
        String format = colon < 0 ? "" : as.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
        Importer chosen = null;
        double best = -1;
        for (Importer i : all) {
            String id = i.id().toLowerCase(Locale.ROOT);
            boolean formatOk = format.isEmpty() || id.equals(format) || id.endsWith("." + format)
                    || id.equals(techniqueKey(i.technique()) + "." + format);
            if (techniqueMatches(i.technique(), technique) && formatOk && scores.getOrDefault(i, 0.0) > best) {
                chosen = i;
                best = scores.getOrDefault(i, 0.0);
            }
        }
        if (chosen == null) {
            throw new ImportException(file, 0, "--as " + as + " names no importer; known: "
                    + all.stream().map(ImporterChoice::asName).toList());
        }
        return chosen;
    }

    private static Map<Importer, Double> scores(Path file, List<Importer> all) throws ImportException {
        FileProbe probe;
        try {
            probe = FileProbe.of(file);
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
        if (probe.isUtf16()) {
            throw new ImportException(file, 1, FileProbe.UTF16_REFUSAL);
        }
        Map<Importer, Double> scores = new LinkedHashMap<>();
        for (Importer i : all) {
            double s;
            try {
                s = i.detect(probe);
            } catch (RuntimeException e) {
                continue; // a faulty detector must not hide the other importers
            }
            if (s > 0) {
                scores.put(i, s);
            }
        }
        return scores;
    }

    private static String describe(Map<Importer, Double> scores) {
        List<String> out = new ArrayList<>();
        scores.entrySet().stream().sorted(Map.Entry.<Importer, Double>comparingByValue().reversed())
                .forEach(e -> out.add(asName(e.getKey()) + String.format(Locale.ROOT, " (%.2f)", e.getValue())));
        return String.join(", ", out);
    }

    private static String ids(List<Importer> all, Class<?> kind) {
        return String.join(", ", all.stream().filter(kind::isInstance).map(ImporterChoice::asName).toList());
    }
}
