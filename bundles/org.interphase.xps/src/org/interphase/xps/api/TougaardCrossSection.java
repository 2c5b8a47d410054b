package org.interphase.xps.api;

/**
 * Tougaard inelastic cross sections K(T), T = energy loss in eV (S. Tougaard, Surf. Interface Anal. 25
 * (1997) 137). U2: K = B T / (C + T^2)^2 (universal: B = 2866 eV^2, C = 1643 eV^2). U3: K = B T /
 * ((C - T^2)^2 + D T^2) (e.g. polymers C = 551 eV^2, D = 436 eV^2). Losses below the gap T0 are zero
 * (CasaXPS's fourth Tougaard parameter; 0 for metals).
 *
 * @param kind U2 or U3
 * @param b    B, eV^2
 * @param c    C, eV^2
 * @param d    D, eV^2 (unused for U2)
 * @param t0   loss gap T0, eV
 */
public record TougaardCrossSection(Kind kind, double b, double c, double d, double t0) {

    /** Cross-section families. */
    public enum Kind {
        U2, U3
    }

    /** The universal two-parameter cross section for metals, B = 2866, C = 1643. */
    public static TougaardCrossSection universal() {
        return new TougaardCrossSection(Kind.U2, 2866, 1643, 0, 0);
    }

    /** K(T). */
    public double value(double t) {
        if (t < t0 - 1e-9 || t <= 0) {
            return 0;
        }
        double t2 = t * t;
        return kind == Kind.U2 ? b * t / ((c + t2) * (c + t2)) : b * t / ((c - t2) * (c - t2) + d * t2);
    }

    /** The same cross section with another B. */
    public TougaardCrossSection withB(double newB) {
        return new TougaardCrossSection(kind, newB, c, d, t0);
    }
}
