package org.interphase.tomo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.model.TomographyVolume;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.VoxelSize;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.Volumes;
import org.interphase.tomo.internal.importers.Hdf5VolumeImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableGroup;

/**
 * HDF5/NeXus volumes written with jHDF's own writer (so the voxels are known exactly): every slice in every
 * orientation equals the generating function for 8/16/32-bit integers and 32/64-bit floats, contiguous and
 * chunked + deflate; the NeXus default signal is preferred over an earlier 3-D dataset; voxel sizes come
 * from the NXdata axes; broken files fail with the file named.
 */
class Hdf5VolumeTest {

    static final int NZ = 6;
    static final int NY = 5;
    static final int NX = 7;

    @TempDir
    Path dir;

    /** Voxel value at (z, y, x) for {@code t}: covers negative values, values above 2^15 and fractions. */
    static double value(DataType t, int z, int y, int x) {
        int i = (z * NY + y) * NX + x;
        return switch (t) {
            case UINT8 -> (i * 7) % 256;
            case INT8 -> (i * 7) % 256 - 128;
            case UINT16 -> (i * 997L) % 65536;
            case INT16 -> (i * 997L) % 65536 - 32768;
            case INT32 -> i * 40_000 - 6_000_000; // multiples of 2^6 stay exact in float up to 2^30
            case UINT32 -> i * 1_000_000L;
            case FLOAT32 -> i * 0.25f - 10;
            case FLOAT64 -> i * 0.5 - 3.25;
        };
    }

    /** A jHDF-writable array of the pattern: unsigned types as their signed bit patterns (+ unsigned option). */
    static Object array(DataType t) {
        return switch (t) {
            case UINT8, INT8 -> {
                byte[][][] a = new byte[NZ][NY][NX];
                fill((z, y, x) -> a[z][y][x] = (byte) (long) value(t, z, y, x));
                yield a;
            }
            case UINT16, INT16 -> {
                short[][][] a = new short[NZ][NY][NX];
                fill((z, y, x) -> a[z][y][x] = (short) (long) value(t, z, y, x));
                yield a;
            }
            case INT32, UINT32 -> {
                int[][][] a = new int[NZ][NY][NX];
                fill((z, y, x) -> a[z][y][x] = (int) (long) value(t, z, y, x));
                yield a;
            }
            case FLOAT32 -> {
                float[][][] a = new float[NZ][NY][NX];
                fill((z, y, x) -> a[z][y][x] = (float) value(t, z, y, x));
                yield a;
            }
            case FLOAT64 -> {
                double[][][] a = new double[NZ][NY][NX];
                fill((z, y, x) -> a[z][y][x] = value(t, z, y, x));
                yield a;
            }
        };
    }

    interface Voxel {
        void set(int z, int y, int x);
    }

    static void fill(Voxel v) {
        for (int z = 0; z < NZ; z++) {
            for (int y = 0; y < NY; y++) {
                for (int x = 0; x < NX; x++) {
                    v.set(z, y, x);
                }
            }
        }
    }

    static boolean unsigned(DataType t) {
        return t == DataType.UINT8 || t == DataType.UINT16 || t == DataType.UINT32;
    }

    static Stream<Arguments> typesAndLayouts() {
        return Arrays.stream(DataType.values()).flatMap(t -> Stream.of(Arguments.of(t, false), Arguments.of(t, true)));
    }

    static void assertPattern(Volume v, DataType t) throws IOException {
        assertEquals(List.of(NZ, NY, NX), List.of(v.sizeZ(), v.sizeY(), v.sizeX()));
        assertEquals(t, v.dataType());
        for (Axis axis : Axis.values()) {
            float[] s = new float[v.sliceLength(axis)];
            int[] shape = v.sliceShape(axis);
            for (int i = 0; i < v.size(axis); i++) {
                v.readSlice(axis, i, s);
                for (int r = 0; r < shape[0]; r++) {
                    for (int c = 0; c < shape[1]; c++) {
                        double expected = switch (axis) {
                            case Z -> value(t, i, r, c);
                            case Y -> value(t, r, i, c);
                            case X -> value(t, r, c, i);
                        };
                        int at = r * shape[1] + c;
                        assertEquals((float) expected, s[at], () -> t + " " + axis + " slice voxel " + at);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}, chunked = {1}")
    @MethodSource("typesAndLayouts")
    void everyTypeAndLayoutReadsExactly(DataType t, boolean chunked) throws Exception {
        Path f = dir.resolve("v.h5");
        DatasetCreationOptions.Builder o = DatasetCreationOptions.builder();
        if (unsigned(t)) {
            o.unsigned();
        }
        if (chunked) {
            o.chunkDimensions(4, 2, 3).deflate(); // chunks straddle the edges: partial chunks are read too
        }
        try (WritableHdfFile w = HdfFile.write(f)) {
            w.putGroup("scan").putDataset("recon", array(t), o.build());
        }
        try (Volume v = Volumes.open(f)) {
            assertPattern(v, t);
            assertTrue(v.description().contains("/scan/recon"), v.description());
            assertTrue(v.description().contains(chunked ? "chunked" : "contiguous"), v.description());
            assertTrue(v.voxelSize().isEmpty());
        }
    }

    /** A NeXus file: an earlier 3-D dataset that is not the signal, NXdata with axes in mm and µm. */
    private Path nexus() throws IOException {
        Path f = dir.resolve("scan.nxs");
        try (WritableHdfFile w = HdfFile.write(f)) {
            w.putGroup("aaa").putDataset("dark", new short[2][3][4]); // first in file order, but not the signal
            w.putAttribute("default", "entry");
            WritableGroup entry = w.putGroup("entry");
            entry.putAttribute("NX_class", "NXentry");
            entry.putAttribute("default", "data");
            WritableGroup data = entry.putGroup("data");
            data.putAttribute("NX_class", "NXdata");
            data.putAttribute("signal", "volume");
            data.putAttribute("axes", new String[] { "z", "y", "x" });
            data.putDataset("volume", array(DataType.UINT16), DatasetCreationOptions.builder().unsigned().build());
            data.putDataset("z", new double[] { 0, 0.0013, 0.0026, 0.0039, 0.0052, 0.0065 }).putAttribute("units", "mm");
            data.putDataset("y", new double[] { 10, 10.65, 11.3, 11.95, 12.6 }).putAttribute("units", "um");
            data.putDataset("x", new double[] { 0, 0.65, 1.3, 1.95, 2.6, 3.25, 3.9 }).putAttribute("units", "um");
        }
        return f;
    }

    @Test
    void nexusDefaultSignalAndAxesGiveVolumeAndAnisotropicVoxelSize() throws Exception {
        Path f = nexus();
        try (Volume v = Volumes.open(f)) {
            assertPattern(v, DataType.UINT16);
            VoxelSize s = v.voxelSize().orElseThrow();
            assertEquals(0.65, s.x(), 1e-12);
            assertEquals(0.65, s.y(), 1e-12);
            assertEquals(1.3, s.z(), 1e-12); // 0.0013 mm
            assertEquals(0.65, v.voxelSizeUm().getAsDouble(), 1e-12);
        }
        Map<String, Object> json = org.interphase.tomo.api.TomoCommands.tomoProfile(
                List.of(f.toString(), "--dataset", "/entry/data/volume", "--threshold", "30000"));
        assertEquals("/entry/data/volume", json.get("dataset"));
        assertEquals(List.of(NZ, NY, NX), json.get("dims"));
        long above = 0;
        for (int i = 0; i < NZ * NY * NX; i++) {
            above += value(DataType.UINT16, 0, 0, i) > 30000 ? 1 : 0;
        }
        assertEquals((double) above / (NZ * NY * NX), (Double) json.get("fractionAbove"), 1e-15);
        try (Volume dark = Volumes.open(f, "/aaa/dark")) {
            assertEquals(List.of(2, 3, 4), List.of(dark.sizeZ(), dark.sizeY(), dark.sizeX()));
            assertEquals(DataType.INT16, dark.dataType());
        }
    }

    @Test
    void withoutNexusTheFirst3dNumericDatasetIsTaken() throws Exception {
        Path f = dir.resolve("plain.h5");
        try (WritableHdfFile w = HdfFile.write(f)) {
            w.putDataset("image", new float[4][4]); // 2-D: skipped
            WritableGroup g = w.putGroup("g");
            g.putDataset("vol", array(DataType.FLOAT64));
            g.putAttribute("note", "no NeXus here");
            w.putDataset("zlast", array(DataType.INT8));
        }
        try (Volume v = Volumes.open(f)) {
            assertPattern(v, DataType.FLOAT64);
        }
        try (Volume v = Volumes.openHdf5(f, "/zlast")) {
            assertPattern(v, DataType.INT8);
        }
        ImportException twoD = assertThrows(ImportException.class, () -> Volumes.openHdf5(f, "/image"));
        assertTrue(twoD.getMessage().contains("3-D"), twoD.getMessage());
        ImportException missing = assertThrows(ImportException.class, () -> Volumes.openHdf5(f, "/nope"));
        assertTrue(missing.getMessage().contains("plain.h5") && missing.getMessage().contains("/g/vol"),
                missing.getMessage());
    }

    @Test
    void importerDetectsBySignatureAndReportsFacts() throws Exception {
        Path f = nexus();
        Path renamed = dir.resolve("no-extension");
        Files.copy(f, renamed);
        Hdf5VolumeImporter importer = new Hdf5VolumeImporter();
        assertEquals(0.9, importer.detect(FileProbe.of(renamed)), 1e-12);
        Path text = Files.writeString(dir.resolve("t.h5"), "not hdf5");
        assertTrue(importer.detect(FileProbe.of(text)) < 0.5);
        Imported imp = importer.read(renamed);
        Map<String, Object> facts = imp.facts();
        assertEquals(List.of(NZ, NY, NX), facts.get("dims"));
        assertEquals("uint16", facts.get("dtype"));
        assertEquals("little", facts.get("endianness"));
        assertEquals("/entry/data/volume", facts.get("dataset"));
        assertEquals(List.of("/aaa/dark", "/entry/data/volume"), facts.get("volumes"));
        assertEquals(List.of(0.65, 0.65, 1.3), ((List<?>) facts.get("voxelSizeXyzUm")).stream()
                .map(o -> Math.round((Double) o * 1e9) / 1e9).toList());
        long max = 0;
        for (int i = 0; i < NZ * NY * NX; i++) {
            max = Math.max(max, (long) value(DataType.UINT16, 0, 0, i));
        }
        assertEquals(max, facts.get("max"));
        Imported viaRegistry = org.interphase.core.api.Importers.read(renamed); // content detection, no extension
        assertEquals("HDF5", viaRegistry.format());
        assertEquals("tomo.hdf5", viaRegistry.measurements().get(0).getImporterId());
        TomographyVolume m = (TomographyVolume) imp.measurements().get(0);
        assertEquals(1.3, m.getVoxelSizeZUm(), 1e-12);
        assertEquals(0.65, m.getVoxelSizeUm(), 1e-12);
        assertEquals(ByteOrder.LITTLE_ENDIAN, m.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void truncatedCorruptAndVolumelessFilesGiveClearErrors() throws Exception {
        Path f = dir.resolve("whole.h5");
        try (WritableHdfFile w = HdfFile.write(f)) {
            w.putDataset("vol", array(DataType.FLOAT32));
        }
        byte[] all = Files.readAllBytes(f);
        Path cut = Files.write(dir.resolve("cut.h5"), Arrays.copyOf(all, all.length - 200));
        ImportException e1 = assertThrows(ImportException.class, () -> Volumes.open(cut));
        assertTrue(e1.getMessage().startsWith("cut.h5") && e1.getMessage().contains("truncated"), e1.getMessage());

        Path head = Files.write(dir.resolve("head.h5"), Arrays.copyOf(all, 40));
        ImportException e2 = assertThrows(ImportException.class, () -> new Hdf5VolumeImporter().read(head));
        assertTrue(e2.getMessage().startsWith("head.h5"), e2.getMessage());

        byte[] garbage = all.clone();
        for (int i = 8; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 31);
        }
        Path bad = Files.write(dir.resolve("bad.h5"), garbage);
        ImportException e3 = assertThrows(ImportException.class, () -> Volumes.open(bad));
        assertTrue(e3.getMessage().startsWith("bad.h5") && e3.getMessage().contains("HDF5"), e3.getMessage());

        Path flat = dir.resolve("flat.h5");
        try (WritableHdfFile w = HdfFile.write(flat)) {
            w.putDataset("image", new short[8][8]);
            w.putDataset("stack4d", new byte[2][2][2][2]);
        }
        ImportException e4 = assertThrows(ImportException.class, () -> Volumes.open(flat));
        assertTrue(e4.getMessage().startsWith("flat.h5") && e4.getMessage().contains("no 3-D numeric dataset"),
                e4.getMessage());
    }
}
