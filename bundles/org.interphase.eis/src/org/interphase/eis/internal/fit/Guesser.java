package org.interphase.eis.internal.fit;

import java.util.ArrayList;
import java.util.List;

import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.internal.circuit.CircuitTrees;
import org.interphase.eis.internal.circuit.Node;

/** Heuristic initial guesses from the shape of the spectrum (see {@code InitialGuess}). */
public final class Guesser {

    /** An arc: resistance and time constant. */
    record Arc(double r, double tau) {
    }

    private Guesser() {
    }

    public static double[] guess(Circuit c, ImpedanceData d) {
        double[] p = c.typicalValues();
        Node root = CircuitTrees.root(c);
        Shape shape = Shape.of(d);
        int[] arcIndex = {0};
        assign(root, false, p, shape, arcIndex);
        return p;
    }

    private static void assign(Node node, boolean inParallel, double[] p, Shape s, int[] arcIndex) {
        switch (node) {
            case Node.Series series -> series.children().forEach(ch -> assign(ch, inParallel, p, s, arcIndex));
            case Node.Parallel par -> {
                Arc arc = s.arcs().isEmpty() ? new Arc(s.span() / 2, 1 / (2 * Math.PI * s.fMid()))
                        : s.arcs().get(Math.min(arcIndex[0], s.arcs().size() - 1));
                arcIndex[0]++;
                for (Node ch : par.children()) {
                    element(ch, arc, p, s, true);
                }
            }
            case Node.Element e -> element(e, new Arc(s.span(), 1 / (2 * Math.PI * s.fMin())), p, s, inParallel);
        }
    }

    private static void element(Node node, Arc arc, double[] p, Shape s, boolean inParallel) {
        if (node instanceof Node.Series series) {
            series.children().forEach(ch -> element(ch, arc, p, s, true));
            return;
        }
        if (!(node instanceof Node.Element e)) {
            assign(node, true, p, s, new int[] {0});
            return;
        }
        int o = e.from();
        switch (e.type().symbol()) {
            case "R" -> p[o] = inParallel ? arc.r() : Math.max(s.rHigh(), 1e-6 * s.zScale());
            case "C" -> p[o] = arc.tau() / arc.r();
            case "L" -> p[o] = s.inductance();
            case "CPE" -> {
                double a = inParallel ? 0.9 : s.lowSlope();
                p[o + 1] = a;
                p[o] = inParallel ? Math.pow(arc.tau(), a) / arc.r()
                        : 1 / (s.lowModulusIm() * Math.pow(2 * Math.PI * s.fMin(), a) * Math.sin(Math.PI * a / 2));
            }
            case "W" -> p[o] = s.lowModulusIm() * Math.sqrt(2 * Math.PI * s.fMin());
            case "Wo", "Ws", "G" -> {
                p[o] = Math.max(s.span() / 2, 1e-6 * s.zScale());
                p[o + 1] = 1 / (2 * Math.PI * s.fMin());
            }
            case "Zarc", "HN" -> {
                p[o] = arc.r();
                p[o + 1] = arc.tau();
            }
            default -> {
                // user elements and TLM keep their typical values
            }
        }
    }

    /** Features of a spectrum used for guessing. */
    record Shape(double rHigh, double span, double fMin, double fMid, double zScale, double lowModulusIm,
            double lowSlope, double inductance, List<Arc> arcs) {

        static Shape of(ImpedanceData d) {
            int n = d.size();
            int hi = 0;
            int lo = 0;
            for (int i = 1; i < n; i++) {
                hi = d.frequency(i) > d.frequency(hi) ? i : hi;
                lo = d.frequency(i) < d.frequency(lo) ? i : lo;
            }
            double rHigh = Double.POSITIVE_INFINITY;
            double rLow = Double.NEGATIVE_INFINITY;
            double zScale = 0;
            for (int i = 0; i < n; i++) {
                rHigh = Math.min(rHigh, d.z(i).re());
                rLow = Math.max(rLow, d.z(i).re());
                zScale = Math.max(zScale, d.z(i).abs());
            }
            double span = Math.max(rLow - rHigh, 1e-3 * zScale);
            double wHi = 2 * Math.PI * d.frequency(hi);
            double ind = d.z(hi).im() > 0 ? d.z(hi).im() / wHi : 1e-7;
            Integer[] order = sortedByFrequency(d);
            List<Arc> arcs = new ArrayList<>();
            for (int k = n - 2; k >= 1; k--) { // high to low frequency
                double m = -d.z(order[k]).im();
                if (m > 0 && m > -d.z(order[k - 1]).im() && m >= -d.z(order[k + 1]).im()) {
                    arcs.add(new Arc(2 * m, 1 / (2 * Math.PI * d.frequency(order[k]))));
                }
            }
            double slope = 0.8;
            if (n >= 3) {
                double f1 = d.frequency(order[0]);
                double f2 = d.frequency(order[2]);
                double z1 = Math.abs(d.z(order[0]).im());
                double z2 = Math.abs(d.z(order[2]).im());
                if (z1 > 0 && z2 > 0 && f2 > f1) {
                    slope = Math.min(1, Math.max(0.3, -Math.log(z2 / z1) / Math.log(f2 / f1)));
                }
            }
            double fMid = Math.sqrt(d.frequency(hi) * d.frequency(lo));
            return new Shape(rHigh, span, d.frequency(lo), fMid, zScale, Math.max(Math.abs(d.z(lo).im()), 1e-12),
                    slope, ind, arcs);
        }

        private static Integer[] sortedByFrequency(ImpedanceData d) {
            Integer[] idx = new Integer[d.size()];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = i;
            }
            java.util.Arrays.sort(idx, (a, b) -> Double.compare(d.frequency(a), d.frequency(b)));
            return idx;
        }
    }
}
