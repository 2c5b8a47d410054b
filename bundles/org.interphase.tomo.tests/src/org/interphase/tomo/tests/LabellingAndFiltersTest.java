package org.interphase.tomo.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.interphase.tomo.api.ArrayVolume;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.Filters;
import org.interphase.tomo.api.Segmentation;
import org.interphase.tomo.api.VoidComponents;
import org.interphase.tomo.api.Volume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Void labelling against known components and an independent flood fill; filters on analytic cases. */
class LabellingAndFiltersTest {

    /** Cubes of 1, 8 and 27 voxels, two voxels touching only at an edge, and a U that joins late. */
    @Test
    void knownComponents() throws Exception {
        float[] d = new float[1000];
        java.util.Arrays.fill(d, 255);
        d[0] = 0; // 1 voxel
        for (int z = 2; z < 4; z++) {
            for (int y = 2; y < 4; y++) {
                for (int x = 2; x < 4; x++) {
                    d[(z * 10 + y) * 10 + x] = 0; // 8 voxels
                }
            }
        }
        for (int z = 5; z < 8; z++) {
            for (int y = 5; y < 8; y++) {
                for (int x = 5; x < 8; x++) {
                    d[(z * 10 + y) * 10 + x] = 0; // 27 voxels
                }
            }
        }
        d[(0 * 10 + 8) * 10 + 8] = 0; // edge neighbours: not 6-connected -> 2 components of 1
        d[(0 * 10 + 9) * 10 + 9] = 0;
        // a U in the plane z = 9: two arms joined only at the bottom row (y = 4): labels merge late
        for (int y = 0; y < 5; y++) {
            d[(9 * 10 + y) * 10 + 0] = 0;
            d[(9 * 10 + y) * 10 + 2] = 0;
        }
        d[(9 * 10 + 4) * 10 + 1] = 0; // 11 voxels
        ArrayVolume v = ArrayVolume.of(10, 10, 10, DataType.UINT8, d);
        VoidComponents c = Segmentation.labelVoids(v, 127);
        assertEquals(6, c.count());
        assertArrayEquals(new long[] { 27, 11, 8, 1, 1, 1 }, c.sizes());
        assertEquals(49, c.phaseVoxels());
        assertArrayEquals(new long[] { 3, 0, 0, 2, 1 }, c.log2SizeHistogram()); // 1,1,1 | - | - | 8,11 | 27
        VoidComponents solid = Segmentation.labelSolid(v, 127);
        assertEquals(1, solid.count());
        assertEquals(1000 - 49, solid.largest());
    }

    /** Independent reference: breadth-first flood fill with an explicit queue. */
    static List<Long> floodFillSizes(ArrayVolume v, float t) {
        float[] vals = v.values();
        boolean[] seen = new boolean[vals.length];
        List<Long> sizes = new ArrayList<>();
        int[][] steps = { { 1, 0, 0 }, { -1, 0, 0 }, { 0, 1, 0 }, { 0, -1, 0 }, { 0, 0, 1 }, { 0, 0, -1 } };
        for (int start = 0; start < seen.length; start++) {
            if (seen[start] || vals[start] > t) {
                continue;
            }
            long n = 0;
            ArrayDeque<Integer> q = new ArrayDeque<>();
            q.add(start);
            seen[start] = true;
            while (!q.isEmpty()) {
                int i = q.poll();
                n++;
                int x = i % v.sizeX();
                int y = (i / v.sizeX()) % v.sizeY();
                int z = i / (v.sizeX() * v.sizeY());
                for (int[] s : steps) {
                    int zz = z + s[0];
                    int yy = y + s[1];
                    int xx = x + s[2];
                    if (zz >= 0 && zz < v.sizeZ() && yy >= 0 && yy < v.sizeY() && xx >= 0 && xx < v.sizeX()) {
                        int j = (zz * v.sizeY() + yy) * v.sizeX() + xx;
                        if (!seen[j] && vals[j] <= t) {
                            seen[j] = true;
                            q.add(j);
                        }
                    }
                }
            }
            sizes.add(n);
        }
        sizes.sort((a, b) -> Long.compare(b, a));
        return sizes;
    }

    @ParameterizedTest
    @ValueSource(doubles = { 0.2, 0.3, 0.45 })
    void randomVoidsMatchFloodFill(double porosity) throws Exception {
        Random r = new Random(Double.hashCode(porosity));
        ArrayVolume v = ArrayVolume.of(24, 20, 22, DataType.UINT8, (z, y, x) -> r.nextDouble() < porosity ? 10 : 200);
        VoidComponents c = Segmentation.labelVoids(v, 100);
        assertArrayEquals(floodFillSizes(v, 100).stream().mapToLong(Long::longValue).toArray(), c.sizes());
    }

    @Test
    void gaussianKeepsConstantsAndMass() throws Exception {
        ArrayVolume flat = ArrayVolume.of(6, 9, 9, DataType.UINT8, (z, y, x) -> 100);
        try (Volume g = Filters.gaussian(flat, 1.2)) {
            float[] s = new float[g.sliceLength(Axis.Y)];
            g.readSlice(Axis.Y, 4, s);
            for (float f : s) {
                assertEquals(100, f, 1e-4);
            }
        }
        // a unit impulse far from the edges: the response sums to 1 and peaks at w0^3
        ArrayVolume delta = ArrayVolume.of(15, 15, 15, DataType.FLOAT32, (z, y, x) -> z == 7 && y == 7 && x == 7 ? 1 : 0);
        double sigma = 1.0;
        try (Volume g = Filters.gaussian(delta, sigma)) {
            double sum = 0;
            float[] s = new float[g.sliceLength(Axis.Z)];
            for (int z = 0; z < 15; z++) {
                g.readSlice(Axis.Z, z, s);
                for (float f : s) {
                    sum += f;
                }
            }
            assertEquals(1, sum, 1e-5);
            g.readSlice(Axis.Z, 7, s);
            double w0 = 1 / (1 + 2 * (Math.exp(-0.5) + Math.exp(-2) + Math.exp(-4.5))); // radius 3 sigma
            assertEquals(w0 * w0 * w0, s[7 * 15 + 7], 1e-6);
            g.readSlice(Axis.Z, 8, s);
            assertEquals(w0 * w0 * w0 * Math.exp(-0.5), s[7 * 15 + 7], 1e-6);
        }
    }

    @Test
    void medianRemovesIsolatedNoiseAndKeepsFlatInterfaces() throws Exception {
        ArrayVolume v = ArrayVolume.of(8, 8, 8, DataType.UINT8, (z, y, x) -> z == 2 && y == 3 && x == 3 ? 255 // salt
                : z == 6 && y == 5 && x == 5 ? 0 // pepper in the bright phase
                        : z < 4 ? 30 : 220);
        try (Volume m = Filters.median3(v)) {
            assertEquals(DataType.UINT8, m.dataType());
            for (int z = 0; z < 8; z++) {
                float[] s = new float[64];
                m.readSlice(Axis.Z, z, s);
                for (float f : s) {
                    assertEquals(z < 4 ? 30 : 220, f, 0, "slice " + z);
                }
            }
        }
    }
}
