package org.interphase.sims.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.random.RandomDataGenerator;
import org.interphase.sims.api.Edge;
import org.interphase.sims.api.EdgeDirection;
import org.interphase.sims.api.EdgeFit;
import org.interphase.sims.api.EdgeFits;
import org.interphase.sims.api.EdgeModel;
import org.interphase.sims.api.Interfaces;
import org.interphase.sims.api.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Recovery of known centre and width from synthetic erf edges: y = b + A/2 erfc(+/-(x - c) / (sqrt2 sigma)),
 * c = 100.3 s, sigma = 4 s (16-84 % width 2 * 0.99446 * 4 = 7.9557 s), A = 20000, b = 5 counts, one
 * point per second from 0 to 200 s.
 */
class SyntheticEdgeTest {

    static final double C = 100.3;
    static final double SIGMA = 4;
    static final double WIDTH = 2 * EdgeModel.Z84 * SIGMA;
    static final double A = 20000;
    static final double B = 5;

    static double[] x() {
        double[] x = new double[201];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        return x;
    }

    static double[] edge(EdgeModel model, EdgeDirection dir, double[] x) {
        double[] y = new double[x.length];
        double sign = dir == EdgeDirection.RISING ? 1 : -1;
        for (int i = 0; i < x.length; i++) {
            y[i] = B + A * model.step(sign * (x[i] - C) / SIGMA);
        }
        return y;
    }

    @ParameterizedTest
    @EnumSource(EdgeDirection.class)
    void noiseFreeInterpolation(EdgeDirection dir) {
        double[] x = x();
        Series s = Series.counts(x, edge(EdgeModel.ERF, dir, x));
        // levels relative to the known background and plateau (ISO 14606)
        Edge e = Interfaces.edge(s, dir, B, B + A).orElseThrow();
        // tolerance: linear interpolation with step h = sigma / 4 errs by < h^2 |f''| / (8 |f'|) ~ 0.03 s
        assertEquals(C, e.t50(), 0.02);
        assertEquals(WIDTH, e.width().orElseThrow(), 0.1);
        // README convention (0 and max): b = 5 of 20005 moves the points by < 0.01 s
        Edge m = Interfaces.edge(s, dir).orElseThrow();
        assertEquals(C, m.t50(), 0.03);
        assertEquals(WIDTH, m.width().orElseThrow(), 0.12);
    }

    @ParameterizedTest
    @EnumSource(EdgeModel.class)
    void noiseFreeFitIsExact(EdgeModel model) throws Exception {
        for (EdgeDirection dir : EdgeDirection.values()) {
            double[] x = x();
            Series s = Series.counts(x, edge(model, dir, x));
            Edge e = Interfaces.edge(s, dir).orElseThrow();
            EdgeFit f = EdgeFits.fit(s, e, model);
            double width = model.widthPerScale() * SIGMA;
            assertEquals(C, f.centre(), 1e-6, f.toString());
            assertEquals(width, f.width(), 1e-6, f.toString());
            assertEquals(B, f.baseline(), 1e-4, f.toString());
            assertEquals(A, f.amplitude(), 1e-3, f.toString());
        }
    }

    /**
     * 300 Poisson replicates per direction. Tolerances: the mean fitted centre within 0.02 s and mean width
     * within 1 % of the truth; the mean reduced chi-square within 0.1 of 1; the scatter of the estimates agrees with the reported standard errors within
     * 25 % (fit) and 35 % (interpolation, first-order propagation).
     */
    @ParameterizedTest
    @EnumSource(EdgeDirection.class)
    void poissonNoise(EdgeDirection dir) throws Exception {
        RandomDataGenerator rng = new RandomDataGenerator(20240601L + dir.ordinal());
        double[] x = x();
        double[] truth = edge(EdgeModel.ERF, dir, x);
        int n = 300;
        double[] c = new double[n];
        double[] w = new double[n];
        double[] ce = new double[n];
        double[] we = new double[n];
        double[] t50 = new double[n];
        double[] t50e = new double[n];
        double[] chi2 = new double[n];
        for (int r = 0; r < n; r++) {
            double[] y = new double[x.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = rng.nextPoisson(truth[i]);
            }
            Series s = Series.counts(x, y);
            Edge e = Interfaces.edge(s, dir, B, B + A).orElseThrow();
            EdgeFit f = EdgeFits.fit(s, e, EdgeModel.ERF);
            c[r] = f.centre();
            w[r] = f.width();
            ce[r] = f.centreError();
            we[r] = f.widthError();
            t50[r] = e.t50();
            t50e[r] = e.t50Error();
            chi2[r] = f.reducedChiSquare();
        }
        assertEquals(1, mean(chi2), 0.1, "mean reduced chi-square of a correct model with Poisson weights");
        assertEquals(C, mean(c), 0.02);
        assertEquals(WIDTH, mean(w), 0.01 * WIDTH);
        assertEquals(1, sd(c) / mean(ce), 0.25, "centre scatter vs reported error");
        assertEquals(1, sd(w) / mean(we), 0.25, "width scatter vs reported error");
        assertEquals(C, mean(t50), 0.03);
        assertEquals(1, sd(t50) / mean(t50e), 0.35, "t50 scatter vs propagated counting error");
    }

    @Test
    void noEdgeInAFlatSignal() {
        double[] x = x();
        double[] y = new double[x.length];
        java.util.Arrays.fill(y, 7);
        assertTrue(Interfaces.edge(Series.counts(x, y), EdgeDirection.FALLING).isEmpty());
        assertTrue(Interfaces.edge(Series.counts(x, new double[x.length]), EdgeDirection.RISING).isEmpty());
    }

    static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    static double sd(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double d : v) {
            s += (d - m) * (d - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }
}
