package org.interphase.tomo.tests;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.PhaseProfile;
import org.interphase.tomo.api.RawLayout;
import org.interphase.tomo.api.Segmentation;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.Volumes;

/**
 * Speed benchmark of the hot paths in issue 6 (not a test; timings never gate the build). Run from the
 * repository root after a build:
 *
 * <pre>
 * java -Xmx1g -cp bundles/org.interphase.tomo/target/classes:bundles/org.interphase.core/target/classes:\
 * bundles/org.interphase.tomo.tests/target/classes org.interphase.tomo.tests.TomoBenchmark /path/to/scratch
 * </pre>
 *
 * It writes one 2 GiB uint16 file (random voxels, not sparse), reads it as 1024^3 and as 2048 x 2048 x 256,
 * prints medians of 5 runs and deletes the file.
 */
public final class TomoBenchmark {

    private TomoBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"));
        Path f = dir.resolve("tomo-benchmark-2GiB.raw");
        long size = 2L * 1024 * 1024 * 1024;
        write(f, size);
        try {
            double copyGbs = bandwidth();
            System.out.printf("memory bandwidth (streaming copy of a 256 MiB long[], read+write counted): median %.2f GB/s%n",
                    copyGbs);
            RawLayout big = new RawLayout(2048, 2048, 256, DataType.UINT16, ByteOrder.LITTLE_ENDIAN);
            double[] first = new double[5];
            for (int r = 0; r < 5; r++) {
                long t0 = System.nanoTime();
                try (Volume v = Volumes.openRaw(f, big)) {
                    v.readSlice(Axis.Z, 128 + r, new float[v.sliceLength(Axis.Z)]);
                }
                first[r] = (System.nanoTime() - t0) / 1e6;
            }
            System.out.printf("2 GiB uint16: open + first 2048x2048 slice: median %.1f ms%n", median(first));
            try (Volume v = Volumes.openRaw(f, big)) {
                float[] s = new float[v.sliceLength(Axis.Z)];
                double[] rate = new double[5];
                for (int r = 0; r < 5; r++) {
                    long t0 = System.nanoTime();
                    for (int z = 0; z < 256; z++) {
                        v.readSlice(Axis.Z, z, s);
                    }
                    rate[r] = 256 / ((System.nanoTime() - t0) / 1e9);
                }
                System.out.printf("scrolling 2048x2048 uint16 slices: median %.0f slices/s%n", median(rate));
            }
            RawLayout cube = new RawLayout(1024, 1024, 1024, DataType.UINT16, ByteOrder.LITTLE_ENDIAN);
            try (Volume v = Volumes.openRaw(f, cube)) {
                for (Axis a : new Axis[] { Axis.Y, Axis.X }) {
                    float[] s = new float[v.sliceLength(a)];
                    v.readSlice(a, 0, s); // warm-up
                    double[] ms = new double[5];
                    for (int r = 0; r < 5; r++) {
                        long t0 = System.nanoTime();
                        v.readSlice(a, 100 + 200 * r, s);
                        ms[r] = (System.nanoTime() - t0) / 1e6;
                    }
                    double m = median(ms);
                    // bytes the reslice must move at least: 1024 x 1024 uint16 read + 1024 x 1024 float written
                    double bytes = 1024.0 * 1024 * (2 + 4);
                    System.out.printf("1024^3 uint16 %s reslice (warm): median %.1f ms = %.2f GB/s effective"
                            + " (%.0f %% of the copy bandwidth; the copy would need %.2f ms)%n", a == Axis.Y ? "XZ" : "YZ",
                            m, bytes / (m * 1e6), 100 * bytes / (m * 1e6) / copyGbs, bytes / (copyGbs * 1e6));
                }
            }
            RawLayout gib = new RawLayout(1024, 1024, 512, DataType.UINT16, ByteOrder.LITTLE_ENDIAN);
            try (Volume v = Volumes.openRaw(f, gib)) {
                double[] ms = new double[5];
                for (int r = 0; r < 5; r++) {
                    long t0 = System.nanoTime();
                    double t = Segmentation.otsuThreshold(v);
                    PhaseProfile p = Segmentation.fractionProfile(v, Axis.Z, t);
                    ms[r] = (System.nanoTime() - t0) / 1e6;
                    if (r == 0) {
                        System.out.printf("  (Otsu threshold %.0f, fraction above %.4f)%n", t, p.overallFraction(1));
                    }
                }
                System.out.printf("Otsu + fraction profile over 1 GiB uint16 (%d cores): median %.0f ms%n",
                        Runtime.getRuntime().availableProcessors(), median(ms));
            }
        } finally {
            Files.deleteIfExists(f);
        }
    }

    private static void write(Path f, long size) throws IOException {
        Random rnd = new Random(1);
        ByteBuffer chunk = ByteBuffer.allocate(1 << 24).order(ByteOrder.LITTLE_ENDIAN);
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(0);
            for (long written = 0; written < size; written += chunk.capacity()) {
                chunk.clear();
                while (chunk.hasRemaining()) { // two phases: dark ~ 12000, bright ~ 40000
                    chunk.putShort((short) (rnd.nextInt(8) == 0 ? 40000 + rnd.nextInt(4000) : 12000 + rnd.nextInt(4000)));
                }
                raf.write(chunk.array());
            }
        }
    }

    private static double bandwidth() {
        long[] a = new long[1 << 25];
        long[] b = new long[1 << 25];
        Arrays.fill(a, 1);
        double[] gbs = new double[5];
        for (int r = 0; r < 5; r++) {
            long t0 = System.nanoTime();
            System.arraycopy(a, 0, b, 0, a.length);
            gbs[r] = 2.0 * 8 * a.length / (System.nanoTime() - t0);
        }
        return median(gbs);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
