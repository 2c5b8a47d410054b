package org.interphase.eis.internal.drt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.interphase.eis.api.DrtPeak;
import org.interphase.eis.api.DrtResult;
import org.interphase.eis.api.SeededCircuit;

/**
 * Builds an impedance.py circuit with start values from DRT peaks: [L0-]R0-p(R1,CPE1)-...-p(Rn,CPEn)[-CPEm],
 * one parallel R-CPE per peak (the {@code maxPeaks} peaks with the largest area relative to the local |Z|, in
 * order of increasing tau; peaks outside 1/omega_max .. 1/omega_min are not seeded; every other peak within one decade of tau is merged into the nearest chosen one,
 * areas added and tau the area-weighted geometric mean, since an under-regularised DRT splits one arc), with
 * R_k = peak area, a_k = 0.9 and Q_k = tau_k^a / R_k (so that (R Q)^(1/a) = tau_k); R0 = R_inf; a series
 * capacitance becomes a CPE with Q = C, a = 0.95; a series inductance L0 when the DRT fitted one.
 */
public final class CircuitSeeder {

    static final double EXPONENT = 0.9;

    private CircuitSeeder() {
    }

    private static List<DrtPeak> merged(List<DrtPeak> chosen, List<DrtPeak> all) {
        int k = chosen.size();
        double[] area = new double[k];
        double[] logSum = new double[k];
        for (DrtPeak p : all) {
            int best = -1;
            double dist = Double.POSITIVE_INFINITY;
            for (int i = 0; i < k; i++) {
                double d = Math.abs(Math.log10(p.tau() / chosen.get(i).tau()));
                if (d < dist) {
                    dist = d;
                    best = i;
                }
            }
            if (chosen.contains(p) || dist <= 1) {
                area[best] += p.resistance();
                logSum[best] += p.resistance() * Math.log(p.tau());
            }
        }
        List<DrtPeak> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            DrtPeak c = chosen.get(i);
            double tau = area[i] > 0 ? Math.exp(logSum[i] / area[i]) : c.tau();
            out.add(new DrtPeak(tau, 1 / (2 * Math.PI * tau), area[i], c.relative() * area[i] / c.resistance(),
                    c.height(), c.tauLow(), c.tauHigh(), c.atGridEdge(), c.merged()));
        }
        return out;
    }

    public static SeededCircuit seed(DrtResult r, int maxPeaks) {
        if (maxPeaks < 1) {
            throw new IllegalArgumentException("maxPeaks must be at least 1");
        }
        if (r.peaks().isEmpty()) {
            throw new IllegalArgumentException("the DRT has no peaks to seed a circuit from");
        }
        double[] fr = r.frequencyHz();
        double tauMin = Double.POSITIVE_INFINITY;
        double tauMax = 0;
        for (double v : fr) {
            tauMin = Math.min(tauMin, 1 / (2 * Math.PI * v));
            tauMax = Math.max(tauMax, 1 / (2 * Math.PI * v));
        }
        // peaks outside the measured tau range model tails (e.g. a CPE-like blocking spike), not arcs
        final double lo = tauMin;
        final double hi = tauMax;
        List<DrtPeak> ranked = new ArrayList<>(r.peaks().stream().filter(p -> p.tau() >= lo && p.tau() <= hi).toList());
        if (ranked.isEmpty()) {
            ranked = new ArrayList<>(r.peaks());
        }
        ranked.sort(Comparator.comparingDouble(DrtPeak::relative).reversed());
        List<DrtPeak> chosen = merged(ranked.subList(0, Math.min(maxPeaks, ranked.size())), r.peaks());
        chosen.sort(Comparator.comparingDouble(DrtPeak::tau));
        StringBuilder text = new StringBuilder();
        List<Double> values = new ArrayList<>();
        double fMax = 0;
        double zHigh = 0;
        double[] f = r.frequencyHz();
        for (int i = 0; i < f.length; i++) {
            if (f[i] > fMax) {
                fMax = f[i];
                zHigh = Math.hypot(r.zFitReal()[i], r.zFitImag()[i]);
            }
        }
        // an inductance matters when its reactance at the top frequency is at least 0.1 % of |Z| there
        if (r.inductance() > 0 && 2 * Math.PI * fMax * r.inductance() > 1e-3 * zHigh) {
            text.append("L0-");
            values.add(r.inductance());
        }
        double total = r.polarisation() > 0 ? r.polarisation() : 1;
        text.append("R0");
        values.add(Math.max(r.rInf(), 1e-6 * total));
        int k = 1;
        for (DrtPeak p : chosen) {
            text.append("-p(R").append(k).append(",CPE").append(k).append(")");
            double rk = Math.max(p.resistance(), 1e-6 * total);
            values.add(rk);
            values.add(Math.pow(p.tau(), EXPONENT) / rk);
            values.add(EXPONENT);
            k++;
        }
        if (Double.isFinite(r.capacitance())) {
            text.append("-CPE").append(k);
            values.add(r.capacitance());
            values.add(0.95);
        }
        return new SeededCircuit(text.toString(), values.stream().mapToDouble(Double::doubleValue).toArray(),
                chosen);
    }
}
