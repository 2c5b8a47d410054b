package org.interphase.sims.api;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Ratio signals made by the analyst (e.g. {@code PO_3-} over {@code PS-}), point by point like SurfaceLab's own
 * ratio columns and named in their notation {@code A / ( B )}, so that they are parsed as RATIO signals.
 */
public final class Ratios {

    private Ratios() {
    }

    /**
     * The ratio signal numerator / denominator (NaN where the denominator is zero or not finite).
     *
     * @throws IllegalArgumentException when a label is not in the profile
     */
    public static SignalData of(ProfileData profile, String numerator, String denominator) {
        SignalData a = find(profile, numerator);
        SignalData b = find(profile, denominator);
        double[] y = Normalisation.divide(Series.of(profile.timeS(), a.intensity()),
                Series.of(profile.timeS(), b.intensity())).y();
        return new SignalData(SignalName.parse(numerator + " / ( " + denominator + " )"), OptionalDouble.empty(), y);
    }

    /** The profile with {@code signal} appended (the data stay shared). */
    public static ProfileData with(ProfileData p, SignalData signal) {
        List<SignalData> s = new ArrayList<>(p.signals());
        s.add(signal);
        return new ProfileData(p.timeS(), p.dose(), p.fluence(), s, p.polarity(), p.fileRows(),
                p.emptyLastRowDropped(), p.totalSputterTimeS());
    }

    private static SignalData find(ProfileData p, String label) {
        return p.signal(label).orElseThrow(() -> new IllegalArgumentException("no signal '" + label + "'"));
    }
}
