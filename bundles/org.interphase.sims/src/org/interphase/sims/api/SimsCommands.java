package org.interphase.sims.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.interphase.core.api.ImportException;
import org.interphase.model.SignalKind;

/** Headless entry points for the batch application; every method returns a JSON-ready map. */
public final class SimsCommands {

    /** The algorithm id recorded as provenance. */
    public static final String INTERFACES_ALGORITHM = "sims.interfaces";
    /** Its version. */
    public static final String INTERFACES_VERSION = "1.0.0";

    /** The convention of the edge analysis, in words (stored with results). */
    public static final String CONVENTION = "levels relative to 0 and the largest finite value; rising edge = first "
            + "crossing from the start, falling edge = first crossing after the maximum; linear interpolation; "
            + "width = |t16 - t84|; erf fit over t50 +/- " + EdgeFits.WINDOW_WIDTHS + " widths; no smoothing";

    private SimsCommands() {
    }

    /**
     * {@code sims-interfaces FILE [--signal NAME...] [--normalise total|matrix:NAME]}: for each signal, the 50 %
     * positions and 16-84 % widths of its rising and falling edges (linear interpolation with counting
     * errors, and an erf fit with standard errors). Values that do not exist (an edge the signal lacks, a
     * crossing it never reaches) are left out, so every number in the map is finite.
     *
     * @param file      a depth profile (read through the importer registry)
     * @param signals   labels to analyse; empty = every signal except {@code total}
     * @param normalise null, "" or "none" (raw counts), "total", or "matrix:LABEL"
     * @throws ImportException          when the file cannot be read
     * @throws IllegalArgumentException for an unknown signal or normalisation
     */
    public static Map<String, Object> interfaces(Path file, List<String> signals, String normalise)
            throws ImportException {
        return interfaces(file, signals, normalise, java.util.Optional.empty());
    }

    /**
     * As {@link #interfaces(Path, List, String)}, with the importer named by {@code as} ({@code --as
     * TECHNIQUE[:FORMAT]}) when given; a file that is not a depth profile is refused, naming what it is.
     */
    public static Map<String, Object> interfaces(Path file, List<String> signals, String normalise,
            java.util.Optional<String> as) throws ImportException {
        Scan scan = scan(file, signals, normalise, as);
        ProfileData d = scan.data();
        String norm = scan.normalisation();
        List<SignalData> chosen = scan.signals();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.getFileName().toString());
        out.put("algorithm", INTERFACES_ALGORITHM + " " + INTERFACES_VERSION);
        out.put("normalisation", norm);
        out.put("convention", CONVENTION);
        out.put("emptyLastRowDropped", d.emptyLastRowDropped());
        List<Series> series = scan.series();
        List<List<EdgeResult>> edges = scan.edges();
        List<Object> results = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            results.add(analyse(chosen.get(i), series.get(i), edges.get(i)));
        }
        out.put("signals", results);
        return out;
    }

    /**
     * The edges of a profile's signals as {@code sims-interfaces} finds them (for {@link SimsResults}).
     *
     * @param data          the profile
     * @param normalisation "none", "total" or "matrix:LABEL"
     * @param signals       the analysed signals
     * @param series        each signal as analysed (normalised)
     * @param edges         each signal's rising and falling edges with erf fits
     */
    public record Scan(ProfileData data, String normalisation, List<SignalData> signals, List<Series> series,
            List<List<EdgeResult>> edges) {
    }

    /** The scan behind {@link #interfaces}: same arguments, same edges. */
    public static Scan scan(Path file, List<String> signals, String normalise) throws ImportException {
        return scan(file, signals, normalise, java.util.Optional.empty());
    }

    /** The scan behind {@link #interfaces(Path, List, String, java.util.Optional)}, read with importer {@code as}. */
    public static Scan scan(Path file, List<String> signals, String normalise, java.util.Optional<String> as)
            throws ImportException {
        ProfileData d = DepthProfiles.readData(file, as);
        String norm = normalise == null || normalise.isBlank() ? "none" : normalise.strip();
        List<SignalData> chosen = new ArrayList<>();
        if (signals.isEmpty()) {
            d.signals().stream().filter(s -> s.name().kind() != SignalKind.TOTAL).forEach(chosen::add);
        } else {
            for (String label : signals) {
                chosen.add(d.signal(label).orElseThrow(() -> new IllegalArgumentException(
                        "no signal '" + label + "' in " + file.getFileName())));
            }
        }
        List<Series> series = new ArrayList<>();
        for (SignalData s : chosen) {
            series.add(normalised(d, s, norm));
        }
        return new Scan(d, norm, List.copyOf(chosen), List.copyOf(series), EdgeScan.all(series, EdgeModel.ERF));
    }

    private static Series normalised(ProfileData d, SignalData s, String norm) {
        String lower = norm.toLowerCase(Locale.ROOT);
        if (lower.equals("none")) {
            return Normalisation.raw(d, s);
        }
        if (lower.equals("total")) {
            return Normalisation.toTotal(d, s);
        }
        if (lower.startsWith("matrix:")) {
            return Normalisation.toMatrix(d, s, norm.substring("matrix:".length()).strip());
        }
        throw new IllegalArgumentException("unknown normalisation '" + norm + "' (use total or matrix:NAME)");
    }

    private static Map<String, Object> analyse(SignalData s, Series series, List<EdgeResult> edges) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("signal", s.label());
        m.put("kind", s.name().kind().getName());
        Series f = series.finite();
        int iMax = f.indexOfMax();
        if (iMax >= 0) {
            put(m, "max", f.y()[iMax]);
            put(m, "maxAtS", f.x()[iMax]);
        }
        for (EdgeResult r : edges) {
            m.put(r.direction().name().toLowerCase(Locale.ROOT), edge(r));
        }
        return m;
    }

    private static Map<String, Object> edge(EdgeResult r) {
        Edge e = r.edge();
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "t50S", e.t50());
        put(m, "t50ErrorS", e.t50Error());
        put(m, "t84S", e.t84());
        put(m, "t16S", e.t16());
        e.width().ifPresent(w -> put(m, "widthS", w));
        put(m, "widthErrorS", e.widthError());
        if (r.fit().isPresent()) {
            EdgeFit fit = r.fit().get();
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("model", fit.model().name());
            put(fm, "centreS", fit.centre());
            put(fm, "centreErrorS", fit.centreError());
            put(fm, "widthS", fit.width());
            put(fm, "widthErrorS", fit.widthError());
            put(fm, "reducedChiSquare", fit.reducedChiSquare());
            fm.put("points", fit.points());
            put(fm, "fromS", fit.from());
            put(fm, "toS", fit.to());
            m.put("fit", fm);
        } else {
            m.put("fitError", r.fitError());
        }
        return m;
    }

    private static void put(Map<String, Object> m, String key, double v) {
        if (Double.isFinite(v)) {
            m.put(key, v);
        }
    }
}
