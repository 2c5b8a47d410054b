package org.interphase.xps.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Comparison of spectra of one core level across cycles or states: a common binding-energy grid (the
 * overlap of all ranges, descending as XPS users read it), linear interpolation onto it, normalisation
 * (maximum, area, reference peak), an offset stack and difference spectra. Interpolation is linear between
 * neighbouring points, which keeps counts non-negative and introduces no overshoot; the grid step is the
 * coarsest of the members' steps so no spectrum is up-sampled beyond its own resolution by default.
 */
public final class SpectrumComparison {

    private SpectrumComparison() {
    }

    /** How spectra are scaled before overlay. */
    public enum Normalisation {
        /** As measured. */
        NONE,
        /** Divided by the maximum. */
        MAX,
        /** Divided by the integrated intensity over the common grid (trapezoid, per eV). */
        AREA,
        /** Divided by the maximum within a reference window (e.g. the PS4 S 2p3/2 line). */
        REFERENCE_PEAK
    }

    /**
     * One spectrum.
     *
     * @param label shown name
     * @param x     binding energies (any order)
     * @param y     intensities
     */
    public record Series(String label, double[] x, double[] y) {
        public Series {
            if (x.length != y.length || x.length < 2) {
                throw new IllegalArgumentException(label + ": x and y need at least 2 points of equal count");
            }
        }
    }

    /**
     * Spectra on a common grid.
     *
     * @param grid    binding energies, descending
     * @param labels  the members' labels
     * @param values  per member, normalised intensities on the grid
     * @param factors per member, the divisor applied by the normalisation
     */
    public record Aligned(double[] grid, List<String> labels, List<double[]> values, double[] factors) {
        public Aligned {
            labels = List.copyOf(labels);
            values = List.copyOf(values);
        }

        /** Member i minus member {@code reference}, point by point on the grid. */
        public double[] difference(int i, int reference) {
            double[] a = values.get(i);
            double[] b = values.get(reference);
            double[] d = new double[grid.length];
            for (int k = 0; k < d.length; k++) {
                d[k] = a[k] - b[k];
            }
            return d;
        }

        /**
         * Offsets for a stacked plot: member i is lifted by i x {@code fraction} x the largest value of all
         * members (fraction 0 is a plain overlay).
         */
        public double[] stackOffsets(double fraction) {
            double max = values.stream().flatMapToDouble(Arrays::stream).max().orElse(0);
            double[] o = new double[values.size()];
            for (int i = 0; i < o.length; i++) {
                o[i] = i * fraction * max;
            }
            return o;
        }
    }

    /**
     * Aligns the spectra on a common grid and normalises them.
     *
     * @param series  at least one spectrum; their binding-energy ranges must overlap
     * @param norm    normalisation
     * @param refLo   reference window low end, eV (REFERENCE_PEAK only)
     * @param refHi   reference window high end, eV (REFERENCE_PEAK only)
     * @param step    grid step in eV, or 0 for the coarsest member step
     * @throws IllegalArgumentException when the ranges do not overlap, or the reference window holds no point
     */
    public static Aligned align(List<Series> series, Normalisation norm, double refLo, double refHi, double step) {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
        double[] grid = commonGrid(series.stream().map(Series::x).toList(), step);
        List<double[]> values = new ArrayList<>();
        double[] factors = new double[series.size()];
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            double[] y = interpolate(s.x(), s.y(), grid);
            double f = switch (norm) {
                case NONE -> 1;
                case MAX -> Arrays.stream(y).max().orElse(1);
                case AREA -> trapezoid(grid, y);
                case REFERENCE_PEAK -> windowMax(s, grid, y, Math.min(refLo, refHi), Math.max(refLo, refHi));
            };
            if (!(f != 0 && Double.isFinite(f))) {
                throw new IllegalArgumentException(s.label() + ": cannot normalise (" + norm + " is " + f + ")");
            }
            for (int k = 0; k < y.length; k++) {
                y[k] /= f;
            }
            values.add(y);
            factors[i] = f;
        }
        return new Aligned(grid, series.stream().map(Series::label).toList(), values, factors);
    }

    /** The descending grid over the overlap of all ranges with the given step (0: the coarsest median step). */
    public static double[] commonGrid(List<double[]> xs, double step) {
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.POSITIVE_INFINITY;
        double coarsest = 0;
        for (double[] x : xs) {
            DoubleSummary s = DoubleSummary.of(x);
            lo = Math.max(lo, s.min);
            hi = Math.min(hi, s.max);
            coarsest = Math.max(coarsest, s.medianStep);
        }
        double h = step > 0 ? step : coarsest;
        if (!(hi > lo) || !(h > 0)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the spectra have no common binding-energy range (overlap %.3f..%.3f eV)", lo, hi));
        }
        int n = (int) Math.floor((hi - lo) / h + 1e-9) + 1;
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = hi - i * h;
        }
        return g;
    }

    /** y(x) linearly interpolated at the grid points (x in any order; grid points outside x are clamped). */
    public static double[] interpolate(double[] x, double[] y, double[] grid) {
        int n = x.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(x[a], x[b]));
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x[idx[i]];
            ys[i] = y[idx[i]];
        }
        double[] out = new double[grid.length];
        for (int k = 0; k < grid.length; k++) {
            double g = grid[k];
            int j = Arrays.binarySearch(xs, g);
            if (j >= 0) {
                out[k] = ys[j];
                continue;
            }
            int hiI = -j - 1;
            if (hiI <= 0) {
                out[k] = ys[0];
            } else if (hiI >= n) {
                out[k] = ys[n - 1];
            } else {
                double t = (g - xs[hiI - 1]) / (xs[hiI] - xs[hiI - 1]);
                out[k] = ys[hiI - 1] + t * (ys[hiI] - ys[hiI - 1]);
            }
        }
        return out;
    }

    /** Trapezoid integral of y over x (absolute step). */
    public static double trapezoid(double[] x, double[] y) {
        double s = 0;
        for (int i = 1; i < x.length; i++) {
            s += 0.5 * (y[i] + y[i - 1]) * Math.abs(x[i] - x[i - 1]);
        }
        return s;
    }

    private static double windowMax(Series s, double[] grid, double[] y, double lo, double hi) {
        double m = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < grid.length; k++) {
            if (grid[k] >= lo && grid[k] <= hi) {
                m = Math.max(m, y[k]);
            }
        }
        if (m == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%s: the reference window %.2f..%.2f eV holds no point of the common grid", s.label(), lo, hi));
        }
        return m;
    }

    private record DoubleSummary(double min, double max, double medianStep) {
        static DoubleSummary of(double[] x) {
            double min = Arrays.stream(x).min().orElseThrow();
            double max = Arrays.stream(x).max().orElseThrow();
            double[] d = new double[x.length - 1];
            for (int i = 1; i < x.length; i++) {
                d[i - 1] = Math.abs(x[i] - x[i - 1]);
            }
            Arrays.sort(d);
            return new DoubleSummary(min, max, d.length == 0 ? 0 : d[d.length / 2]);
        }
    }
}
