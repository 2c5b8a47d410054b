package org.interphase.xps.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A fit model for one region: peaks (singlets and doublets), their links and bounds, and the background.
 * Link expressions use + - * /, parentheses, numbers and references {@code Peak} (same parameter) or
 * {@code Peak.parameter}; see {@link Peak} for parameter names. Example:
 * {@code model.link("B", "position", "A + 1.18").link("B", "area", "A * 0.5")}.
 *
 * @param peaks      the peaks, names unique
 * @param background the background
 */
public record PeakModel(List<Peak> peaks, BackgroundSpec background) {

    public PeakModel {
        peaks = List.copyOf(peaks);
        Set<String> names = new HashSet<>();
        for (Peak p : peaks) {
            if (!names.add(p.name())) {
                throw new IllegalArgumentException("duplicate peak name '" + p.name() + "'");
            }
        }
    }

    /** An empty model with the given background. */
    public static PeakModel of(BackgroundSpec background) {
        return new PeakModel(List.of(), background);
    }

    /** This model with one more peak. */
    public PeakModel add(Peak p) {
        List<Peak> l = new ArrayList<>(peaks);
        l.add(p);
        return new PeakModel(l, background);
    }

    /** The peak with that name. */
    public Optional<Peak> peak(String name) {
        return peaks.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** This model with a peak replaced (same name). */
    public PeakModel replace(Peak p) {
        List<Peak> l = new ArrayList<>(peaks);
        int i = indexOf(p.name());
        l.set(i, p);
        return new PeakModel(l, background);
    }

    /** This model with {@code peak.parameter} given by the expression. */
    public PeakModel link(String peak, String parameter, String expression) {
        Peak p = peaks.get(indexOf(peak));
        return replace(p.with(parameter, Param.linked(expression)));
    }

    /** This model with {@code peak.parameter} replaced. */
    public PeakModel set(String peak, String parameter, Param value) {
        return replace(peaks.get(indexOf(peak)).with(parameter, value));
    }

    /** This model with another background. */
    public PeakModel withBackground(BackgroundSpec b) {
        return new PeakModel(peaks, b);
    }

    private int indexOf(String name) {
        for (int i = 0; i < peaks.size(); i++) {
            if (peaks.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no peak '" + name + "'");
    }
}
