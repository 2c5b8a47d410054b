package org.interphase.sims.api;

import java.util.Locale;
import java.util.Optional;

/**
 * Primary-ion (analysis-beam) dose per sputter cycle, for comparing profiles taken with different beam currents
 * or numbers of frames. Dose normalisation divides every intensity by the dose of its cycle:
 * <pre>
 *   N'_i = N_i / D_p        counts per primary ion,   var(N'_i) = var(N_i) / D_p^2  (D_p taken as exact)
 *   D_p  = I_p t_a / e      from the primary current I_p (A) and the analysis time per cycle t_a (s),
 *                           e = 1.602176634e-19 C
 * </pre>
 * From a SurfaceLab export, {@link #fromFile} takes D_p as the {@code Dose (ions)} value of the first row: the
 * column is cumulative and at sputter time 0 only the analysis beam has hit the sample, so that row holds the
 * dose of one analysis cycle (2.47442e6 ions in I241209m, 1 frame; 2.79004e6 in I231115u, 5 frames).
 *
 * @param ionsPerCycle D_p (ions)
 * @param source       where it came from (provenance text)
 */
public record PrimaryDose(double ionsPerCycle, String source) {

    /** The elementary charge (C), exact in the 2019 SI. */
    public static final double ELEMENTARY_CHARGE = 1.602176634e-19;

    public PrimaryDose {
        if (!(ionsPerCycle > 0) || Double.isInfinite(ionsPerCycle)) {
            throw new IllegalArgumentException("the primary-ion dose per cycle must be positive, got " + ionsPerCycle);
        }
    }

    /** The first row's dose, when the export has a positive one at sputter time 0. */
    public static Optional<PrimaryDose> fromFile(ProfileData profile) {
        if (profile.points() == 0 || profile.timeS()[0] != 0 || !(profile.dose()[0] > 0)
                || Double.isInfinite(profile.dose()[0])) {
            return Optional.empty();
        }
        return Optional.of(new PrimaryDose(profile.dose()[0],
                "file: Dose (ions) of the first row (sputter time 0, analysis beam only)"));
    }

    /** D_p = I_p t_a / e from a current in pA and an analysis time per cycle in s. */
    public static PrimaryDose fromCurrent(double currentPicoAmpere, double analysisTimeS) {
        double ions = currentPicoAmpere * 1e-12 * analysisTimeS / ELEMENTARY_CHARGE;
        return new PrimaryDose(ions, String.format(Locale.ROOT, "user: %.6g pA x %.6g s per cycle / e",
                currentPicoAmpere, analysisTimeS));
    }

    /** The series divided by D_p (variances by D_p^2). */
    public Series normalise(Series s) {
        return Normalisation.scale(s, 1 / ionsPerCycle);
    }
}
