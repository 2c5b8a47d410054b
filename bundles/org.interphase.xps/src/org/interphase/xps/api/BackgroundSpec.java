package org.interphase.xps.api;

/**
 * The background of a fit. Not refined: computed once from the data with {@link Backgrounds} and held.
 * Refined: an "active" background whose level and scale are fitted together with the peaks
 * (A. Herrera-Gomez et al., J. Electron Spectrosc. Relat. Phenom. 182 (2010) 81): for Shirley
 * B(E) = offset + scale x (area of the peaks below E); for Tougaard B(E) = offset + scale x sum of
 * K(E - E') x peaks(E') over E' &lt; E; for linear B(E) = offset + slope x (E - E_low).
 *
 * @param kind      background type
 * @param refined   whether its parameters are fitted
 * @param halfWidth end-point averaging half width in points (not-refined backgrounds and start values)
 * @param tougaard  cross section for {@link Kind#TOUGAARD} (its B is the start scale)
 * @param windowEV  end points averaged over this window in eV instead of halfWidth points (0: use halfWidth)
 * @param clamp     a held Shirley background is kept below the data envelope ({@link Backgrounds#shirley(double[],
 *                  double[], Backgrounds.ShirleyOptions)}; for weak, noisy regions)
 */
public record BackgroundSpec(Kind kind, boolean refined, int halfWidth, TougaardCrossSection tougaard,
        double windowEV, boolean clamp) {

    /** A spec with end points averaged over 2 halfWidth + 1 points and no clamp. */
    public BackgroundSpec(Kind kind, boolean refined, int halfWidth, TougaardCrossSection tougaard) {
        this(kind, refined, halfWidth, tougaard, 0, false);
    }

    /** The Shirley options of this spec. */
    public Backgrounds.ShirleyOptions shirleyOptions() {
        return new Backgrounds.ShirleyOptions(halfWidth, windowEV, clamp);
    }

    /** The end-point averaging half width in points on abscissa x (from the eV window when one is set). */
    public int halfWidth(double[] x) {
        return shirleyOptions().halfWidth(x);
    }

    /** Background type. */
    public enum Kind {
        /** No background (zero). */
        NONE,
        /** Straight line. */
        LINEAR,
        /** Shirley. */
        SHIRLEY,
        /** Tougaard. */
        TOUGAARD
    }

    /** A Shirley background computed from the data (CasaXPS default style). */
    public static BackgroundSpec shirley(int halfWidth) {
        return new BackgroundSpec(Kind.SHIRLEY, false, halfWidth, TougaardCrossSection.universal());
    }

    /** The same with the refined flag set. */
    public BackgroundSpec refine(boolean r) {
        return new BackgroundSpec(kind, r, halfWidth, tougaard, windowEV, clamp);
    }
}
