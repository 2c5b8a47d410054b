package org.interphase.eis.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Physical quantities from a circuit fit, each with its uncertainty propagated from the fit covariance:
 * <ul>
 * <li>effective capacitance of a parallel R-CPE, C = Q^(1/n) R^((1-n)/n) (G. J. Brug, A. L. G. van den
 * Eeden, M. Sluyters-Rehbach, J. H. Sluyters, J. Electroanal. Chem. 176 (1984) 275, for the parallel
 * R || Q element: C = Q^(1/n) (R^-1)^((n-1)/n));</li>
 * <li>relaxation frequency f = 1/(2 pi (R Q)^(1/n)) of R || CPE (1/(2 pi R C) for R || C);</li>
 * <li>ionic conductivity sigma = L/(R A) of a pellet of thickness L and area A from its bulk resistance.</li>
 * </ul>
 */
public final class PhysicalQuantities {

    /**
     * Pellet geometry with uncertainties (0 when taken as exact).
     *
     * @param thicknessCm      electrolyte thickness L in cm
     * @param thicknessErrorCm its standard error
     * @param areaCm2          electrode area A in cm^2
     * @param areaErrorCm2     its standard error
     */
    public record Geometry(double thicknessCm, double thicknessErrorCm, double areaCm2, double areaErrorCm2) {

        public Geometry {
            if (!(thicknessCm > 0) || !(areaCm2 > 0)) {
                throw new IllegalArgumentException("thickness and area must be positive");
            }
        }

        /** Exact thickness (um) and area (cm^2), as a cell model gives them. */
        public static Geometry of(double thicknessUm, double areaCm2) {
            return new Geometry(thicknessUm * 1e-4, 0, areaCm2, 0);
        }
    }

    private PhysicalQuantities() {
    }

    /** Effective capacitance C = Q^(1/n) R^((1-n)/n) in F and its standard error (Brug et al. 1984). */
    public static double[] brugCapacitance(double r, double q, double n, double[][] cov) {
        double c = Math.pow(q, 1 / n) * Math.pow(r, (1 - n) / n);
        double[] g = {c * (1 / n - 1) / r, c / (n * q), -c * Math.log(q * r) / (n * n)};
        return new double[] {c, propagate(g, cov)};
    }

    /** Relaxation frequency f = 1/(2 pi (R Q)^(1/n)) in Hz and its standard error. */
    public static double[] relaxationFrequency(double r, double q, double n, double[][] cov) {
        double f = 1 / (2 * Math.PI * Math.pow(r * q, 1 / n));
        double[] g = {-f / (n * r), -f / (n * q), f * Math.log(r * q) / (n * n)};
        return new double[] {f, propagate(g, cov)};
    }

    /** Ionic conductivity sigma = L/(R A) in S/cm and its standard error (R, L, A uncorrelated). */
    public static double[] conductivity(double r, double sigmaR, Geometry g) {
        double s = g.thicknessCm() / (r * g.areaCm2());
        double rel2 = sq(sigmaR / r) + sq(g.thicknessErrorCm() / g.thicknessCm()) + sq(g.areaErrorCm2() / g.areaCm2());
        return new double[] {s, s * Math.sqrt(rel2)};
    }

    /**
     * Every quantity the fit allows: for each R || CPE (or R || C) pair of the circuit its relaxation
     * frequency and (CPE) effective capacitance; with a geometry and the name of the bulk resistance, the
     * ionic conductivity.
     */
    public static List<PhysicalQuantity> of(Circuit circuit, FitResult fit, Optional<Geometry> geometry,
            Optional<String> bulkResistance) {
        List<PhysicalQuantity> out = new ArrayList<>();
        double[][] cov = fit.covariance();
        double[] p = fit.values();
        for (Circuit.Pair pair : circuit.parallelPairs()) {
            int ir = circuit.indexOf(pair.resistor());
            String label = "(" + pair.resistor() + "," + pair.capacitive() + ")";
            if (pair.cpe()) {
                int iq = circuit.indexOf(pair.capacitive() + "_0");
                int in = circuit.indexOf(pair.capacitive() + "_1");
                int[] idx = {ir, iq, in};
                double[][] c = sub(fit, cov, idx);
                List<String> from = List.of(pair.resistor(), pair.capacitive() + "_0", pair.capacitive() + "_1");
                double[] ce = brugCapacitance(p[ir], p[iq], p[in], c);
                out.add(new PhysicalQuantity("Ceff" + label, PhysicalQuantity.Kind.EFFECTIVE_CAPACITANCE, ce[0], ce[1],
                        "F", from));
                double[] f = relaxationFrequency(p[ir], p[iq], p[in], c);
                out.add(new PhysicalQuantity("f" + label, PhysicalQuantity.Kind.RELAXATION_FREQUENCY, f[0], f[1], "Hz",
                        from));
            } else {
                int ic = circuit.indexOf(pair.capacitive());
                double[][] c = sub(fit, cov, new int[] {ir, ic, ic});
                c[2][2] = 0; // n = 1 exactly
                c[0][2] = c[2][0] = c[1][2] = c[2][1] = 0;
                double[] f = relaxationFrequency(p[ir], p[ic], 1, c);
                out.add(new PhysicalQuantity("f" + label, PhysicalQuantity.Kind.RELAXATION_FREQUENCY, f[0], f[1], "Hz",
                        List.of(pair.resistor(), pair.capacitive())));
            }
        }
        if (geometry.isPresent() && bulkResistance.isPresent()) {
            String name = bulkResistance.get();
            FittedParameter r = fit.parameter(name).orElseThrow(
                    () -> new IllegalArgumentException("no parameter " + name + " in " + circuit.text()));
            double se = r.has(FitFlag.FIXED) ? 0 : r.standardError();
            double[] s = conductivity(r.value(), se, geometry.get());
            out.add(new PhysicalQuantity("sigma_ion(" + name + ")", PhysicalQuantity.Kind.IONIC_CONDUCTIVITY, s[0], s[1],
                    "S/cm", List.of(name)));
        }
        return out;
    }

    /** The covariance block of {@code idx}; fixed parameters count as exact (0). */
    private static double[][] sub(FitResult fit, double[][] cov, int[] idx) {
        double[][] c = new double[idx.length][idx.length];
        for (int a = 0; a < idx.length; a++) {
            boolean fa = fit.parameters().get(idx[a]).has(FitFlag.FIXED);
            for (int b = 0; b < idx.length; b++) {
                boolean fb = fit.parameters().get(idx[b]).has(FitFlag.FIXED);
                c[a][b] = fa || fb ? 0 : cov[idx[a]][idx[b]];
            }
        }
        return c;
    }

    private static double propagate(double[] g, double[][] cov) {
        double v = 0;
        for (int a = 0; a < g.length; a++) {
            for (int b = 0; b < g.length; b++) {
                if (g[a] != 0 && g[b] != 0) {
                    v += g[a] * cov[a][b] * g[b];
                }
            }
        }
        return Math.sqrt(v);
    }

    private static double sq(double x) {
        return x * x;
    }
}
