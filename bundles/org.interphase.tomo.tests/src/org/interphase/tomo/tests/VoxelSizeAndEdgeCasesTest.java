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

import org.interphase.model.InterphaseFactory;
import org.interphase.model.TomographyVolume;
import org.interphase.tomo.api.ArrayVolume;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.Segmentation;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.VolumeStats;
import org.interphase.tomo.api.Volumes;
import org.interphase.tomo.api.VoxelSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Voxel size from TIFF resolution tags and ImageJ descriptions; NaN voxels; user-set voxel size. */
class VoxelSizeAndEdgeCasesTest {

    @TempDir
    Path dir;

    /** Writes a 1-page uint8 TIFF with XResolution {@code num/den}, a ResolutionUnit and a description. */
    Path tiffWithResolution(String name, long num, long den, int unit, String description) throws Exception {
        return tiffWithResolution(name, num, den, num, den, unit, description);
    }

    /** As above with separate X and Y resolutions. */
    Path tiffWithResolution(String name, long num, long den, long ynum, long yden, int unit, String description)
            throws Exception {
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
                    new long[][] { { ynum, yden } }));
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
    void anisotropicVoxelsFromTiffMetaImageAndModel() throws Exception {
        // XResolution 2/µm, YResolution 1/µm, ImageJ spacing 3 µm: 0.5 x 1 x 3 µm
        try (Volume v = Volumes.open(tiffWithResolution("aniso.tif", 2, 1, 1, 1, BaselineTIFFTagSet.RESOLUTION_UNIT_NONE,
                "ImageJ=1.54f\nunit=micron\nspacing=3.0\n"))) {
            assertEquals(new VoxelSize(0.5, 1, 3), v.voxelSize().orElseThrow());
            assertEquals(0.5, v.voxelSizeUm().orElseThrow(), 1e-12);
        }
        // without spacing the stack is taken as cubic in z (z = x)
        try (Volume v = Volumes.open(tiffWithResolution("cm2.tif", 20000, 1, BaselineTIFFTagSet.RESOLUTION_UNIT_CENTIMETER, null))) {
            assertEquals(VoxelSize.isotropic(0.5), v.voxelSize().orElseThrow());
        }
        // MetaImage ElementSpacing x y z in mm
        Synth.writeRaw(dir.resolve("a.raw"), 3, 4, 5, DataType.UINT8, java.nio.ByteOrder.LITTLE_ENDIAN, 0);
        Path mhd = java.nio.file.Files.writeString(dir.resolve("a.mhd"), "ObjectType = Image\nNDims = 3\nDimSize = 5 4 3\n"
                + "ElementType = MET_UCHAR\nElementSpacing = 0.0005 0.0005 0.001\nElementDataFile = a.raw\n");
        try (Volume v = Volumes.open(mhd)) {
            VoxelSize s = v.voxelSize().orElseThrow();
            assertEquals(0.5, s.x(), 1e-12);
            assertEquals(0.5, s.y(), 1e-12);
            assertEquals(1.0, s.z(), 1e-12);
            assertEquals(3, v.sizeZ());
        }
        // model rule: per-axis attributes win, 0 falls back to the single voxelSizeUm (files of session 1)
        TomographyVolume old = InterphaseFactory.eINSTANCE.createTomographyVolume();
        assertTrue(VoxelSize.of(old).isEmpty());
        old.setVoxelSizeUm(2);
        assertEquals(VoxelSize.isotropic(2), VoxelSize.of(old).orElseThrow());
        old.setVoxelSizeZUm(4);
        assertEquals(new VoxelSize(2, 2, 4), VoxelSize.of(old).orElseThrow());
        new VoxelSize(0.7, 0.8, 0.9).store(old);
        assertEquals(0.7, old.getVoxelSizeUm());
        assertEquals(new VoxelSize(0.7, 0.8, 0.9), VoxelSize.of(old).orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> new VoxelSize(1, 0, 1));
    }

    @Test
    void nonFiniteVoxelsAreIgnoredByStatisticsAndCountAsBelow() throws Exception {
        ArrayVolume v = ArrayVolume.of(2, 3, 4, DataType.FLOAT32,
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
        // the importer registry knows no format for it and names the volume importers to choose with --as
        assertTrue(e.getMessage().startsWith("notes.txt: not a recognised file format"), e.getMessage());
        assertTrue(e.getMessage().contains("tomo:tomo.tiff"), e.getMessage());
        var missing = assertThrows(org.interphase.core.api.ImportException.class, () -> Volumes.open(dir.resolve("gone.tif")));
        assertEquals("gone.tif: no such file or folder", missing.getMessage());
    }
}
