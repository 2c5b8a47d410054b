package org.interphase.tomo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.file.Path;

import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.Volumes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Reference facts of data/README.md §4: the UCL cylindrical-cell slice stack. */
class SharedStackTest {

    @Test
    void stackOpensAsOneUint8Volume() throws Exception {
        try (Volume v = Volumes.open(SharedData.cellVol())) {
            assertEquals(16, v.sizeZ());
            assertEquals(728, v.sizeY());
            assertEquals(728, v.sizeX());
            assertEquals(DataType.UINT8, v.dataType());
            assertEquals(ByteOrder.LITTLE_ENDIAN, v.byteOrder());
            assertTrue(v.voxelSizeUm().isEmpty(), "README: no physical voxel size (XResolution 1/1, unit none)");
        }
    }

    /** Every slice equals what ImageIO reads from its file, pixel for pixel (slice z = file im059+z). */
    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 7, 15 })
    void sliceEqualsImageIoPixels(int z) throws Exception {
        Path file = SharedData.cellVol().resolve(String.format("im%03d.tif", 59 + z));
        int[] expected = SharedData.imageIoPixels(file);
        try (Volume v = Volumes.open(SharedData.cellVol())) {
            float[] slice = new float[v.sliceLength(Axis.Z)];
            v.readSlice(Axis.Z, z, slice);
            for (int i = 0; i < expected.length; i++) {
                if (expected[i] != slice[i]) {
                    throw new AssertionError("voxel " + i + " of slice " + z + ": " + slice[i] + " != " + expected[i]);
                }
            }
        }
    }

    /** README: im059 mean 15.330 max 208, im060 mean 14.832 max 211; im059-im063 means in 14.4-15.3; min 0. */
    @Test
    void perSliceMeansAndMaxima() throws Exception {
        try (Volume v = Volumes.open(SharedData.cellVol())) {
            float[] s = new float[v.sliceLength(Axis.Z)];
            double[] mean = new double[16];
            double[] max = new double[16];
            double min = Double.MAX_VALUE;
            for (int z = 0; z < 16; z++) {
                v.readSlice(Axis.Z, z, s);
                double sum = 0;
                for (float f : s) {
                    sum += f;
                    max[z] = Math.max(max[z], f);
                    min = Math.min(min, f);
                }
                mean[z] = sum / s.length;
            }
            assertEquals(15.330, mean[0], 5e-4);
            assertEquals(208, max[0]);
            assertEquals(14.832, mean[1], 5e-4);
            assertEquals(211, max[1]);
            for (int z = 0; z < 5; z++) {
                assertTrue(mean[z] >= 14.4 - 5e-3 && mean[z] <= 15.3 + 5e-2, "mean of slice " + z + " = " + mean[z]);
            }
            assertTrue(mean[15] > mean[4], "means rise from im064 on");
            assertEquals(0, min);
        }
    }

    /** Orthogonal slices agree with the z slices they cut through. */
    @Test
    void orthogonalSlicesCutTheZSlices() throws Exception {
        try (Volume v = Volumes.open(SharedData.cellVol())) {
            float[] z5 = new float[v.sliceLength(Axis.Z)];
            v.readSlice(Axis.Z, 5, z5);
            float[] xz = new float[v.sliceLength(Axis.Y)];
            v.readSlice(Axis.Y, 300, xz);
            float[] yz = new float[v.sliceLength(Axis.X)];
            v.readSlice(Axis.X, 400, yz);
            for (int i = 0; i < 728; i++) {
                assertEquals(z5[300 * 728 + i], xz[5 * 728 + i]);
                assertEquals(z5[i * 728 + 400], yz[5 * 728 + i]);
            }
        }
    }
}
