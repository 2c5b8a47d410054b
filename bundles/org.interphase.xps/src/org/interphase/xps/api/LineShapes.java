package org.interphase.xps.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The line shapes of {@link LineShape}. Profiles are in u = d / FWHM and normalised to unit area. */
public final class LineShapes {

    private static final double LN2 = Math.log(2);
    private static final Map<Object, Double> NORMS = new ConcurrentHashMap<>();

    private LineShapes() {
    }

    /** Composite Simpson integral of f over [a, b] with n (even) intervals. */
    static double simpson(java.util.function.DoubleUnaryOperator f, double a, double b, int n) {
        double h = (b - a) / n;
        double s = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int i = 1; i < n; i++) {
            s += f.applyAsDouble(a + i * h) * (i % 2 == 0 ? 2 : 4);
        }
        return s * h / 3;
    }

    private static double norm(Object key, java.util.function.DoubleSupplier compute) {
        Double v = NORMS.get(key);
        if (v == null) {
            v = compute.getAsDouble();
            NORMS.put(key, v);
        }
        return v;
    }

    /**
     * CasaXPS GL(p): Gaussian-Lorentzian product exp(-4 ln2 (1 - m) u^2) / (1 + 4 m u^2), m = p / 100
     * (GL(0) Gaussian, GL(100) Lorentzian); area normalised numerically (Simpson, |u| < 200, analytic
     * Lorentzian tail for m = 1).
     */
    public record GaussLorentzProduct(double m) implements LineShape {
        @Override
        public double value(double d, double fwhm) {
            double u = d / fwhm;
            double n = norm(this, () -> simpson(this::shape, -200, 200, 400_000)
                    + (m > 1 - 1e-9 ? 1 / (2 * m * 200) : 0));
            return shape(u) / (n * fwhm);
        }

        private double shape(double u) {
            return Math.exp(-4 * LN2 * (1 - m) * u * u) / (1 + 4 * m * u * u);
        }

        @Override
        public String casaName() {
            return "GL(" + VamasText.format(m * 100) + ")";
        }
    }

    /**
     * CasaXPS SGL(p): the height-weighted sum (1 - m) exp(-4 ln2 u^2) + m / (1 + 4 u^2), m = p / 100, with one
     * FWHM parameter, normalised to unit area analytically (area = fwhm ((1 - m) sqrt(pi / (4 ln2)) +
     * m pi / 2)). A pseudo-Voigt with height mixing.
     */
    public record GaussLorentzSum(double m) implements LineShape {
        @Override
        public double value(double d, double fwhm) {
            double u = d / fwhm;
            double shape = (1 - m) * Math.exp(-4 * LN2 * u * u) + m / (1 + 4 * u * u);
            return shape / (fwhm * ((1 - m) * Math.sqrt(Math.PI / (4 * LN2)) + m * Math.PI / 2));
        }

        @Override
        public String casaName() {
            return "SGL(" + VamasText.format(m * 100) + ")";
        }
    }

    /**
     * Voigt profile: Gaussian of FWHM {@code fwhm} convolved with a Lorentzian of FWHM {@code ratio * fwhm},
     * via the Faddeeva function (Humlicek 1982 W4 approximation, relative accuracy about 1e-4).
     */
    public record Voigt(double ratio) implements LineShape {
        @Override
        public double value(double d, double fwhm) {
            double sigma = fwhm / (2 * Math.sqrt(2 * LN2));
            double gamma = ratio * fwhm / 2;
            double[] w = Faddeeva.w(d / (sigma * Math.sqrt(2)), gamma / (sigma * Math.sqrt(2)));
            return w[0] / (sigma * Math.sqrt(2 * Math.PI));
        }

        @Override
        public String casaName() {
            return "V(" + VamasText.format(ratio) + ")";
        }
    }

    /**
     * Doniach-Sunjic profile (S. Doniach, M. Sunjic, J. Phys. C 3 (1970) 285) with asymmetry alpha and
     * half-width gamma = fwhm / 2, tail towards higher binding energy. Its area is infinite for alpha > 0,
     * so it is normalised to unit area over |d| < 20 fwhm.
     */
    public record DoniachSunjic(double alpha) implements LineShape {
        @Override
        public double value(double d, double fwhm) {
            double n = norm(this, () -> simpson(this::shape, -20, 20, 400_000));
            return shape(d / fwhm) / (n * fwhm);
        }

        private double shape(double u) {
            double e = -u; // DS is written in kinetic energy: its tail is at e < 0
            double g = 0.5;
            return Math.cos(Math.PI * alpha / 2 + (1 - alpha) * Math.atan(e / g))
                    / Math.pow(e * e + g * g, (1 - alpha) / 2);
        }

        @Override
        public String casaName() {
            return "DS(" + VamasText.format(alpha) + ")";
        }
    }

    /**
     * CasaXPS LA(alpha, beta, m) and LF(alpha, beta, w, m), in units of the FWHM parameter F: a Lorentzian
     * L(d) = 1 / (1 + 4 (d / (F / 2))^2) raised to alpha on the high-BE side (d &gt; 0, the tail) and to beta
     * on the low-BE side, for LF multiplied on the alpha side by the damping exp(-(d / (0.06444 w F))^2), then
     * convolved with a Gaussian of FWHM 0.0081225 m F, and normalised to unit area over |d| &lt; 40 F.
     * <p>
     * CasaXPS documents the form (N. Fairley, CasaXPS manual "Line shapes"; Harwell XPS knowledge base "LA and
     * LF lineshapes": m, 0-499, sets the width of the Gaussian, w the damping of the alpha tail) but not the
     * scales. The constants were obtained by least squares against CasaXPS's own export of the two
     * LF(0.54,10,80,100,6) components of the shared FeO file (casa_oracle, FWHM 3.86 and 4.87 eV): with the
     * Lorentzian width left free the fit gives 0.4993 F, so it is taken as F / 2; one set of constants then
     * reproduces both components to 0.27 % of their maximum (0.19 % if a position offset of -0.004 F is also
     * allowed, which is not modelled), which shows that CasaXPS scales every width with F ("channel-related"
     * units of a profile tabulated per FWHM), not in eV. Linearity in m and w
     * is an assumption: the oracle has one m (100) and one w (80). The fifth LF parameter (6 in the oracle)
     * is ignored.
     *
     * @param damping w, or +infinity for LA (no damping)
     */
    public record CasaAsymmetric(double alpha, double beta, double damping, double m) implements LineShape {

        /** Lorentzian FWHM per unit F. */
        public static final double LORENTZ_PER_FWHM = 0.5;
        /** Gaussian FWHM per unit m, per unit F. */
        public static final double GAUSS_PER_M = 0.0081225;
        /** Damping 1/e width per unit w, per unit F. */
        public static final double DAMPING_PER_W = 0.06444;

        @Override
        public double value(double d, double fwhm) {
            return CasaProfiles.profile(this).at(d / fwhm) / fwhm;
        }

        /** The Lorentzian FWHM in units of F. */
        public double lorentzFwhm() {
            return LORENTZ_PER_FWHM;
        }

        /** The Gaussian FWHM in units of F used for the convolution. */
        public double gaussFwhm() {
            return GAUSS_PER_M * m;
        }

        /** The 1/e width of the tail damping in units of F (infinite for LA). */
        public double dampingWidth() {
            return DAMPING_PER_W * damping;
        }

        @Override
        public String casaName() {
            return Double.isInfinite(damping) ? "LA(" + VamasText.format(alpha) + "," + VamasText.format(beta) + ","
                    + VamasText.format(m) + ")"
                    : "LF(" + VamasText.format(alpha) + "," + VamasText.format(beta) + "," + VamasText.format(damping)
                            + "," + VamasText.format(m) + ")";
        }
    }
}
