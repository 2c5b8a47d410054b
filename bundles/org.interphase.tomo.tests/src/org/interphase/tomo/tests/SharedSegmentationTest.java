package org.interphase.tomo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.interphase.core.api.Imported;
import org.interphase.core.api.Importer;
import org.interphase.core.api.Importers;
import org.interphase.model.TomographyVolume;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.Segmentation;
import org.interphase.tomo.api.TomoCommands;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.VolumeStats;
import org.interphase.tomo.api.Volumes;
import org.junit.jupiter.api.Test;

/**
 * Otsu and fractions on the shared data compared with an independent computation: the pixels are read
 * with plain {@code ImageIO.read} per file, the histogram is counted in the test and Otsu's threshold is
 * found by brute-force minimisation of the within-class variance ({@link SegmentationTest#bruteForceOtsuBin}).
 */
class SharedSegmentationTest {

    static int[][] stackPixelsViaImageIo() throws Exception {
        int[][] slices = new int[16][];
        for (int z = 0; z < 16; z++) {
            slices[z] = SharedData.imageIoPixels(SharedData.cellVol().resolve(String.format("im%03d.tif", 59 + z)));
        }
        return slices;
    }

    @Test
    void stackOtsuAndProfileMatchIndependentComputation() throws Exception {
        int[][] px = stackPixelsViaImageIo();
        long[] h = new long[256];
        for (int[] s : px) {
            for (int v : s) {
                h[v]++;
            }
        }
        int expectedT = SegmentationTest.bruteForceOtsuBin(h);
        try (Volume v = Volumes.open(SharedData.cellVol())) {
            double t = Segmentation.otsuThreshold(v);
            assertEquals(expectedT, t, 0);
            double[] f = Segmentation.fractionProfile(v, Axis.Z, t).fractions(1);
            long above = 0;
            for (int z = 0; z < 16; z++) {
                long n = 0;
                for (int p : px[z]) {
                    n += p > expectedT ? 1 : 0;
                }
                above += n;
                assertEquals(n / (728.0 * 728.0), f[z], 1e-15, "slice " + z);
            }
            Map<String, Object> out = TomoCommands.tomoProfile(List.of(SharedData.cellVol().toString()));
            assertEquals((double) expectedT, out.get("threshold"));
            assertEquals(above / (16 * 728.0 * 728.0), (double) out.get("fractionAbove"), 1e-15);
            assertEquals(16, ((List<?>) out.get("perSliceFractionAbove")).size());
            System.out.printf("cell_vol: Otsu threshold %d, fraction above %.6f%n", expectedT, above / (16 * 728.0 * 728.0));
        }
    }

    /** README: im_1.tif 576x576 uint16 little-endian, min 0, max 65535, mean 27307.04, 95.46 % non-zero. */
    @Test
    void im1Facts() throws Exception {
        Path f = SharedData.ucl().resolve("im_1.tif");
        try (Volume v = Volumes.open(f)) {
            assertEquals(1, v.sizeZ());
            assertEquals(576, v.sizeY());
            assertEquals(576, v.sizeX());
            assertEquals(DataType.UINT16, v.dataType());
            assertEquals(ByteOrder.LITTLE_ENDIAN, v.byteOrder());
            VolumeStats s = Segmentation.stats(v);
            assertEquals(0, s.min());
            assertEquals(65535, s.max());
            assertEquals(27307.04, s.mean(), 5e-3);
            double nonZero = Segmentation.fractionProfile(v, Axis.Z, 0).overallFraction(1);
            assertEquals(0.9546, nonZero, 5e-5);
            int[] direct = SharedData.imageIoPixels(f);
            float[] slice = new float[576 * 576];
            v.readSlice(Axis.Z, 0, slice);
            for (int i = 0; i < direct.length; i++) {
                assertEquals(direct[i], slice[i], 0);
            }
        }
    }

    /** README: mask_1.tif 576x576 uint8 big-endian ImageJ TIFF, values {0,255}, 76,433 non-zero (23.038 %). */
    @Test
    void mask1Facts() throws Exception {
        try (Volume v = Volumes.open(SharedData.ucl().resolve("mask_1.tif"))) {
            assertEquals(DataType.UINT8, v.dataType());
            assertEquals(ByteOrder.BIG_ENDIAN, v.byteOrder());
            assertEquals(576, v.sizeX());
            assertEquals(576, v.sizeY());
            long[] h = Segmentation.histogram(v).counts();
            assertEquals(331776 - 76433, h[0]);
            assertEquals(76433, h[255]);
            double t = Segmentation.otsuThreshold(v);
            assertEquals(0, t, 0, "two values: Otsu puts 0 below and 255 above");
            assertEquals(76433 / 331776.0, Segmentation.fractionProfile(v, Axis.Z, t).overallFraction(1), 1e-15);
            assertEquals(0.23038, 76433 / 331776.0, 5e-6);
        }
    }

    @Test
    void importersAreRegisteredServicesAndFillTheModel() throws Exception {
        List<String> ids = Importers.all().stream().map(Importer::id).toList();
        assertTrue(ids.contains("tomo.tiff") && ids.contains("tomo.metaimage") && ids.contains("tomo.hdf5"),
                "registered: " + ids);
        Importer tiff = Importers.all().stream().filter(i -> i.id().equals("tomo.tiff")).findFirst().orElseThrow();

        Imported stack = tiff.read(SharedData.cellVol());
        assertEquals(List.of(16, 728, 728), stack.facts().get("dims"));
        assertEquals("uint8", stack.facts().get("dtype"));
        assertEquals("little", stack.facts().get("endianness"));
        assertTrue(!stack.facts().containsKey("voxelSizeUm"));
        assertEquals(0L, stack.facts().get("min"));
        TomographyVolume m = (TomographyVolume) stack.measurements().get(0);
        assertEquals(728, m.getSizeX());
        assertEquals(728, m.getSizeY());
        assertEquals(16, m.getSizeZ());
        assertEquals("uint8", m.getDataType());
        assertEquals(false, m.isBigEndian());
        assertEquals(0, m.getVoxelSizeUm());
        assertEquals("slices im059.tif .. im074.tif", m.getSourceEntry());

        Path maskFile = SharedData.ucl().resolve("mask_1.tif");
        Imported mask = Importers.read(maskFile); // detection through the service registry
        assertEquals("big", mask.facts().get("endianness"));
        assertEquals(255L, mask.facts().get("max"));
        assertEquals(76433 * 255.0 / 331776, (double) mask.facts().get("mean"), 1e-9);
        TomographyVolume mm = (TomographyVolume) mask.measurements().get(0);
        assertTrue(mm.isBigEndian());
        assertEquals("tomo.tiff", mm.getImporterId());
        assertEquals(64, mm.getSha256().length());
    }
}
