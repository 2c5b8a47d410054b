package org.interphase.tomo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.PhaseProfile;
import org.interphase.tomo.api.RawLayout;
import org.interphase.tomo.api.Segmentation;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.Volumes;
import org.interphase.tomo.internal.io.MappedRawVolume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1.5 GiB uint16 raw volume (1024 x 1024 x 768), larger than the test JVM's heap (-Xmx1g), written as
 * a sparse file with a few known features: it opens, shows slices in all three orientations and gives a
 * fraction profile without OutOfMemoryError.
 */
class LargeRawTest {

    static final int NX = 1024;
    static final int NY = 1024;
    static final int NZ = 768;

    @TempDir
    Path dir;

    @Test
    void volumeLargerThanHeap() throws Exception {
        Path f = dir.resolve("big.raw");
        long sliceBytes = 2L * NX * NY;
        long size = sliceBytes * NZ;
        assertTrue(Runtime.getRuntime().maxMemory() < size,
                "heap " + Runtime.getRuntime().maxMemory() + " must be smaller than the file " + size);
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(size); // sparse: the holes read as zeros
            ByteBuffer slice = ByteBuffer.allocate((int) sliceBytes).order(ByteOrder.LITTLE_ENDIAN);
            while (slice.hasRemaining()) {
                slice.putShort((short) 1000);
            }
            raf.seek(100 * sliceBytes); // slice z = 100 all 1000
            raf.write(slice.array());
            ByteBuffer row = ByteBuffer.allocate(2 * NX).order(ByteOrder.LITTLE_ENDIAN);
            while (row.hasRemaining()) {
                row.putShort((short) 3000);
            }
            raf.seek(700 * sliceBytes + 500L * 2 * NX); // row y = 500 of slice z = 700 all 3000
            raf.write(row.array());
            raf.seek(size - 2); // the very last voxel (767, 1023, 1023) = 65535
            raf.write(new byte[] { (byte) 0xFF, (byte) 0xFF });
        }
        long t0 = System.nanoTime();
        try (Volume v = Volumes.openRaw(f, new RawLayout(NX, NY, NZ, DataType.UINT16, ByteOrder.LITTLE_ENDIAN))) {
            long t1 = System.nanoTime();
            assertEquals(2, ((MappedRawVolume) v).chunkCount(), "mapped in chunks below 1 GiB");
            float[] xy = new float[v.sliceLength(Axis.Z)];
            v.readSlice(Axis.Z, 100, xy);
            long t2 = System.nanoTime();
            for (float x : xy) {
                assertEquals(1000, x, 0);
            }
            v.readSlice(Axis.Z, 700, xy);
            assertEquals(3000, xy[500 * NX + 17], 0);
            assertEquals(0, xy[499 * NX + 17], 0);

            float[] xz = new float[v.sliceLength(Axis.Y)];
            long t3 = System.nanoTime();
            v.readSlice(Axis.Y, 500, xz);
            long t4 = System.nanoTime();
            for (int x = 0; x < NX; x++) {
                assertEquals(1000, xz[100 * NX + x], 0);
                assertEquals(3000, xz[700 * NX + x], 0);
                assertEquals(0, xz[300 * NX + x], 0);
            }
            float[] yz = new float[v.sliceLength(Axis.X)];
            v.readSlice(Axis.X, 1023, yz);
            long t5 = System.nanoTime();
            assertEquals(65535, yz[767 * NY + 1023], 0);
            assertEquals(3000, yz[700 * NY + 500], 0);
            assertEquals(1000, yz[100 * NY + 7], 0);
            assertEquals(0, yz[767 * NY + 1022], 0);

            PhaseProfile p = Segmentation.fractionProfile(v, Axis.Z, 500);
            long t6 = System.nanoTime();
            double[] fz = p.fractions(1);
            for (int z = 0; z < NZ; z++) {
                double expected = z == 100 ? 1 : z == 700 ? 1024.0 / (NX * NY) : z == 767 ? 1.0 / (NX * NY) : 0;
                assertEquals(expected, fz[z], 0, "slice " + z);
            }
            assertEquals((long) NX * NY + NX + 1, p.total(1));
            System.out.printf("1.5 GiB raw: open %.1f ms, first XY slice %.1f ms, XZ reslice %.1f ms, YZ reslice %.1f ms,"
                    + " fraction profile %.0f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t4 - t3) / 1e6, (t5 - t4) / 1e6,
                    (t6 - t5) / 1e6);
        }
    }
}
