package org.interphase.tomo.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;

import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.Segmentation;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.VolumeStats;
import org.interphase.tomo.api.Volumes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Voxel size from TIFF resolution tags and ImageJ descriptions; NaN voxels; user-set voxel size. */
class VoxelSizeAndEdgeCasesTest {

    @TempDir
    Path dir;

    /** Writes a 1-page uint8 TIFF with XResolution {@code num/den}, a ResolutionUnit and a description. */
    Path tiffWithResolution(String name, long num, long den, int unit, String description) throws Exception {
        ImageWriter w = ImageIO.getImageWritersByFormatName("tiff").next();
        Path f = dir.resolve(name);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(f.toFile())) {
            w.setOutput(out);
            var image = Synth.image(DataType.UINT8, 0, 4, 4);
            IIOMetadata meta = w.getDefaultImageMetadata(new ImageTypeSpecifier(image), w.getDefaultWriteParam());
            TIFFDirectory d = TIFFDirectory.createFromMetadata(meta);
            BaselineTIFFTagSet tags = BaselineTIFFTagSet.getInstance();
            d.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_X_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1,
                    new long[][] { { num, den } }));
            d.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_Y_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1,
                    new long[][] { { num, den } }));
            d.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT), unit));
            if (description != null) {
                d.addTIFFField(new TIFFField(tags.getTag(BaselineTIFFTagSet.TAG_IMAGE_DESCRIPTION), TIFFTag.TIFF_ASCII, 1,
                        new String[] { description }));
            }
            w.write(null, new IIOImage(image, null, d.getAsMetadata()), null);
        } finally {
            w.dispose();
        }
        return f;
    }

    @Test
    void voxelSizeFromResolutionTags() throws Exception {
        // 20000 pixels per cm = 0.5 um per pixel
        try (Volume v = Volumes.open(tiffWithResolution("cm.tif", 20000, 1, BaselineTIFFTagSet.RESOLUTION_UNIT_CENTIMETER, null))) {
            assertEquals(0.5, v.voxelSizeUm().orElseThrow(), 1e-12);
        }
        // ImageJ: unit none, 4 pixels per micron given in the description
        try (Volume v = Volumes.open(tiffWithResolution("ij.tif", 4, 1, BaselineTIFFTagSet.RESOLUTION_UNIT_NONE,
                "ImageJ=1.54f\nunit=micron\n"))) {
            assertEquals(0.25, v.voxelSizeUm().orElseThrow(), 1e-12);
        }
        // unit none without a description: unknown (as in the shared data, XResolution 1/1)
        try (Volume v = Volumes.open(tiffWithResolution("none.tif", 1, 1, BaselineTIFFTagSet.RESOLUTION_UNIT_NONE, null))) {
            assertTrue(v.voxelSizeUm().isEmpty());
        }
        // the user sets one
        try (Volume v = Volumes.withVoxelSize(Volumes.open(SharedData.cellVol()), 3.2)) {
            assertEquals(3.2, v.voxelSizeUm().orElseThrow());
            assertEquals(16, v.sizeZ());
        }
        assertThrows(IllegalArgumentException.class, () -> Volumes.withVoxelSize(null, Double.NaN));
    }

    @Test
    void nonFiniteVoxelsAreIgnoredByStatisticsAndCountAsBelow() throws Exception {
        ArrayVolume v = new ArrayVolume(2, 3, 4, DataType.FLOAT32,
                (z, y, x) -> x == 0 ? Float.NaN : x == 1 ? Float.POSITIVE_INFINITY : z + y);
        VolumeStats s = Segmentation.stats(v);
        assertEquals(12, s.voxels());
        assertEquals(0, s.min());
        assertEquals(3, s.max());
        assertEquals(1.5, s.mean(), 1e-12);
        assertEquals(12, Segmentation.histogram(v).total());
        // above 0.5: finite voxels with z + y >= 1 (5 per column, 2 columns) plus the +inf column (6)
        assertEquals(16, Segmentation.fractionProfile(v, Axis.Z, 0.5).total(1));
        // voids: the finite voxels at or below 0.5 are (0, 0, 2) and (0, 0, 3), one component; NaN is no void
        assertArrayEquals(new long[] { 2 }, Segmentation.labelVoids(v, 0.5).sizes());
    }

    @Test
    void notAVolumeFile() throws Exception {
        Path f = dir.resolve("notes.txt");
        java.nio.file.Files.writeString(f, "x");
        var e = assertThrows(org.interphase.core.api.ImportException.class, () -> Volumes.open(f));
        assertTrue(e.getMessage().startsWith("notes.txt: not a TIFF, TIFF folder, HDF5/NeXus or MetaImage"), e.getMessage());
        var missing = assertThrows(org.interphase.core.api.ImportException.class, () -> Volumes.open(dir.resolve("gone.tif")));
        assertEquals("gone.tif: no such file or folder", missing.getMessage());
    }
}
