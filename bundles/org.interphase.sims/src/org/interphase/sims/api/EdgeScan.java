package org.interphase.sims.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Interface analysis of many signals at once: both edges of every signal by interpolation
 * ({@link Interfaces#edge(Series, EdgeDirection)}) and a step fit of each ({@link EdgeFits#fit(Series, Edge,
 * EdgeModel)}). Signals are independent, so {@link #all} spreads them over the common fork-join pool.
 */
public final class EdgeScan {

    private EdgeScan() {
    }

    /** The rising and falling edges the signal has (zero, one or two), each with its fit or the fit's error. */
    public static List<EdgeResult> signal(Series series, EdgeModel model) {
        Series s = series.finite();
        List<EdgeResult> out = new ArrayList<>(2);
        for (EdgeDirection dir : EdgeDirection.values()) {
            Optional<Edge> edge = Interfaces.edge(s, dir);
            if (edge.isEmpty()) {
                continue;
            }
            try {
                out.add(new EdgeResult(edge.get(), Optional.of(EdgeFits.fit(s, edge.get(), model)), ""));
            } catch (EdgeFitException e) {
                out.add(new EdgeResult(edge.get(), Optional.empty(), e.getMessage()));
            }
        }
        return List.copyOf(out);
    }

    /** {@link #signal} for every series, in parallel over signals; the result is in input order. */
    public static List<List<EdgeResult>> all(List<Series> series, EdgeModel model) {
        return IntStream.range(0, series.size()).parallel().mapToObj(i -> signal(series.get(i), model)).toList();
    }
}
