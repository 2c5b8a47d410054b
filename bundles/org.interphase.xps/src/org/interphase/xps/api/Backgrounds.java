package org.interphase.xps.api;

/**
 * Inelastic backgrounds of XPS regions. All methods take the region's abscissa {@code x} (equally or
 * unequally spaced, ascending or descending) and intensities {@code y}, and return a background of the same
 * length. End-point values are averages over {@code 2 * halfWidth + 1} points centred on the first and last
 * point (CasaXPS's "average width"; clipped at the array ends).
 */
public final class Backgrounds {

    private Backgrounds() {
    }

    /** Mean of y over [i - h, i + h], clipped to the array. */
    public static double endAverage(double[] y, int i, int halfWidth) {
        int lo = Math.max(0, i - halfWidth);
        int hi = Math.min(y.length - 1, i + halfWidth);
        double s = 0;
        for (int k = lo; k <= hi; k++) {
            s += y[k];
        }
        return s / (hi - lo + 1);
    }

    /**
     * The held (not refined) background of a fit of the points from..to of a spectrum, computed exactly as
     * {@code xps-background} computes it for that range, so that one region has one background everywhere:
     * Shirley with CasaXPS's end-point convention (end levels averaged over 2 h + 1 points centred on each
     * range end, points outside the range included; {@link #shirley(double[], double[], int, int,
     * ShirleyOptions)}), linear between end levels averaged inside the range, Tougaard with B fitted to the
     * range ({@link #fitB}). Returns to - from + 1 values.
     */
    public static double[] held(double[] fullX, double[] fullY, int from, int to, BackgroundSpec bg) {
        check(fullX, fullY);
        if (from < 0 || to >= fullX.length || to <= from) {
            throw new IllegalArgumentException("bad background range " + from + ".." + to + " of " + fullX.length);
        }
        double[] x = java.util.Arrays.copyOfRange(fullX, from, to + 1);
        double[] y = java.util.Arrays.copyOfRange(fullY, from, to + 1);
        int h = bg.halfWidth(x);
        return switch (bg.kind()) {
            case NONE -> new double[x.length];
            case LINEAR -> linear(x, y, h);
            case SHIRLEY -> shirley(fullX, fullY, from, to, new ShirleyOptions(h, 0, bg.clamp(), ShirleyConvention.CASAXPS));
            case TOUGAARD -> tougaard(fullX, fullY, from, to, fitB(fullX, fullY, from, to, bg.tougaard(), h, false), h,
                    false);
        };
    }

    /** Straight line between the averaged end points. */
    public static double[] linear(double[] x, double[] y, int halfWidth) {
        check(x, y);
        int n = x.length;
        double a = endAverage(y, 0, halfWidth);
        double b = endAverage(y, n - 1, halfWidth);
        double[] bg = new double[n];
        for (int i = 0; i < n; i++) {
            double t = n == 1 ? 0 : (x[i] - x[0]) / (x[n - 1] - x[0]);
            bg[i] = a + (b - a) * t;
        }
        return bg;
    }

    /**
     * Iterative Shirley background (D. A. Shirley, Phys. Rev. B 5 (1972) 4709; iteration of A. Proctor and
     * P. M. A. Sherwood, Anal. Chem. 54 (1982) 13): B(x_i) = b + (a - b) * I_i / I_0 with
     * I_i = integral from x_i to the last point of (y - B), trapezoidal, a and b the averaged first and last
     * intensities. Which end is "high" follows from the data; iterates until the largest change is below
     * 1e-9 x |a - b| (at most 100 iterations).
     */
    public static double[] shirley(double[] x, double[] y, int halfWidth) {
        check(x, y);
        int n = x.length;
        double a = endAverage(y, 0, halfWidth);
        double b = endAverage(y, n - 1, halfWidth);
        double[] bg = linear(x, y, halfWidth);
        double[] cum = new double[n];
        double tol = 1e-9 * Math.max(Math.abs(a - b), 1e-300);
        for (int iter = 0; iter < 100; iter++) {
            cum[n - 1] = 0;
            for (int i = n - 2; i >= 0; i--) {
                double f0 = y[i] - bg[i];
                double f1 = y[i + 1] - bg[i + 1];
                cum[i] = cum[i + 1] + 0.5 * (f0 + f1) * Math.abs(x[i + 1] - x[i]);
            }
            double total = cum[0];
            double change = 0;
            for (int i = 0; i < n; i++) {
                double next = total == 0 ? bg[i] : b + (a - b) * cum[i] / total;
                change = Math.max(change, Math.abs(next - bg[i]));
                bg[i] = next;
            }
            if (change < tol) {
                break;
            }
        }
        return bg;
    }

    /**
     * How a Shirley background takes its end levels and integrates.
     * <p>
     * {@link #CASAXPS} (the default): each end level is the mean of the 2 h + 1 points centred on the region's
     * end point, including the points just outside the region when the spectrum extends beyond it, and the
     * background at a point collects the intensity above the background of the points strictly on its
     * low-binding-energy side (a sum over channels). This is what CasaXPS's own exported backgrounds show: on the
     * casa_csv F 1s export it reproduces CasaXPS's Background column to 0.03 % of the step (the region's end
     * levels there equal the 3-point means centred on its ends to 0.02 CPS). KherveFitting's end-point average
     * (BackgroundCalculations.calculate_endpoint_average) is centred the same way.
     * <p>
     * {@link #ONE_SIDED} (the convention before): the region is cut out first, so an end level is the mean of
     * the h + 1 points inside the region at that end, and the integral is trapezoidal. On the casa_csv region
     * it differs from CasaXPS's background by 24 % of the step (3.2 % with CasaXPS's end levels but the
     * trapezoidal integral).
     */
    public enum ShirleyConvention {
        /** Centred end-point averages including points outside the region; channel sums (CasaXPS). */
        CASAXPS,
        /** End-point averages inside the region only; trapezoidal integral. */
        ONE_SIDED
    }

    /**
     * Options of {@link #shirley(double[], double[], ShirleyOptions)}.
     *
     * @param halfWidth  end points averaged over 2 halfWidth + 1 points (used when {@code windowEV} is 0)
     * @param windowEV   end-point averaging window in eV (0: use halfWidth): the half width becomes the number of
     *                   steps in that window, so the first/last windowEV of the region are averaged
     * @param clamp      hold the background at or below the data envelope (the data averaged over the same
     *                   window, point by point) inside the iteration
     * @param convention end levels and integral ({@link ShirleyConvention#CASAXPS} unless told otherwise)
     */
    public record ShirleyOptions(int halfWidth, double windowEV, boolean clamp, ShirleyConvention convention) {

        public ShirleyOptions {
            if (halfWidth < 0 || !(windowEV >= 0) || convention == null) {
                throw new IllegalArgumentException("bad Shirley options: half width " + halfWidth + ", window "
                        + windowEV + " eV, convention " + convention);
            }
        }

        /** Options with CasaXPS's convention. */
        public ShirleyOptions(int halfWidth, double windowEV, boolean clamp) {
            this(halfWidth, windowEV, clamp, ShirleyConvention.CASAXPS);
        }

        /** The classic iteration with end points averaged over 2 halfWidth + 1 points. */
        public static ShirleyOptions classic(int halfWidth) {
            return new ShirleyOptions(halfWidth, 0, false);
        }

        /** The same options with another convention. */
        public ShirleyOptions with(ShirleyConvention c) {
            return new ShirleyOptions(halfWidth, windowEV, clamp, c);
        }

        /** The half width in points on x (median step). */
        public int halfWidth(double[] x) {
            if (windowEV <= 0 || x.length < 2) {
                return halfWidth;
            }
            double[] d = new double[x.length - 1];
            for (int i = 1; i < x.length; i++) {
                d[i - 1] = Math.abs(x[i] - x[i - 1]);
            }
            java.util.Arrays.sort(d);
            double step = d[d.length / 2];
            return step > 0 ? (int) Math.min(x.length - 1, Math.round(windowEV / step)) : halfWidth;
        }
    }

    /**
     * Shirley background of the points from..to (inclusive) of a spectrum on a binding-energy axis
     * ({@code fullX} ascending or descending), with the end levels and integral of {@code o.convention()} (see
     * {@link ShirleyConvention}); end-point averages of {@link ShirleyConvention#CASAXPS} use points outside the
     * range where the spectrum has them. Returns to - from + 1 values. The clamp works as in
     * {@link #shirley(double[], double[], ShirleyOptions)}.
     */
    public static double[] shirley(double[] fullX, double[] fullY, int from, int to, ShirleyOptions o) {
        check(fullX, fullY);
        if (from < 0 || to >= fullX.length || to <= from) {
            throw new IllegalArgumentException("bad Shirley range " + from + ".." + to + " of " + fullX.length);
        }
        double[] x = java.util.Arrays.copyOfRange(fullX, from, to + 1);
        double[] y = java.util.Arrays.copyOfRange(fullY, from, to + 1);
        if (o.convention() == ShirleyConvention.ONE_SIDED) {
            return shirley(x, y, new ShirleyOptions(o.halfWidth(x), 0, o.clamp(), ShirleyConvention.ONE_SIDED));
        }
        int h = o.halfWidth(x);
        int n = x.length;
        double a = endAverage(fullY, from, h);
        double b = endAverage(fullY, to, h);
        double[] env = new double[n];
        for (int i = 0; i < n; i++) {
            env[i] = o.clamp() ? endAverage(fullY, from + i, h) : Double.POSITIVE_INFINITY;
        }
        // the low-BE side of point i: higher indices when BE descends along the array
        boolean descending = x[n - 1] < x[0];
        double[] bg = new double[n];
        for (int i = 0; i < n; i++) {
            bg[i] = Math.min(a + (b - a) * i / (n - 1.0), env[i]);
        }
        double tol = 1e-9 * Math.max(Math.abs(a - b), 1e-300);
        double lowEnd = descending ? b : a;
        double highEnd = descending ? a : b;
        double[] width = new double[n]; // channel widths: half the distance to each neighbour
        for (int i = 0; i < n; i++) {
            double left = Math.abs(x[i] - x[Math.max(i - 1, 0)]);
            double right = Math.abs(x[Math.min(i + 1, n - 1)] - x[i]);
            width[i] = i == 0 ? right : i == n - 1 ? left : 0.5 * (left + right);
        }
        for (int iter = 0; iter < 100; iter++) {
            // below[i]: sum of (y - B) x width over the points strictly on the low-BE side of i
            double[] below = new double[n];
            double total = 0;
            for (int k = 0; k < n; k++) {
                int i = descending ? n - 1 - k : k;
                below[i] = total;
                total += (y[i] - bg[i]) * width[i];
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                double raw = total == 0 ? bg[i] : lowEnd + (highEnd - lowEnd) * below[i] / total;
                double next = o.clamp() ? Math.min(Math.min(Math.max(raw, Math.min(a, b)), Math.max(a, b)), env[i])
                        : raw;
                change = Math.max(change, Math.abs(next - bg[i]));
                bg[i] = next;
            }
            if (change < tol) {
                break;
            }
        }
        return bg;
    }

    /**
     * Shirley background for weak, noisy regions. The classic iteration ({@link #shirley(double[], double[], int)})
     * divides by the total net area: when the peak is weak and a single noisy point sets an end level, that
     * area is small and noisy, and the background overshoots the data (it can even cross it by several
     * standard deviations). Two remedies that leave well-behaved data (almost) alone: (1) end levels averaged
     * over a window in eV chosen by the user (CasaXPS's "average width" given in eV); (2) a clamp that keeps
     * the background at or below the data envelope, i.e. the data averaged over the same window (a Shirley
     * background models the inelastic losses of the peak, which cannot exceed the measured intensity), and
     * that stays between the two end levels (as the classic curve does whenever the data lie above it). Where
     * the classic curve stays below the envelope and between its end levels the result is the classic one
     * exactly; on CasaXPS-quality data the clamp only trims the flat, noisy ends where the running mean dips
     * below the end level (the FeO Fe 2p oracle spectrum: at most 78 CPS on a 6200 CPS level, net area
     * +0.08 %). It is therefore an option, not the default: the default keeps CasaXPS's curve.
     */
    public static double[] shirley(double[] x, double[] y, ShirleyOptions o) {
        check(x, y);
        if (o.convention() == ShirleyConvention.CASAXPS) {
            return shirley(x, y, 0, x.length - 1, o);
        }
        int h = o.halfWidth(x);
        if (!o.clamp()) {
            return shirley(x, y, h);
        }
        int n = x.length;
        double a = endAverage(y, 0, h);
        double b = endAverage(y, n - 1, h);
        double[] env = new double[n];
        for (int i = 0; i < n; i++) {
            env[i] = endAverage(y, i, h);
        }
        double[] bg = linear(x, y, h);
        for (int i = 0; i < n; i++) {
            bg[i] = Math.min(bg[i], env[i]);
        }
        double[] cum = new double[n];
        double tol = 1e-9 * Math.max(Math.abs(a - b), 1e-300);
        for (int iter = 0; iter < 100; iter++) {
            cum[n - 1] = 0;
            for (int i = n - 2; i >= 0; i--) {
                double f0 = y[i] - bg[i];
                double f1 = y[i + 1] - bg[i + 1];
                cum[i] = cum[i + 1] + 0.5 * (f0 + f1) * Math.abs(x[i + 1] - x[i]);
            }
            double total = cum[0];
            double change = 0;
            for (int i = 0; i < n; i++) {
                double raw = total == 0 ? bg[i] : b + (a - b) * cum[i] / total;
                double next = Math.min(Math.min(Math.max(raw, Math.min(a, b)), Math.max(a, b)), env[i]);
                change = Math.max(change, Math.abs(next - bg[i]));
                bg[i] = next;
            }
            if (change < tol) {
                break;
            }
        }
        return bg;
    }

    /**
     * Tougaard background (S. Tougaard, Surf. Interface Anal. 11 (1988) 453; universal cross sections
     * Surf. Interface Anal. 25 (1997) 137): B(E) = b + sum over E' with T = E' - E >= T0 of
     * K(T) (y(E') - b) dE on the kinetic-energy axis, rectangle rule, where b is the averaged intensity at
     * the high-kinetic-energy end. Electrons lose energy, so the background at E collects the spectrum at
     * higher kinetic energies. For binding-energy data pass {@code kinetic = false} (T = E - E' then).
     *
     * @param x       abscissa (equally spaced; the rectangle rule uses |x[1] - x[0]|)
     * @param kinetic whether {@code x} is kinetic energy
     */
    public static double[] tougaard(double[] x, double[] y, TougaardCrossSection k, int halfWidth, boolean kinetic) {
        return tougaard(x, y, 0, x.length - 1, k, halfWidth, kinetic);
    }

    /**
     * Tougaard background of the points from..to (inclusive) of the full arrays; end-point averages may use
     * points outside the range (as CasaXPS does). Returns to - from + 1 values.
     */
    public static double[] tougaard(double[] fullX, double[] fullY, int from, int to, TougaardCrossSection k,
            int halfWidth, boolean kinetic) {
        check(fullX, fullY);
        double[] x = java.util.Arrays.copyOfRange(fullX, from, to + 1);
        double[] y = java.util.Arrays.copyOfRange(fullY, from, to + 1);
        int n = x.length;
        // index of the high-KE end: where losses start from
        boolean ascendingKe = kinetic == (x[n - 1] >= x[0]);
        int hiEnd = ascendingKe ? to : from;
        double b = endAverage(fullY, hiEnd, halfWidth);
        double dx = n > 1 ? Math.abs(x[1] - x[0]) : 0;
        double[] bg = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            if (ascendingKe) {
                for (int j = i + 1; j < n; j++) {
                    sum += k.value(Math.abs(x[j] - x[i])) * (y[j] - b);
                }
            } else {
                for (int j = i - 1; j >= 0; j--) {
                    sum += k.value(Math.abs(x[j] - x[i])) * (y[j] - b);
                }
            }
            bg[i] = b + sum * dx;
        }
        return bg;
    }

    /**
     * The B that makes the Tougaard background meet the averaged intensity at the low-kinetic-energy end
     * (CasaXPS adjusts B this way); returns the cross section with that B.
     */
    public static TougaardCrossSection fitB(double[] x, double[] y, int from, int to, TougaardCrossSection k,
            int halfWidth, boolean kinetic) {
        TougaardCrossSection unit = k.withB(1);
        double[] bg = tougaard(x, y, from, to, unit, halfWidth, kinetic);
        boolean ascendingKe = kinetic == (x[to] >= x[from]);
        int lo = ascendingKe ? from : to;
        int hi = ascendingKe ? to : from;
        double b = endAverage(y, hi, halfWidth);
        double a = endAverage(y, lo, halfWidth);
        return k.withB((a - b) / (bg[lo - from] - b));
    }

    private static void check(double[] x, double[] y) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("x and y must be non-empty and of equal length");
        }
    }
}
