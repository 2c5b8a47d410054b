package org.interphase.sims.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Many depth profiles on one x axis: every chosen signal of every profile, aligned by an {@link Alignment}.
 * Profiles that cannot be aligned and signals a profile lacks are listed, never silently dropped.
 */
public final class Overlay {

    /**
     * A named profile, e.g. one measurement of a cycle series.
     *
     * @param name  the legend name
     * @param data  its data
     */
    public record Profile(String name, ProfileData data) {
    }

    /**
     * One overlaid curve.
     *
     * @param profile the profile's name
     * @param signal  the signal's label
     * @param series  the (normalised) signal on the aligned x axis
     */
    public record Curve(String profile, String signal, Series series) {
    }

    /**
     * The overlay.
     *
     * @param xTitle  axis title with unit
     * @param curves  one per profile and signal found
     * @param shifts  per profile (in input order), the sputter time subtracted (NaN when not aligned)
     * @param skipped why a profile or a signal is missing ("profile: reason")
     */
    public record Result(String xTitle, List<Curve> curves, double[] shifts, List<String> skipped) {

        public Result {
            curves = List.copyOf(curves);
            skipped = List.copyOf(skipped);
        }

        /** The curves of one signal, in profile order (the input of replicate means and differences). */
        public List<Series> of(String signal) {
            return curves.stream().filter(c -> c.signal().equals(signal)).map(Curve::series).toList();
        }
    }

    private Overlay() {
    }

    /**
     * Aligns and normalises.
     *
     * @param normalise the signal as plotted (e.g. {@link Normalisation#raw}, or total-normalised); its x is
     *                  replaced by the aligned one
     */
    public static Result of(List<Profile> profiles, List<String> signals, Alignment alignment,
            BiFunction<ProfileData, SignalData, Series> normalise) {
        List<Curve> curves = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        double[] shifts = new double[profiles.size()];
        for (int p = 0; p < profiles.size(); p++) {
            Profile profile = profiles.get(p);
            Alignment.Aligned a = alignment.x(profile.data());
            shifts[p] = a.shift();
            if (a.x().isEmpty()) {
                skipped.add(profile.name() + ": " + a.problem());
                continue;
            }
            double[] x = a.x().get();
            for (String label : signals) {
                Optional<SignalData> s = profile.data().signal(label);
                if (s.isEmpty()) {
                    skipped.add(profile.name() + ": no signal '" + label + "'");
                    continue;
                }
                Series y = normalise.apply(profile.data(), s.get());
                curves.add(new Curve(profile.name(), label, new Series(x, y.y(), y.variance())));
            }
        }
        return new Result(alignment.axisTitle(), curves, shifts, skipped);
    }
}
