package org.interphase.tomo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.Raster;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.interphase.tomo.api.ArrayVolume;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.Progress;
import org.interphase.tomo.api.Roi;
import org.interphase.tomo.api.Segmentation;
import org.interphase.tomo.api.TiffExport;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.Volumes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slices as 16-bit TIFF and masks as multi-page 8-bit TIFF, read back with plain ImageIO and compared. */
class TiffExportTest {

    @TempDir
    Path dir;

    @Test
    void sliceOfTheSharedStackIsWrittenExactly() throws Exception {
        try (Volume v = Volumes.open(SharedData.cellVol())) {
            for (Axis axis : Axis.values()) {
                Path f = dir.resolve("slice_" + axis.id() + ".tif");
                int index = axis == Axis.Z ? 7 : 300;
                TiffExport.Scaling s = TiffExport.writeSlice16(v, axis, index, f);
                assertEquals(new TiffExport.Scaling(0, 1), s, "uint8 data is written unscaled");
                Raster r = ImageIO.read(f.toFile()).getRaster();
                assertEquals(16, r.getSampleModel().getSampleSize(0));
                int[] shape = v.sliceShape(axis);
                assertEquals(shape[1], r.getWidth());
                assertEquals(shape[0], r.getHeight());
                float[] expected = new float[v.sliceLength(axis)];
                v.readSlice(axis, index, expected);
                int[] got = r.getSamples(0, 0, r.getWidth(), r.getHeight(), 0, (int[]) null);
                for (int i = 0; i < got.length; i++) {
                    assertEquals(expected[i], got[i], axis + " voxel " + i);
                }
            }
        }
    }

    @Test
    void floatSlicesAreScaledAndTheScaleRecovered() throws Exception {
        ArrayVolume v = ArrayVolume.of(2, 3, 4, DataType.FLOAT32, (z, y, x) -> -1.5f + 0.25f * (y * 4 + x));
        Path f = dir.resolve("float.tif");
        TiffExport.Scaling s = TiffExport.writeSlice16(v, Axis.Z, 1, f);
        assertEquals(-1.5, s.lower(), 0);
        assertEquals(2.75 / 65535, s.scale(), 1e-15);
        int[] got = ImageIO.read(f.toFile()).getRaster().getSamples(0, 0, 4, 3, 0, (int[]) null);
        assertEquals(0, got[0]);
        assertEquals(65535, got[11]);
        for (int i = 0; i < 12; i++) {
            assertEquals(-1.5 + 0.25 * i, s.value(got[i]), s.scale() / 2 + 1e-12);
        }
    }

    @Test
    void maskIsOnePagePerSliceWithThePhases() throws Exception {
        try (Volume v = Volumes.open(SharedData.cellVol())) {
            Path f = dir.resolve("mask.tif");
            double[] t = Segmentation.multiOtsuThresholds(v, 3);
            Roi roi = new Roi.Cylinder(364, 364, 300);
            TiffExport.writeMask(v, t, roi, f, Progress.NONE);
            boolean[] in = roi.footprint(728, 728);
            float[] s = new float[728 * 728];
            try (ImageInputStream stream = ImageIO.createImageInputStream(f.toFile())) {
                ImageReader reader = ImageIO.getImageReaders(stream).next();
                reader.setInput(stream);
                assertEquals(16, reader.getNumImages(true));
                long[] counts = new long[256];
                for (int z = 0; z < 16; z++) {
                    Raster r = reader.read(z).getRaster();
                    assertEquals(8, r.getSampleModel().getSampleSize(0));
                    v.readSlice(Axis.Z, z, s);
                    int[] got = r.getSamples(0, 0, 728, 728, 0, (int[]) null);
                    for (int i = 0; i < got.length; i++) {
                        int phase = s[i] > t[1] ? 2 : s[i] > t[0] ? 1 : 0;
                        assertEquals(in[i] ? phase * 127 : 0, got[i]);
                        counts[got[i]]++;
                    }
                }
                reader.dispose();
                assertTrue(counts[254] > 0 && counts[127] > 0, "all three phases present");
            }
        }
    }
}
