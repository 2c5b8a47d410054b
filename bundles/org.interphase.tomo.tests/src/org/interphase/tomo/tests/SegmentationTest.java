package org.interphase.tomo.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.interphase.tomo.api.ArrayVolume;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.Histogram;
import org.interphase.tomo.api.PhaseProfile;
import org.interphase.tomo.api.PlaneContact;
import org.interphase.tomo.api.Segmentation;
import org.interphase.tomo.api.Thresholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Thresholds and phase fractions on synthetic volumes with known phases (exact), and Otsu vs brute force. */
class SegmentationTest {

    /** Independent Otsu: minimise the within-class variance directly, O(L^2), over all splits. */
    static int bruteForceOtsuBin(long[] h) {
        int best = -1;
        double bestWithin = Double.MAX_VALUE;
        for (int k = 0; k < h.length - 1; k++) {
            double within = classVariance(h, 0, k) + classVariance(h, k + 1, h.length - 1);
            if (classCount(h, 0, k) > 0 && classCount(h, k + 1, h.length - 1) > 0 && within < bestWithin - 1e-9 * Math.abs(bestWithin)) {
                bestWithin = within;
                best = k;
            }
        }
        return best;
    }

    static long classCount(long[] h, int a, int b) {
        long n = 0;
        for (int i = a; i <= b; i++) {
            n += h[i];
        }
        return n;
    }

    /** Sum of squared deviations of the class a..b (unnormalised within-class variance). */
    static double classVariance(long[] h, int a, int b) {
        double n = classCount(h, a, b);
        if (n == 0) {
            return 0;
        }
        double mean = 0;
        for (int i = a; i <= b; i++) {
            mean += (double) i * h[i];
        }
        mean /= n;
        double ss = 0;
        for (int i = a; i <= b; i++) {
            ss += h[i] * (i - mean) * (i - mean);
        }
        return ss;
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8 })
    void otsuEqualsBruteForceWithinClassMinimum(int seed) {
        Random r = new Random(seed);
        long[] h = new long[256];
        // two noisy Gaussian-like modes
        for (int i = 0; i < 20000; i++) {
            double v = r.nextBoolean() ? 60 + 15 * r.nextGaussian() : 170 + 25 * r.nextGaussian();
            h[Math.max(0, Math.min(255, (int) Math.round(v)))]++;
        }
        Histogram hist = new Histogram(-0.5, 1, h, true);
        assertEquals(bruteForceOtsuBin(h), Thresholds.otsu(hist), 0);
    }

    @Test
    void multiOtsuEqualsBruteForceOnThreeClasses() {
        Random r = new Random(11);
        long[] h = new long[64];
        for (int i = 0; i < 5000; i++) {
            double v = switch (r.nextInt(3)) {
                case 0 -> 10 + 4 * r.nextGaussian();
                case 1 -> 30 + 5 * r.nextGaussian();
                default -> 50 + 4 * r.nextGaussian();
            };
            h[Math.max(0, Math.min(63, (int) Math.round(v)))]++;
        }
        int b1 = -1;
        int b2 = -1;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 62; i++) {
            for (int j = i + 1; j < 63; j++) {
                double w = classVariance(h, 0, i) + classVariance(h, i + 1, j) + classVariance(h, j + 1, 63);
                if (w < best - 1e-9 * best) {
                    best = w;
                    b1 = i;
                    b2 = j;
                }
            }
        }
        assertArrayEquals(new double[] { b1, b2 }, Thresholds.multiOtsu(new Histogram(-0.5, 1, h, true), 3), 0);
    }

    /** Two phases 40 (void) and 200 (solid): Otsu separates them and per-slice fractions are exact. */
    @Test
    void twoPhaseUint8ExactFractions() throws Exception {
        // solid fraction in slice z = (z+1)/10 of the x range: x < 2(z+1) is solid
        ArrayVolume v = ArrayVolume.of(9, 6, 20, DataType.UINT8, (z, y, x) -> x < 2 * (z + 1) ? 200 : 40);
        double t = Segmentation.otsuThreshold(v);
        assertTrue(t >= 40 && t < 200, "threshold " + t);
        assertEquals(40, t, 0, "first maximum: the largest value of the lower class");
        PhaseProfile p = Segmentation.fractionProfile(v, Axis.Z, t);
        double[] f = p.fractions(1);
        for (int z = 0; z < 9; z++) {
            assertEquals((z + 1) / 10.0, f[z], 1e-15);
        }
        assertEquals(45 / 90.0, p.overallFraction(1), 1e-15);
        // along x: column x is solid in the slices with 2(z+1) > x
        double[] fx = Segmentation.fractionProfile(v, Axis.X, t).fractions(1);
        for (int x = 0; x < 20; x++) {
            int solidSlices = 0;
            for (int z = 0; z < 9; z++) {
                solidSlices += x < 2 * (z + 1) ? 1 : 0;
            }
            assertEquals(solidSlices / 9.0, fx[x], 1e-15);
        }
        // along y every row is the same
        for (double fy : Segmentation.fractionProfile(v, Axis.Y, t).fractions(1)) {
            assertEquals(0.5, fy, 1e-15);
        }
    }

    @Test
    void uint16AndFloatOtsuSeparateKnownPhases() throws Exception {
        ArrayVolume u16 = ArrayVolume.of(4, 8, 8, DataType.UINT16, (z, y, x) -> y < 3 ? 1000 : 52000);
        double t = Segmentation.otsuThreshold(u16);
        assertEquals(1000, t, 0);
        assertEquals(65536, Segmentation.histogram(u16).bins());
        assertEquals(5 / 8.0, Segmentation.fractionProfile(u16, Axis.Z, t).overallFraction(1), 1e-15);

        ArrayVolume f32 = ArrayVolume.of(4, 8, 8, DataType.FLOAT32, (z, y, x) -> x < 6 ? -0.25f : 0.75f);
        double tf = Segmentation.otsuThreshold(f32);
        assertTrue(tf >= -0.25 && tf < 0.75, "threshold " + tf);
        assertEquals(2 / 8.0, Segmentation.fractionProfile(f32, Axis.Z, tf).overallFraction(1), 1e-15);
    }

    /** Three phases 20 / 120 / 220 (void, electrolyte, electrode): multi-level Otsu separates them exactly. */
    @Test
    void threePhasesMultiOtsu() throws Exception {
        ArrayVolume v = ArrayVolume.of(6, 10, 10, DataType.UINT8,
                (z, y, x) -> (x + y) % 10 < 2 ? 20 : z < 3 ? 120 : 220);
        double[] t = Segmentation.multiOtsuThresholds(v, 3);
        assertEquals(2, t.length);
        assertTrue(t[0] >= 20 && t[0] < 120 && t[1] >= 120 && t[1] < 220, t[0] + ", " + t[1]);
        PhaseProfile p = Segmentation.phaseProfile(v, Axis.Z, t);
        for (int z = 0; z < 6; z++) {
            assertEquals(20, p.count(0, z)); // the diagonal void bands: 2 of 10 per row
            assertEquals(z < 3 ? 80 : 0, p.count(1, z));
            assertEquals(z < 3 ? 0 : 80, p.count(2, z));
        }
    }

    @Test
    void contactFractionOnAPlane() throws Exception {
        // interface plane z = 2: voids where (x - 5)^2 + (y - 5)^2 < 9 (a disc of 25 voxels)
        ArrayVolume v = ArrayVolume.of(4, 12, 12, DataType.UINT8,
                (z, y, x) -> z == 2 && (x - 5) * (x - 5) + (y - 5) * (y - 5) < 9 ? 0 : 255);
        PlaneContact c = Segmentation.contact(v, Axis.Z, 2, 127);
        assertEquals(144 - 25, c.contactVoxels());
        assertEquals(144, c.planeVoxels());
        assertEquals((144 - 25) / 144.0, c.fraction(), 1e-15);
        assertEquals(1.0, Segmentation.contact(v, Axis.Z, 1, 127).fraction());
        // the same voids seen on the plane x = 5 (YZ): 5 voxels in the row z = 2
        assertEquals(48 - 5, Segmentation.contact(v, Axis.X, 5, 127).contactVoxels());
    }
}
