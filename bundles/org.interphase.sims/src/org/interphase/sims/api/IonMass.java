package org.interphase.sims.api;

import java.util.Map;
import java.util.OptionalDouble;


/**
 * Exact (monoisotopic) m/z of a singly charged ion written in SurfaceLab notation, e.g. {@code PO_3-} or
 * {@code ^13CH_5N_2+}: the sum of nuclide masses (the most abundant isotope unless one is given) minus
 * (cation) or plus (anion) one electron mass. Nuclide masses: AME2020 (W.J. Huang et al., Chin. Phys. C 45
 * (2021) 030002; M. Wang et al., ibid. 030003), to 6 decimals.
 */
public final class IonMass {

    /** Electron mass in u (CODATA 2018). */
    public static final double ELECTRON = 0.000548579909;

    private static final Map<String, Double> NUCLIDES = Map.ofEntries(
            Map.entry("H", 1.007825), Map.entry("2H", 2.014102), Map.entry("6Li", 6.015123), Map.entry("Li", 7.016003),
            Map.entry("B", 11.009305), Map.entry("C", 12.0), Map.entry("13C", 13.003355), Map.entry("N", 14.003074),
            Map.entry("15N", 15.000109), Map.entry("O", 15.994915), Map.entry("18O", 17.999160),
            Map.entry("F", 18.998403), Map.entry("Na", 22.989770), Map.entry("Mg", 23.985042),
            Map.entry("Al", 26.981538), Map.entry("Si", 27.976927), Map.entry("P", 30.973762),
            Map.entry("S", 31.972071), Map.entry("34S", 33.967867), Map.entry("Cl", 34.968853),
            Map.entry("37Cl", 36.965903), Map.entry("K", 38.963706), Map.entry("Ti", 47.947941),
            Map.entry("Mn", 54.938043), Map.entry("Fe", 55.934936), Map.entry("Co", 58.933194),
            Map.entry("Ni", 57.935342), Map.entry("60Ni", 59.930786), Map.entry("Cu", 62.929597),
            Map.entry("Ge", 73.921177), Map.entry("Br", 78.918338), Map.entry("81Br", 80.916291),
            Map.entry("Sr", 87.905612), Map.entry("Y", 88.905838), Map.entry("Zr", 89.904698),
            Map.entry("Nb", 92.906373), Map.entry("Ru", 101.904344), Map.entry("Ag", 106.905092),
            Map.entry("109Ag", 108.904756), Map.entry("In", 114.903878), Map.entry("113In", 112.904062),
            Map.entry("Sn", 119.902202), Map.entry("116Sn", 115.901744), Map.entry("117Sn", 116.902954),
            Map.entry("118Sn", 117.901607), Map.entry("119Sn", 118.903311), Map.entry("122Sn", 121.903444),
            Map.entry("124Sn", 123.905277), Map.entry("I", 126.904473), Map.entry("Cs", 132.905452),
            Map.entry("La", 138.906363), Map.entry("Au", 196.966570), Map.entry("204Pb", 203.973044),
            Map.entry("206Pb", 205.974465), Map.entry("207Pb", 206.975897), Map.entry("Pb", 207.976652),
            Map.entry("Bi", 208.980399));

    private IonMass() {
    }

    /** The exact m/z, empty for unknown nuclides, unparseable names or a missing polarity sign. */
    public static OptionalDouble of(String ion) {
        boolean cation = ion.endsWith("+");
        if (!cation && !ion.endsWith("-")) {
            return OptionalDouble.empty();
        }
        Map<String, Integer> c = SignalNameParser.composition(ion, true);
        if (c.isEmpty()) {
            return OptionalDouble.empty();
        }
        double m = 0;
        for (Map.Entry<String, Integer> e : c.entrySet()) {
            Double nuclide = NUCLIDES.get(e.getKey());
            if (nuclide == null) {
                return OptionalDouble.empty();
            }
            m += nuclide * e.getValue();
        }
        return OptionalDouble.of(cation ? m - ELECTRON : m + ELECTRON);
    }
}
