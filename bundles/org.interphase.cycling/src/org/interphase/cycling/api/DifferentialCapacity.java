package org.interphase.cycling.api;

import java.util.Arrays;

/**
 * Differential capacity dQ/dV of one half cycle, by the interpolate-then-differentiate approach of Bloom et
 * al. (J. Power Sources 139 (2005) 295) also used by Dubarry et al.: the capacity is first put on a uniform
 * voltage grid (the mean capacity of the points in each voltage bin, empty bins interpolated linearly), then
 * differentiated with a Savitzky–Golay filter (A. Savitzky, M. J. E. Golay, Anal. Chem. 36 (1964) 1627): the
 * first derivative of a local least-squares quadratic over {@code window} grid points, whose coefficients
 * are k / (h Σk²) for k = -m..m. Grid points within m of either end are left out. The filter is exact for a
 * quadratic Q(V); it lowers a peak by about (Σk⁴/Σk²) h² |Q'''/Q'| / 6 (6 % for a logistic step of width
 * 20 mV with the defaults), so choose the window against the narrowest peak of interest.
 */
public final class DifferentialCapacity {

    /** Default voltage step of the grid, in V. */
    public static final double DEFAULT_STEP_V = 0.005;
    /** Default Savitzky–Golay window, in grid points (odd). */
    public static final int DEFAULT_WINDOW = 9;

    /**
     * dQ/dV on a voltage grid.
     *
     * @param voltageV  the grid voltages
     * @param dqdvMAhPerV dQ/dV in mAh/V: positive while charging, negative while discharging (the capacity of a
     *                  discharge grows as the voltage falls)
     */
    public record Curve(double[] voltageV, double[] dqdvMAhPerV) {
        /** The number of grid points. */
        public int size() {
            return voltageV.length;
        }
    }

    private DifferentialCapacity() {
    }

    /** dQ/dV with {@link #DEFAULT_STEP_V} and {@link #DEFAULT_WINDOW}. */
    public static Curve of(VoltageCurve curve) {
        return of(curve, DEFAULT_STEP_V, DEFAULT_WINDOW);
    }

    /**
     * dQ/dV of {@code curve}.
     *
     * @param stepV  grid step in V (&gt; 0)
     * @param window Savitzky–Golay window in grid points, odd and ≥ 3
     */
    public static Curve of(VoltageCurve curve, double stepV, int window) {
        if (!(stepV > 0) || window < 3 || window % 2 == 0) {
            throw new IllegalArgumentException("dQ/dV needs a positive voltage step and an odd window of at least 3, got "
                    + stepV + " V and " + window);
        }
        double[] v = curve.voltageV();
        double[] q = curve.capacityMAh();
        double lo = Arrays.stream(v).min().orElse(0);
        double hi = Arrays.stream(v).max().orElse(0);
        int bins = (int) Math.floor((hi - lo) / stepV); // full bins only: a partial last bin would bias its mean
        if (bins < window || bins > 1_000_000) {
            return new Curve(new double[0], new double[0]);
        }
        double[] sum = new double[bins];
        int[] count = new int[bins];
        for (int i = 0; i < v.length; i++) {
            int b = (int) Math.floor((v[i] - lo) / stepV);
            if (b >= bins) {
                continue;
            }
            sum[b] += q[i];
            count[b]++;
        }
        double[] grid = new double[bins];
        double[] qGrid = new double[bins];
        for (int b = 0; b < bins; b++) {
            grid[b] = lo + (b + 0.5) * stepV;
            qGrid[b] = count[b] > 0 ? sum[b] / count[b] : Double.NaN;
        }
        fillGaps(qGrid);
        int m = window / 2;
        double norm = 0;
        for (int k = -m; k <= m; k++) {
            norm += k * k;
        }
        int size = bins - 2 * m;
        double[] outV = new double[size];
        double[] outD = new double[size];
        for (int j = m; j < bins - m; j++) {
            double acc = 0;
            for (int k = -m; k <= m; k++) {
                acc += k * qGrid[j + k];
            }
            outV[j - m] = grid[j];
            outD[j - m] = acc / (norm * stepV);
        }
        return new Curve(outV, outD);
    }

    /** Replaces NaN entries by linear interpolation between the nearest values (constant beyond the ends). */
    private static void fillGaps(double[] y) {
        int last = -1;
        for (int i = 0; i < y.length; i++) {
            if (Double.isNaN(y[i])) {
                continue;
            }
            if (last < 0) {
                Arrays.fill(y, 0, i, y[i]);
            } else {
                for (int g = last + 1; g < i; g++) {
                    y[g] = y[last] + (y[i] - y[last]) * (g - last) / (i - last);
                }
            }
            last = i;
        }
        if (last >= 0) {
            Arrays.fill(y, last + 1, y.length, y[last]);
        }
    }
}
