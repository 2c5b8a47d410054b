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

    /** Numerical FWHM of value(d, 1), cached per shape (see {@link LineShape#fwhmRatio()}). */
    static double fwhmRatio(LineShape s) {
        return norm(java.util.List.of("fwhm", s), () -> {
            double step = 1e-3;
            double best = Double.NEGATIVE_INFINITY;
            double at = 0;
            for (double d = -5; d <= 5; d += step) {
                double v = s.value(d, 1);
                if (v > best) {
                    best = v;
                    at = d;
                }
            }
            // refine the maximum by golden-section search in [at - step, at + step]
            double a = at - step;
            double b = at + step;
            double g = (Math.sqrt(5) - 1) / 2;
            for (int i = 0; i < 60; i++) {
                double c = b - g * (b - a);
                double e = a + g * (b - a);
                if (s.value(c, 1) > s.value(e, 1)) {
                    b = e;
                } else {
                    a = c;
                }
            }
            double peak = 0.5 * (a + b);
            double half = s.value(peak, 1) / 2;
            return crossing(s, peak, half, 1) - crossing(s, peak, half, -1);
        });
    }

    /** The offset where value(d, 1) falls to {@code half}, walking from {@code peak} in direction dir. */
    private static double crossing(LineShape s, double peak, double half, int dir) {
        double inner = peak;
        double outer = peak + dir * 1e-3;
        while (s.value(outer, 1) > half) {
            inner = outer;
            outer = peak + 2 * (outer - peak);
            if (Math.abs(outer - peak) > 1e3) {
                return Double.NaN;
            }
        }
        for (int i = 0; i < 80 && Math.abs(outer - inner) > 1e-12; i++) {
            double mid = 0.5 * (inner + outer);
            if (s.value(mid, 1) > half) {
                inner = mid;
            } else {
                outer = mid;
            }
        }
        return 0.5 * (inner + outer);
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
     * CasaXPS LA(alpha, beta, m) and LF(alpha, beta, w, m), in units of the FWHM parameter F.
     * <p>
     * Definition (CasaXPS manual, "Line shapes", casaxps.com/help_manual/line_shapes.htm: "alpha and beta define
     * the spread of the tail on either side of the Lorentzian component; m specifies the width of the Gaussian
     * used to convolute the Lorentzian curve"; Casa Software's CasaXPS Cookbook as quoted by open-source
     * reimplementations, "LA(x: alpha, beta, m) = N * integral lg(tau; alpha, beta) g(x - tau; m) dtau"; G. H.
     * Major et al., Surf. Interface Anal. 53 (2021) 689): a Lorentzian l(d) = 1 / (1 + 4 (d / L)^2)
     * raised to alpha on the high-BE side (d &gt; 0, the tail) and to beta on the low-BE side, for LF multiplied on
     * the alpha side by the damping exp(-(d / (0.06444 w F))^2), convolved with a Gaussian whose width is
     * "characterized by" the integer m (0..499), and normalised to unit area (numerically, over |d| &lt; 40 F).
     * {@code LA(alpha, m)} abbreviates {@code LA(alpha, alpha, m)}; the one-argument {@code LA(p)} is
     * {@code LA(1, 1, 1401 (1 - p / 100))} (Cookbook), so {@code LA(100)} is a pure Lorentzian (m = 0: no Gaussian).
     * <p>
     * CasaXPS does not publish how F and m map to the two widths. Measured on CasaXPS's own curves:
     * (1) the LF(0.54,10,80,100,6) components of the FeO oracle (casa_oracle, F = 3.86 and 4.87 eV) give a
     * Lorentzian width L = 0.4993 F (taken as F / 2) and a Gaussian FWHM of 0.81225 F at m = 100, the same
     * constants for both components, i.e. widths scale with F; (2) the Casa CSV export of an F 1s component
     * (casa_csv) is a Lorentzian to the power 1.53 convolved with a Gaussian of FWHM 1.6798 L (least squares over
     * position, L, Gaussian FWHM and height: max residual 0.0055 % of the maximum, the data README's "relative
     * residual 5e-5"), i.e. 0.8399 F at m = 243 if L = F / 2 (F itself is not in that export); with that F the
     * curve's FWHM is F (1.774 vs 2L = 1.772 eV), as CasaXPS's FWHM column suggests. The power law through both
     * points and through m = 0 (pure Lorentzian, as LA(100) requires) is G = 0.81225 F (m / 100)^0.03769, used
     * here: a two-point calibration on exactly these exports, so parity on them holds by construction and says
     * nothing about other m (a CasaXPS export with a third m would test it). The law before, (m / 100)^0.243 from
     * a Gaussian of 2.016 L at m = 243, came from a least-squares run stuck in a local minimum (it left 0.354 %);
     * a Gaussian FWHM linear in m (1.974 F at m = 243) misses the curve by 3.3 %. Linearity of the damping in w
     * is an assumption (one w in the oracle); the fifth LF parameter (6 in the oracle) is ignored. F is the width
     * parameter, not in general the FWHM of the curve: see {@link LineShape#fwhmRatio()} (1.210 F for
     * LF(0.54,10,80,100), about 1.0 F for LA(1.53,243)).
     *
     * @param damping w, or +infinity for LA (no damping)
     */
    public record CasaAsymmetric(double alpha, double beta, double damping, double m) implements LineShape {

        /** Lorentzian FWHM per unit F. */
        public static final double LORENTZ_PER_FWHM = 0.5;
        /** Gaussian FWHM per unit F at m = 100. */
        public static final double GAUSS_AT_M100 = 0.81225;
        /** Exponent of m in the Gaussian FWHM. */
        public static final double GAUSS_EXPONENT = 0.03769;
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
            return m <= 0 ? 0 : GAUSS_AT_M100 * Math.pow(m / 100, GAUSS_EXPONENT);
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
