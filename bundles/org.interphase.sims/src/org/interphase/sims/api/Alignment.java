package org.interphase.sims.api;

import java.util.Locale;
import java.util.Optional;

/**
 * How the x axes of several depth profiles are put on a common footing before they are overlaid or averaged:
 * plain sputter time, primary-ion fluence (comparable between runs with different beam currents), or sputter
 * time relative to an interface, i.e. to the 50 % point of a chosen signal's rising or falling edge (located
 * as in {@link Interfaces#edge(Series, EdgeDirection)} on the raw counts).
 *
 * @param kind      which axis
 * @param signal    the signal whose edge is the origin (INTERFACE only, else "")
 * @param direction its edge (INTERFACE only, else RISING)
 */
public record Alignment(Kind kind, String signal, EdgeDirection direction) {

    /** The axes. */
    public enum Kind {
        /** Sputter time (s) as recorded. */
        TIME,
        /** Fluence (ions/cm^2) as exported. */
        FLUENCE,
        /** Sputter time minus the 50 % point of a chosen edge (s). */
        INTERFACE
    }

    public Alignment {
        signal = signal == null ? "" : signal;
        if (kind == Kind.INTERFACE && signal.isBlank()) {
            throw new IllegalArgumentException("aligning on an interface needs a signal");
        }
    }

    /** Sputter time. */
    public static Alignment time() {
        return new Alignment(Kind.TIME, "", EdgeDirection.RISING);
    }

    /** Fluence. */
    public static Alignment fluence() {
        return new Alignment(Kind.FLUENCE, "", EdgeDirection.RISING);
    }

    /** The 50 % point of {@code signal}'s {@code direction} edge is x = 0. */
    public static Alignment onInterface(String signal, EdgeDirection direction) {
        return new Alignment(Kind.INTERFACE, signal, direction);
    }

    /** The x-axis title with its unit. */
    public String axisTitle() {
        return switch (kind) {
            case TIME -> "Sputter time / s";
            case FLUENCE -> "Fluence / (ions/cm\u00b2)";
            case INTERFACE -> "Sputter time \u2212 t50(" + signal + " " + direction.name().toLowerCase(Locale.ROOT)
                    + ") / s";
        };
    }

    /**
     * The x values of {@code profile} under this alignment; empty with the reason when the profile cannot be
     * aligned (no fluence column, no such signal, no such edge).
     */
    public Aligned x(ProfileData profile) {
        double[] t = profile.timeS();
        switch (kind) {
            case TIME:
                return new Aligned(Optional.of(t), 0, "");
            case FLUENCE:
                for (double v : profile.fluence()) {
                    if (!Double.isFinite(v)) {
                        return new Aligned(Optional.empty(), Double.NaN, "no fluence column");
                    }
                }
                return new Aligned(Optional.of(profile.fluence()), 0, "");
            default:
                Optional<SignalData> s = profile.signal(signal);
                if (s.isEmpty()) {
                    return new Aligned(Optional.empty(), Double.NaN, "no signal '" + signal + "'");
                }
                Optional<Edge> e = Interfaces.edge(Normalisation.raw(profile, s.get()), direction);
                if (e.isEmpty()) {
                    return new Aligned(Optional.empty(), Double.NaN,
                            "'" + signal + "' has no " + direction.name().toLowerCase(Locale.ROOT) + " edge");
                }
                double shift = e.get().t50();
                double[] x = new double[t.length];
                for (int i = 0; i < x.length; i++) {
                    x[i] = t[i] - shift;
                }
                return new Aligned(Optional.of(x), shift, "");
        }
    }

    /**
     * The aligned x axis of one profile.
     *
     * @param x       the values, empty when the profile cannot be aligned
     * @param shift   the sputter time subtracted (the edge's t50 for INTERFACE, else 0)
     * @param problem why it cannot be aligned ("" when it can)
     */
    public record Aligned(Optional<double[]> x, double shift, String problem) {
    }
}
