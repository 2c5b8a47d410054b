package org.interphase.eis.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which points of a spectrum an analysis uses: a frequency window, the inductive points (Z'' &gt; 0, as
 * impedance.py's {@code ignoreBelowX} drops them) and an explicit index mask (0-based, file order). A point
 * is left out for the first reason that applies, in this order: index, below fmin, above fmax, inductive.
 *
 * @param fMinHz        lowest frequency kept (Hz), NaN = no limit
 * @param fMaxHz        highest frequency kept (Hz), NaN = no limit
 * @param dropInductive leave out points with Z'' &gt; 0
 * @param excluded      0-based indices left out
 */
public record PointSelection(double fMinHz, double fMaxHz, boolean dropInductive, Set<Integer> excluded) {

    /** Every point. */
    public static final PointSelection ALL = new PointSelection(Double.NaN, Double.NaN, false, Set.of());

    public PointSelection {
        excluded = Set.copyOf(new TreeSet<>(excluded));
        if (excluded.stream().anyMatch(i -> i < 0)) {
            throw new IllegalArgumentException("excluded indices must be >= 0");
        }
        if (fMinHz <= 0 || fMaxHz <= 0 || fMinHz > fMaxHz) {
            throw new IllegalArgumentException("frequency window " + fMinHz + " .. " + fMaxHz + " Hz is empty or not positive");
        }
    }

    /** Whether every point is kept. */
    public boolean all() {
        return Double.isNaN(fMinHz) && Double.isNaN(fMaxHz) && !dropInductive && excluded.isEmpty();
    }

    /**
     * Parses an index list such as {@code 0,1,5-7} (0-based, ranges inclusive).
     *
     * @throws IllegalArgumentException naming the bad item
     */
    public static Set<Integer> parseIndices(String text) {
        Set<Integer> out = new TreeSet<>();
        for (String item : text.split(",")) {
            String s = item.strip();
            if (s.isEmpty()) {
                continue;
            }
            try {
                int dash = s.indexOf('-', 1);
                if (dash < 0) {
                    out.add(Integer.parseInt(s));
                } else {
                    int a = Integer.parseInt(s.substring(0, dash).strip());
                    int b = Integer.parseInt(s.substring(dash + 1).strip());
                    if (b < a) {
                        throw new IllegalArgumentException("range " + s + " runs backwards");
                    }
                    for (int i = a; i <= b; i++) {
                        out.add(i);
                    }
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + s + "' is not an index or a range like 5-7", e);
            }
        }
        return out;
    }

    /** The reason point {@code i} of {@code d} is left out, or null when it is kept. */
    public String reason(ImpedanceData d, int i) {
        double f = d.frequency(i);
        if (excluded.contains(i)) {
            return "excluded";
        }
        if (f < fMinHz) {
            return "below fmin";
        }
        if (f > fMaxHz) {
            return "above fmax";
        }
        if (dropInductive && d.zImag()[i] > 0) {
            return "inductive";
        }
        return null;
    }

    /** The kept points of {@code d}, and what was left out. */
    public Selected apply(ImpedanceData d) {
        Map<Integer, String> left = new LinkedHashMap<>();
        for (int i = 0; i < d.size(); i++) {
            String r = reason(d, i);
            if (r != null) {
                left.put(i, r);
            }
        }
        for (int i : excluded) {
            if (i >= d.size()) {
                throw new IllegalArgumentException("--exclude " + i + ": the spectrum has points 0.." + (d.size() - 1));
            }
        }
        ImpedanceData kept = left.isEmpty() ? d : d.select(i -> !left.containsKey(i));
        if (kept.size() == 0) {
            throw new IllegalArgumentException("the point selection leaves no point of " + d.size());
        }
        return new Selected(kept, d, left);
    }

    /**
     * A spectrum after the selection.
     *
     * @param data     the points used
     * @param original the spectrum as read
     * @param leftOut  index in the original &rarr; reason, ascending
     */
    public record Selected(ImpedanceData data, ImpedanceData original, Map<Integer, String> leftOut) {

        public Selected {
            leftOut = Map.copyOf(leftOut);
        }

        /** JSON-ready: points used, total, and each point left out (index, frequency, reason). */
        public Map<String, Object> summary() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("used", data.size());
            m.put("total", original.size());
            List<Object> out = new ArrayList<>();
            for (int i : new TreeSet<>(leftOut.keySet())) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("index", i);
                p.put("frequencyHz", original.frequency(i));
                p.put("reason", leftOut.get(i));
                out.add(p);
            }
            m.put("leftOut", out);
            return m;
        }
    }
}
