package org.interphase.xps.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Atomic concentrations from peak areas: I = area / (RSF x T x MFP), x_i = I_i / sum I, in %. T is the
 * analyser transmission at the peak's kinetic energy (from the file, when corrected), MFP the escape-depth
 * factor KE^m (m = 0 switches it off; m = 0.6-0.75 are usual choices for the inelastic mean free path's
 * energy dependence, e.g. M. P. Seah, W. A. Dench, Surf. Interface Anal. 1 (1979) 2). This is what
 * CasaXPS reports as Area/(RSF*T*MFP) and %At Conc. Errors are propagated from independent area errors:
 * var(x_i) = ((1 - x_i)^2 var(I_i) + x_i^2 sum_{j != i} var(I_j)) / (sum I)^2.
 */
public final class Quantification {

    private Quantification() {
    }

    /**
     * One peak to quantify.
     *
     * @param name          component or element label
     * @param area          raw area
     * @param areaError     standard error of the area (0 when unknown)
     * @param rsf           relative sensitivity factor
     * @param kineticEnergy kinetic energy of the peak, eV (for T and MFP)
     * @param transmission  analyser transmission at that energy (1 when unknown)
     */
    public record Item(String name, double area, double areaError, double rsf, double kineticEnergy,
            double transmission) {
    }

    /**
     * Options.
     *
     * @param transmission whether to divide by the transmission
     * @param mfpExponent  m in MFP = KE^m (0: no escape-depth correction)
     */
    public record Options(boolean transmission, double mfpExponent) {
        /** RSF only. */
        public static Options rsfOnly() {
            return new Options(false, 0);
        }
    }

    /**
     * One quantified peak.
     *
     * @param name               label
     * @param corrected          area / (RSF x T x MFP)
     * @param correctedError     its standard error
     * @param atomicPercent      atomic %
     * @param atomicPercentError its standard error
     */
    public record Result(String name, double corrected, double correctedError, double atomicPercent,
            double atomicPercentError) {
    }

    /** The divisor RSF x T x MFP of an item. */
    public static double divisor(Item it, Options o) {
        double d = it.rsf();
        if (o.transmission()) {
            d *= it.transmission();
        }
        if (o.mfpExponent() != 0) {
            d *= Math.pow(it.kineticEnergy(), o.mfpExponent());
        }
        return d;
    }

    /** Atomic % of each item, with errors. */
    public static List<Result> atomicPercent(List<Item> items, Options o) {
        int n = items.size();
        double[] c = new double[n];
        double[] v = new double[n];
        double s = 0;
        double sv = 0;
        for (int i = 0; i < n; i++) {
            Item it = items.get(i);
            if (!(it.rsf() > 0) || !Double.isFinite(it.area())) {
                throw new IllegalArgumentException(it.name() + ": needs a finite area and an RSF > 0");
            }
            double d = divisor(it, o);
            c[i] = it.area() / d;
            double e = (Double.isFinite(it.areaError()) ? it.areaError() : 0) / d;
            v[i] = e * e;
            s += c[i];
            sv += v[i];
        }
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = c[i] / s;
            double var = ((1 - x) * (1 - x) * v[i] + x * x * (sv - v[i])) / (s * s);
            out.add(new Result(items.get(i).name(), c[i], Math.sqrt(v[i]), 100 * x, 100 * Math.sqrt(var)));
        }
        return out;
    }

    /**
     * The region's transmission at a binding energy (KE = hv - BE, linear interpolation), or 1 when the
     * file has none.
     */
    public static double transmissionAt(XpsRegionData region, double bindingEnergy) {
        if (region.transmission().isEmpty()) {
            return 1;
        }
        double[] t = region.transmission().get();
        double[] ke = region.kineticEnergy();
        double k = region.photonEnergy() - bindingEnergy;
        int n = ke.length;
        boolean asc = ke[n - 1] >= ke[0];
        for (int i = 0; i < n - 1; i++) {
            double a = ke[i];
            double b = ke[i + 1];
            if ((asc && k >= a && k <= b) || (!asc && k <= a && k >= b)) {
                return b == a ? t[i] : t[i] + (t[i + 1] - t[i]) * (k - a) / (b - a);
            }
        }
        return asc == (k < ke[0]) ? t[0] : t[n - 1];
    }
}
