package org.interphase.eis.internal.fit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.hipparchus.distribution.continuous.TDistribution;
import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.FitFlag;
import org.interphase.eis.api.FitMonitor;
import org.interphase.eis.api.FitOptions;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.FittedParameter;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.SeriesOptions;

/**
 * A joint (global) CNLS fit of one circuit to K spectra in which some parameters take one value for the
 * whole series, e.g. a bulk resistance that does not change with cycling or a CPE exponent. One
 * Levenberg-Marquardt problem over [shared coordinates, local coordinates of spectrum 1, ..., of
 * spectrum K]; residuals are the spectra's weighted residuals stacked. It starts from the independent
 * warm-started fits (shared = their mean, in log space for magnitudes). The shared parameters' errors
 * come from the joint covariance; each spectrum is then refitted locally with the shared values held,
 * which gives its per-spectrum statistics. The Jacobian is dense, so the cost grows as K^3: meant for
 * series of tens of spectra, not thousands.
 */
final class JointFit {

    /** Largest dense joint Jacobian (entries): 20 million doubles = 160 MB. */
    static final long MAX_JACOBIAN = 20_000_000L;

    record Outcome(List<FittedParameter> shared, double chiSquare, FitResult[] fits, boolean complete) {
    }

    private JointFit() {
    }

    /** Refuses, before any fitting, a joint problem whose dense Jacobian would exceed {@link #MAX_JACOBIAN}. */
    static void checkSize(Circuit c, List<ImpedanceData> spectra, SeriesOptions o) {
        int free = Setup.of(c, spectra.get(0), c.typicalValues(), o.fit()).free().length;
        int ns = o.shared().size();
        int k = spectra.size();
        long nx = ns + (long) k * (free - ns);
        long rows = spectra.stream().mapToLong(d -> 2L * d.size()).sum();
        if (rows * nx > MAX_JACOBIAN) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "a joint fit of %d spectra has %d parameters and %d residuals: too large for the dense solver"
                            + " (limit %d Jacobian entries); share parameters over fewer spectra at a time", k, nx,
                    rows, MAX_JACOBIAN));
        }
    }

    static Outcome fit(Circuit c, List<ImpedanceData> spectra, FitResult[] independent, SeriesOptions o,
            FitMonitor monitor, AtomicInteger done, int total) {
        int k = spectra.size();
        Setup[] setups = new Setup[k];
        for (int s = 0; s < k; s++) {
            setups[s] = Setup.of(c, spectra.get(s), independent[s].values(), o.fit());
        }
        int[] free = setups[0].free();
        List<Integer> sharedIdx = new ArrayList<>();
        for (String name : o.shared()) {
            int i = c.indexOf(name);
            if (FitEngine.indexOf(free, i) < 0) {
                throw new IllegalArgumentException(name + " is fixed and cannot be shared");
            }
            sharedIdx.add(i);
        }
        sharedIdx.sort(null);
        int ns = sharedIdx.size();
        int nl = free.length - ns;
        int[][] map = new int[k][free.length];
        for (int s = 0; s < k; s++) {
            int next = ns + s * nl;
            for (int j = 0; j < free.length; j++) {
                int sh = sharedIdx.indexOf(free[j]);
                map[s][j] = sh >= 0 ? sh : next++;
            }
        }
        int nx = ns + k * nl;
        double[] x0 = new double[nx];
        double[] lo = new double[nx];
        double[] hi = new double[nx];
        for (int s = 0; s < k; s++) {
            double[] xs = setups[s].problem().toCoordinates(independent[s].values());
            for (int j = 0; j < free.length; j++) {
                int g = map[s][j];
                x0[g] += g < ns ? xs[j] / k : xs[j];
                lo[g] = setups[s].lo()[j];
                hi[g] = setups[s].hi()[j];
            }
        }
        Problem p = new Problem(setups, map, nx);
        LevenbergMarquardt.Outcome out = LevenbergMarquardt.minimize(p, x0, lo, hi,
                new LevenbergMarquardt.Settings(o.fit().maxIterations(), 1e-9, 1e-11, 1e-10), monitor::isCanceled);
        monitor.worked(done.addAndGet(1), total);
        if (LevenbergMarquardt.CANCELLED.equals(out.reason())) {
            return null;
        }
        double[] r = new double[p.residuals()];
        double[][] jac = new double[p.residuals()][nx];
        p.evaluate(out.x(), r, jac);
        int dof = p.residuals() - nx;
        FitStatistics.Covariance cov = FitStatistics.covariance(jac, out.cost(), dof);
        double t = dof > 0 ? new TDistribution(dof).inverseCumulativeProbability(0.975) : Double.NaN;
        double[] values0 = setups[0].problem().toParameters(slice(out.x(), map[0]));
        List<FittedParameter> shared = new ArrayList<>();
        FitOptions local = o.fit().withStarts(1);
        for (int g = 0; g < ns; g++) {
            int i = sharedIdx.get(g);
            int j = FitEngine.indexOf(free, i);
            boolean log = setups[0].log()[j];
            double v = values0[i];
            Set<FitFlag> flags = EnumSet.noneOf(FitFlag.class);
            // the single-fit rule: on a bound, or pushed below 1e-12 of its scale onto a 0 bound, sigma is undefined
            boolean atBound = out.x()[g] <= lo[g] || out.x()[g] >= hi[g] || FitEngine.pushedToZero(setups[0], i, v);
            double sx = atBound ? Double.NaN : Math.sqrt(cov.covariance()[g][g]);
            double se = log ? v * sx : sx;
            if (atBound) {
                flags.add(FitFlag.AT_BOUND);
            } else if (cov.nonIdentifiable()[g] || !(se <= (log ? v : Math.abs(v) + 1))) {
                flags.add(FitFlag.NON_IDENTIFIABLE);
            }
            double lo95 = log ? v * Math.exp(-t * sx) : v - t * se;
            double hi95 = log ? v * Math.exp(t * sx) : v + t * se;
            String name = c.parameterNames().get(i);
            double start = setups[0].problem().toParameters(slice(x0, map[0]))[i];
            shared.add(new FittedParameter(name, c.parameters().get(i).unit(), v, start, se, lo95, hi95, flags));
            local = local.withFixed(name, v);
        }
        FitResult[] fits = new FitResult[k];
        boolean complete = true;
        for (int s = 0; s < k; s++) {
            if (monitor.isCanceled()) {
                complete = false;
                break;
            }
            double[] ps = setups[s].problem().toParameters(slice(out.x(), map[s]));
            fits[s] = FitEngine.fit(c, spectra.get(s), ps, local, monitor);
            monitor.worked(done.incrementAndGet(), total);
        }
        return new Outcome(shared, out.cost(), fits, complete);
    }

    private static double[] slice(double[] x, int[] map) {
        double[] xs = new double[map.length];
        for (int j = 0; j < map.length; j++) {
            xs[j] = x[map[j]];
        }
        return xs;
    }

    /** The stacked residuals of all spectra; Jacobian columns scattered to the global coordinates. */
    private static final class Problem implements LevenbergMarquardt.Problem {
        private final Setup[] setups;
        private final int[][] map;
        private final int nx;
        private final int m;
        private final double[][] xs;
        private final double[][] rs;
        private final double[][][] js;

        Problem(Setup[] setups, int[][] map, int nx) {
            this.setups = setups;
            this.map = map;
            this.nx = nx;
            int rows = 0;
            int nf = map[0].length;
            xs = new double[setups.length][nf];
            rs = new double[setups.length][];
            js = new double[setups.length][][];
            for (int s = 0; s < setups.length; s++) {
                int ms = setups[s].problem().residuals();
                rs[s] = new double[ms];
                js[s] = new double[ms][nf];
                rows += ms;
            }
            this.m = rows;
        }

        @Override
        public int residuals() {
            return m;
        }

        @Override
        public int parameters() {
            return nx;
        }

        @Override
        public boolean evaluate(double[] x, double[] r, double[][] jac) {
            int row = 0;
            for (int s = 0; s < setups.length; s++) {
                int[] mp = map[s];
                for (int j = 0; j < mp.length; j++) {
                    xs[s][j] = x[mp[j]];
                }
                if (!setups[s].problem().evaluate(xs[s], rs[s], jac == null ? null : js[s])) {
                    return false;
                }
                for (int i = 0; i < rs[s].length; i++, row++) {
                    r[row] = rs[s][i];
                    if (jac != null) {
                        java.util.Arrays.fill(jac[row], 0);
                        for (int j = 0; j < mp.length; j++) {
                            jac[row][mp[j]] = js[s][i][j];
                        }
                    }
                }
            }
            return true;
        }
    }
}
