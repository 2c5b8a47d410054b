package org.interphase.xps.api;

/**
 * Spin-orbit doublet rule: the second line (j = l - 1/2, e.g. 2p1/2) lies {@code splitting} eV above the
 * main line in binding energy, with {@code ratio} times its area (2j+1 rule: 1/2 for p, 2/3 for d, 3/4 for
 * f), and the same FWHM and line shape. Both are parameters (usually fixed).
 *
 * @param splitting spin-orbit splitting, eV
 * @param ratio     area of the second line / area of the main line
 */
public record Doublet(Param splitting, Param ratio) {

    /** A doublet with fixed splitting and ratio. */
    public static Doublet fixed(double splitting, double ratio) {
        return new Doublet(Param.fixed(splitting), Param.fixed(ratio));
    }

    /** The 2j+1 area ratio (j = l - 1/2 over j = l + 1/2) for orbital letter p, d or f. */
    public static double statisticalRatio(char orbital) {
        return switch (Character.toLowerCase(orbital)) {
            case 'p' -> 0.5;
            case 'd' -> 2.0 / 3;
            case 'f' -> 0.75;
            default -> throw new IllegalArgumentException("no spin-orbit doublet for " + orbital + " levels");
        };
    }
}
