package org.interphase.xps.api;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A peak profile of unit area as a function of the offset {@code d = E - position} in binding energy
 * (eV; positive = higher BE, where asymmetric tails go) and the FWHM parameter. A component is
 * {@code area * value(d, fwhm)}. For kinetic-energy data use d = -(KE - position_KE).
 */
public sealed interface LineShape permits LineShapes.GaussLorentzProduct, LineShapes.GaussLorentzSum,
        LineShapes.Voigt, LineShapes.DoniachSunjic, LineShapes.CasaAsymmetric {

    /** Unit-area profile at offset d for the given FWHM parameter. */
    double value(double d, double fwhm);

    /** The CasaXPS-style name, e.g. {@code GL(30)}. */
    String casaName();

    /**
     * The full width at half maximum of the curve per unit FWHM parameter, measured numerically on the curve as
     * evaluated (its maximum and both half-maximum crossings). Exactly 1 for a Gaussian or Lorentzian; not 1 for
     * GL mixtures, Voigt, and CasaXPS's LA/LF, whose width parameter F is not the width of the curve. Every
     * shape scales with F, so the FWHM of a component is {@code fwhmRatio() * F}.
     */
    default double fwhmRatio() {
        return LineShapes.fwhmRatio(this);
    }

    /** Evaluates {@code area * value(sign * (x - position), fwhm)} at every x (sign -1 for KE axes). */
    default double[] evaluate(double[] x, double position, double fwhm, double area, boolean kineticAxis) {
        double[] y = new double[x.length];
        double s = kineticAxis ? -1 : 1;
        for (int i = 0; i < x.length; i++) {
            y[i] = area * value(s * (x[i] - position), fwhm);
        }
        return y;
    }

    /**
     * Parses CasaXPS line-shape text: {@code GL(p)}, {@code SGL(p)}, {@code LA(a,b,m)}, {@code LA(a,m)} (= LA(a,a,m)),
     * {@code LA(p)} (= LA(1,1,1401 (1 - p/100)), CasaXPS's abbreviation),
     * {@code LF(a,b,w,m[,c])}, {@code DS(a)}, {@code V(r)} (Voigt with Lorentz/Gauss width ratio r).
     */
    static LineShape parse(String text) {
        Matcher m = Pattern.compile("\\s*([A-Za-z]+)\\s*\\(([^)]*)\\)\\s*").matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a line shape: '" + text + "'");
        }
        String name = m.group(1).toUpperCase(Locale.ROOT);
        String[] parts = m.group(2).split(",");
        double[] p = new double[parts.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = Double.parseDouble(parts[i].trim());
        }
        return switch (name) {
            case "GL" -> new LineShapes.GaussLorentzProduct(p[0] / 100);
            case "SGL" -> new LineShapes.GaussLorentzSum(p[0] / 100);
            case "V" -> new LineShapes.Voigt(p[0]);
            case "DS" -> new LineShapes.DoniachSunjic(p[0]);
            case "LA" -> switch (p.length) {
                case 1 -> new LineShapes.CasaAsymmetric(1, 1, Double.POSITIVE_INFINITY, 1401 * (1 - p[0] / 100));
                case 2 -> new LineShapes.CasaAsymmetric(p[0], p[0], Double.POSITIVE_INFINITY, p[1]);
                default -> new LineShapes.CasaAsymmetric(p[0], p[1], Double.POSITIVE_INFINITY, p[2]);
            };
            case "LF" -> new LineShapes.CasaAsymmetric(p[0], p[1], p[2], p[3]);
            default -> throw new IllegalArgumentException("unknown line shape '" + name + "'");
        };
    }
}
