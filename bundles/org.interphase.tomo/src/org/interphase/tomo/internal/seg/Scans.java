package org.interphase.tomo.internal.seg;

import java.io.IOException;
import java.util.List;

import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.Histogram;
import org.interphase.tomo.api.PhaseProfile;
import org.interphase.tomo.api.Progress;
import org.interphase.tomo.api.Roi;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.VolumeStats;

/**
 * Whole-volume passes: statistics, histograms and phase profiles, each one parallel pass over z slices,
 * restricted to a {@link Roi} footprint (voxels outside it are skipped) and reporting to a {@link Progress}.
 */
public final class Scans {

    private Scans() {
    }

    /** Min, max and mean of the finite voxels. */
    public static VolumeStats stats(Volume v) throws IOException {
        return stats(v, Roi.WHOLE, Progress.NONE);
    }

    /** Min, max and mean of the finite voxels inside {@code roi}. */
    public static VolumeStats stats(Volume v, Roi roi, Progress progress) throws IOException {
        boolean[] in = roi.footprint(v.sizeX(), v.sizeY());
        List<double[]> parts = ZScan.scan(v, () -> new double[] { Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, 0 },
                (acc, z, s) -> {
                    double min = acc[0];
                    double max = acc[1];
                    double sum = 0;
                    long n = 0;
                    for (int i = 0; i < s.length; i++) {
                        float f = s[i];
                        if (Float.isFinite(f) && (in == null || in[i])) {
                            if (f < min) {
                                min = f;
                            }
                            if (f > max) {
                                max = f;
                            }
                            sum += f;
                            n++;
                        }
                    }
                    acc[0] = min;
                    acc[1] = max;
                    acc[2] += sum;
                    acc[3] += n;
                }, progress);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        long n = 0;
        for (double[] p : parts) {
            min = Math.min(min, p[0]);
            max = Math.max(max, p[1]);
            sum += p[2];
            n += (long) p[3];
        }
        return n == 0 ? new VolumeStats(Double.NaN, Double.NaN, Double.NaN, 0) : new VolumeStats(min, max, sum / n, n);
    }

    /** One bin per value for uint8 (256) and uint16 (65536). */
    public static Histogram integerHistogram(Volume v) throws IOException {
        return integerHistogram(v, Roi.WHOLE, Progress.NONE);
    }

    /** One bin per value for uint8 (256) and uint16 (65536), voxels inside {@code roi}. */
    public static Histogram integerHistogram(Volume v, Roi roi, Progress progress) throws IOException {
        int bins = (int) v.dataType().maxValue() + 1;
        boolean[] in = roi.footprint(v.sizeX(), v.sizeY());
        long[] counts = merge(ZScan.scan(v, () -> new long[bins], (acc, z, s) -> {
            if (in == null) {
                for (float f : s) {
                    acc[(int) f]++;
                }
            } else {
                for (int i = 0; i < s.length; i++) {
                    if (in[i]) {
                        acc[(int) s[i]]++;
                    }
                }
            }
        }, progress), bins);
        return new Histogram(-0.5, 1, counts, true);
    }

    /** {@code bins} equal bins over [min, max] of the finite voxels; non-finite voxels are not counted. */
    public static Histogram floatHistogram(Volume v, double min, double max, int bins) throws IOException {
        return floatHistogram(v, min, max, bins, Roi.WHOLE, Progress.NONE);
    }

    /** As {@link #floatHistogram(Volume, double, double, int)} for voxels inside {@code roi}. */
    public static Histogram floatHistogram(Volume v, double min, double max, int bins, Roi roi, Progress progress)
            throws IOException {
        double width = max > min ? (max - min) / bins : 1;
        boolean[] in = roi.footprint(v.sizeX(), v.sizeY());
        long[] counts = merge(ZScan.scan(v, () -> new long[bins], (acc, z, s) -> {
            for (int i = 0; i < s.length; i++) {
                float f = s[i];
                if (Float.isFinite(f) && (in == null || in[i])) {
                    int k = (int) ((f - min) / width);
                    acc[Math.max(0, Math.min(bins - 1, k))]++;
                }
            }
        }, progress), bins);
        return new Histogram(min, width, counts, false);
    }

    private static long[] merge(List<long[]> parts, int n) {
        long[] total = new long[n];
        for (long[] p : parts) {
            for (int i = 0; i < n; i++) {
                total[i] += p[i];
            }
        }
        return total;
    }

    /** Adds the phase counts of {@code s[from, from+length)} (inside {@code in}) to {@code acc[phase][index]}. */
    private static void count(float[] s, boolean[] in, int from, int length, float[] t, long[][] acc, int index) {
        if (in == null && t.length == 1) { // the common two-phase case: one tight loop
            float t0 = t[0];
            long above = 0;
            for (int i = from, end = from + length; i < end; i++) {
                if (s[i] > t0) {
                    above++;
                }
            }
            acc[1][index] += above;
            acc[0][index] += length - above;
            return;
        }
        for (int i = from, end = from + length; i < end; i++) {
            if (in == null || in[i]) {
                acc[phase(s[i], t)][index]++;
            }
        }
    }

    private static int phase(float f, float[] t) {
        int p = 0;
        while (p < t.length && f > t[p]) {
            p++;
        }
        return p;
    }

    /** Voxels per phase per slice along {@code axis} for ascending {@code thresholds}. */
    public static PhaseProfile phases(Volume v, Axis axis, double[] thresholds) throws IOException {
        return phases(v, axis, thresholds, Roi.WHOLE, Progress.NONE);
    }

    /** Voxels inside {@code roi} per phase per slice along {@code axis} for ascending {@code thresholds}. */
    public static PhaseProfile phases(Volume v, Axis axis, double[] thresholds, Roi roi, Progress progress)
            throws IOException {
        int phases = thresholds.length + 1;
        int slices = v.size(axis);
        int nx = v.sizeX();
        int ny = v.sizeY();
        boolean[] in = roi.footprint(nx, ny);
        float[] t = new float[thresholds.length];
        for (int i = 0; i < t.length; i++) {
            // v > t for float v and double t equals v > the largest float <= t
            float f = (float) thresholds[i];
            t[i] = f > thresholds[i] ? Math.nextDown(f) : f;
        }
        List<long[][]> parts = ZScan.scan(v, () -> new long[phases][slices], (acc, z, s) -> {
            switch (axis) {
                case Z -> count(s, in, 0, nx * ny, t, acc, z);
                case Y -> {
                    for (int y = 0; y < ny; y++) {
                        count(s, in, y * nx, nx, t, acc, y);
                    }
                }
                case X -> {
                    for (int y = 0; y < ny; y++) {
                        int row = y * nx;
                        for (int x = 0; x < nx; x++) {
                            if (in == null || in[row + x]) {
                                acc[phase(s[row + x], t)][x]++;
                            }
                        }
                    }
                }
            }
        }, progress);
        long[][] counts = new long[phases][slices];
        for (long[][] part : parts) {
            for (int p = 0; p < phases; p++) {
                for (int i = 0; i < slices; i++) {
                    counts[p][i] += part[p][i];
                }
            }
        }
        return new PhaseProfile(axis, thresholds, counts, v.sliceLength(axis));
    }
}
