package org.interphase.tomo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.interphase.core.api.ImportException;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.RawLayout;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.Volumes;
import org.interphase.tomo.internal.io.ZSliceVolume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Synthetic raw, MetaImage and TIFF volumes: every slice orientation equals the generating function. */
class VolumeSourcesTest {

    static final int NZ = 5;
    static final int NY = 7;
    static final int NX = 11;

    @TempDir
    Path dir;

    static Stream<Arguments> typesAndOrders() {
        return Stream.of(DataType.UINT8, DataType.UINT16, DataType.FLOAT32).flatMap(t -> Stream.of(Arguments.of(t, ByteOrder.LITTLE_ENDIAN),
                Arguments.of(t, ByteOrder.BIG_ENDIAN)));
    }

    /** Checks all slices in all three orientations against {@link Synth#pattern}. */
    static void assertPattern(Volume v, DataType t) throws IOException {
        assertEquals(NZ, v.sizeZ());
        assertEquals(NY, v.sizeY());
        assertEquals(NX, v.sizeX());
        assertEquals(t, v.dataType());
        for (Axis axis : Axis.values()) {
            float[] s = new float[v.sliceLength(axis)];
            for (int i = 0; i < v.size(axis); i++) {
                v.readSlice(axis, i, s);
                int[] shape = v.sliceShape(axis);
                for (int r = 0; r < shape[0]; r++) {
                    for (int c = 0; c < shape[1]; c++) {
                        float expected = switch (axis) {
                            case Z -> Synth.pattern(t, i, r, c);
                            case Y -> Synth.pattern(t, r, i, c);
                            case X -> Synth.pattern(t, r, c, i);
                        };
                        assertEquals(expected, s[r * shape[1] + c], () -> axis + " slice mismatch");
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("typesAndOrders")
    void rawWithHeaderOffset(DataType t, ByteOrder order) throws Exception {
        Path f = dir.resolve("v.raw");
        Synth.writeRaw(f, NZ, NY, NX, t, order, 37);
        try (Volume v = Volumes.openRaw(f, new RawLayout(NX, NY, NZ, t, order, 37, java.util.OptionalDouble.empty()))) {
            assertEquals(order, v.byteOrder());
            assertPattern(v, t);
        }
    }

    @ParameterizedTest
    @MethodSource("typesAndOrders")
    void multiPageTiffBothByteOrders(DataType t, ByteOrder order) throws Exception {
        Path f = dir.resolve("v.tif");
        Synth.writeTiff(f, NZ, NY, NX, t, order);
        byte[] head = Arrays.copyOf(Files.readAllBytes(f), 2);
        assertEquals(order == ByteOrder.BIG_ENDIAN ? "MM" : "II", new String(head, "US-ASCII"), "writer byte order");
        try (Volume v = Volumes.open(f)) {
            assertEquals(order, v.byteOrder());
            assertPattern(v, t);
        }
    }

    @ParameterizedTest
    @MethodSource("typesAndOrders")
    void tiffFolderStack(DataType t, ByteOrder order) throws Exception {
        Path stack = Files.createDirectory(dir.resolve("stack"));
        for (int z = 0; z < NZ; z++) { // names sort naturally, not lexically: s9 before s10
            javax.imageio.ImageWriter w = javax.imageio.ImageIO.getImageWritersByFormatName("tiff").next();
            Path target = stack.resolve("s" + (8 + z) + ".tif");
            try (javax.imageio.stream.ImageOutputStream out = javax.imageio.ImageIO.createImageOutputStream(target.toFile())) {
                w.setOutput(out);
                w.write(Synth.streamMetadata(w, order), new javax.imageio.IIOImage(Synth.image(t, z, NY, NX), null, null), null);
            } finally {
                w.dispose();
            }
        }
        try (Volume v = Volumes.open(stack)) {
            assertEquals(order, v.byteOrder());
            assertPattern(v, t);
        }
    }

    @Test
    void metaImageDetachedAndLocal() throws Exception {
        Synth.writeRaw(dir.resolve("v.raw"), NZ, NY, NX, DataType.UINT16, ByteOrder.BIG_ENDIAN, 0);
        Files.writeString(dir.resolve("v.mhd"), """
                ObjectType = Image
                NDims = 3
                BinaryData = True
                BinaryDataByteOrderMSB = True
                DimSize = 11 7 5
                ElementSpacing = 0.0015 0.0015 0.003
                ElementType = MET_USHORT
                ElementDataFile = v.raw
                """);
        try (Volume v = Volumes.open(dir.resolve("v.mhd"))) {
            assertPattern(v, DataType.UINT16);
            assertEquals(1.5, v.voxelSizeUm().orElseThrow(), 1e-12, "ElementSpacing in mm");
        }
        // .mha: the same voxels right after the header
        byte[] header = """
                NDims = 3
                DimSize = 11 7 5
                ElementType = MET_USHORT
                BinaryDataByteOrderMSB = True
                ElementDataFile = LOCAL
                """.getBytes("US-ASCII");
        byte[] voxels = Files.readAllBytes(dir.resolve("v.raw"));
        byte[] all = Arrays.copyOf(header, header.length + voxels.length);
        System.arraycopy(voxels, 0, all, header.length, voxels.length);
        Files.write(dir.resolve("w.mha"), all);
        try (Volume v = Volumes.open(dir.resolve("w.mha"))) {
            assertPattern(v, DataType.UINT16);
            assertTrue(v.voxelSizeUm().isEmpty());
        }
    }

    @Test
    void truncatedRawNamesFileAndSizes() throws Exception {
        Path f = dir.resolve("short.raw");
        Files.write(f, new byte[1000]);
        ImportException e = assertThrows(ImportException.class,
                () -> Volumes.openRaw(f, new RawLayout(10, 10, 11, DataType.UINT8, ByteOrder.LITTLE_ENDIAN)));
        assertEquals("short.raw: truncated: 10 x 10 x 11 uint8 voxels after a 0-byte header need 1100 bytes,"
                + " the file has 1000", e.getMessage());
    }

    @Test
    void wrongDimensionsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new RawLayout(0, 10, 10, DataType.UINT8, ByteOrder.LITTLE_ENDIAN));
        assertThrows(IllegalArgumentException.class,
                () -> new RawLayout(100_000, 100_000, 2, DataType.UINT8, ByteOrder.LITTLE_ENDIAN));
    }

    @Test
    void badMetaImageHeadersNameTheLine() throws Exception {
        Path h = dir.resolve("bad.mhd");
        Files.writeString(h, "NDims = 3\nDimSize = 11 7\nElementType = MET_UCHAR\nElementDataFile = x.raw\n");
        ImportException e = assertThrows(ImportException.class, () -> Volumes.open(h));
        assertEquals("bad.mhd, line 2: DimSize has 2 values, NDims is 3", e.getMessage());

        Files.writeString(h, "NDims = 3\nDimSize = 1 1 1\nElementType = MET_DOUBLE\nElementDataFile = x.raw\n");
        e = assertThrows(ImportException.class, () -> Volumes.open(h));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("MET_DOUBLE is not supported"), e.getMessage());

        Files.writeString(h, "NDims = 3\nDimSize = 1 1 1\nElementType = MET_UCHAR\nElementDataFile = missing.raw\n");
        e = assertThrows(ImportException.class, () -> Volumes.open(h));
        assertEquals("bad.mhd, line 4: data file missing.raw not found", e.getMessage());

        Files.writeString(h, "NDims = 3\nthis is not a header\n");
        e = assertThrows(ImportException.class, () -> Volumes.open(h));
        assertEquals(2, e.line());
    }

    @Test
    void corruptTiffGivesClearErrors() throws Exception {
        Path garbage = dir.resolve("garbage.tif");
        byte[] b = new byte[64];
        b[0] = 'I';
        b[1] = 'I';
        b[2] = 42;
        b[4] = (byte) 200; // first IFD offset beyond the end of the file
        Files.write(garbage, b);
        ImportException e = assertThrows(ImportException.class, () -> Volumes.open(garbage));
        assertTrue(e.getMessage().startsWith("garbage.tif: "), e.getMessage());

        Path notTiff = dir.resolve("text.tif");
        Files.writeString(notTiff, "hello");
        e = assertThrows(ImportException.class, () -> Volumes.openTiff(notTiff));
        assertEquals("text.tif: not a TIFF file (no II*/MM* signature)", e.getMessage());

        // a real slice cut in half (tifffile writes the IFD after the pixels): rejected at open, with the name
        byte[] real = Files.readAllBytes(SharedData.cellVol().resolve("im059.tif"));
        Path cut = dir.resolve("cut.tif");
        Files.write(cut, Arrays.copyOf(real, real.length / 2));
        e = assertThrows(ImportException.class, () -> Volumes.openTiff(cut));
        assertTrue(e.getMessage().startsWith("cut.tif: corrupt or truncated TIFF"), e.getMessage());

        // mask_1.tif cut in half: rejected at open, naming the file and saying "truncated"
        byte[] mask = Files.readAllBytes(SharedData.ucl().resolve("mask_1.tif"));
        Path half = dir.resolve("half.tif");
        Files.write(half, Arrays.copyOf(mask, mask.length / 2));
        e = assertThrows(ImportException.class, () -> Volumes.openTiff(half));
        assertTrue(e.getMessage().startsWith("half.tif: ") && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void stackWithMismatchedSliceNamesTheFile() throws Exception {
        Path stack = Files.createDirectory(dir.resolve("mixed"));
        Synth.writeTiff(stack.resolve("a1.tif"), 1, NY, NX, DataType.UINT8, ByteOrder.LITTLE_ENDIAN);
        Synth.writeTiff(stack.resolve("a2.tif"), 1, NY + 1, NX, DataType.UINT8, ByteOrder.LITTLE_ENDIAN);
        ImportException e = assertThrows(ImportException.class, () -> Volumes.open(stack));
        assertEquals("a2.tif: slice is 11 x 8 uint8 but a1.tif is 11 x 7 uint8", e.getMessage());
        Path empty = Files.createDirectory(dir.resolve("empty"));
        e = assertThrows(ImportException.class, () -> Volumes.open(empty));
        // the registry knows no format for an empty folder; the TIFF-stack reader itself says why
        assertTrue(e.getMessage().startsWith("empty: not a recognised file format"), e.getMessage());
        e = assertThrows(ImportException.class, () -> Volumes.openTiffStack(empty));
        assertEquals("empty: folder holds no .tif/.tiff files", e.getMessage());
    }

    @Test
    void sliceCacheStaysWithinItsBudget() throws Exception {
        Path f = dir.resolve("c.tif");
        Synth.writeTiff(f, 20, 64, 64, DataType.UINT16, ByteOrder.LITTLE_ENDIAN);
        long budget = 3 * 64 * 64 * 2; // three uint16 slices
        try (Volume v = Volumes.open(f, budget)) {
            ZSliceVolume zv = (ZSliceVolume) v;
            float[] s = new float[v.sliceLength(Axis.X)];
            v.readSlice(Axis.X, 5, s); // touches all 20 z slices
            assertTrue(zv.cache().usedBytes() <= budget, "cache holds " + zv.cache().usedBytes());
            assertEquals(Synth.pattern(DataType.UINT16, 19, 63, 5), s[19 * 64 + 63]);
            long misses = zv.cache().misses();
            v.readSlice(Axis.Z, 19, new float[64 * 64]); // most recent: a hit
            assertEquals(misses, zv.cache().misses());
        }
    }
}
