package org.interphase.tomo.api;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

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

/**
 * Writes slices and segmentation masks as grey-scale TIFF with the JDK's TIFF writer (uncompressed,
 * readable by Fiji, Avizo, tifffile).
 */
public final class TiffExport {

    private TiffExport() {
    }

    /**
     * How a slice was written as 16-bit: {@code value = lower + sample * scale}; integer volumes whose
     * values fit 0..65535 are written as they are (lower 0, scale 1).
     */
    public record Scaling(double lower, double scale) {
        /** The voxel value of a written sample. */
        public double value(int sample) {
            return lower + sample * scale;
        }
    }

    /**
     * Writes slice {@code index} along {@code axis} as a 16-bit TIFF. uint8/uint16 (and other integer data within
     * 0..65535) are written exactly; anything else is mapped linearly from the slice's finite [min, max] onto
     * 0..65535 (non-finite voxels 0), and the mapping is recorded in the ImageDescription
     * ({@code value = lower + sample * scale}).
     */
    public static Scaling writeSlice16(Volume v, Axis axis, int index, Path file) throws IOException {
        int[] shape = v.sliceShape(axis);
        float[] s = new float[shape[0] * shape[1]];
        v.readSlice(axis, index, s);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean integral = true;
        for (float f : s) {
            if (Float.isFinite(f)) {
                min = Math.min(min, f);
                max = Math.max(max, f);
                integral &= f == Math.rint(f);
            } else {
                integral = false;
            }
        }
        Scaling scaling;
        if (integral && min >= 0 && max <= 65535) {
            scaling = new Scaling(0, 1);
        } else if (min <= max) {
            scaling = new Scaling(min, max > min ? (max - min) / 65535 : 1);
        } else {
            scaling = new Scaling(0, 1);
        }
        BufferedImage img = image(DataBuffer.TYPE_USHORT, shape[1], shape[0]);
        WritableRaster r = img.getRaster();
        for (int y = 0; y < shape[0]; y++) {
            for (int x = 0; x < shape[1]; x++) {
                float f = s[y * shape[1] + x];
                int sample = Float.isFinite(f) ? (int) Math.round((f - scaling.lower()) / scaling.scale()) : 0;
                r.setSample(x, y, 0, Math.max(0, Math.min(65535, sample)));
            }
        }
        String description = String.format(Locale.ROOT, "%s slice %s = %d of %s; value = %s + sample * %s", axis.id().toUpperCase(Locale.ROOT),
                axis.id(), index, v.description(), scaling.lower(), scaling.scale());
        write(file, new BufferedImage[] { img }, description);
        return scaling;
    }

    /**
     * Writes the segmentation of {@code v} by ascending {@code thresholds} as a multi-page 8-bit TIFF, one page
     * per z slice: phase p (p thresholds below the value; "above" means value &gt; threshold) is written as
     * {@code p * (255 / phases - 1)} (0/255 for one threshold, like ImageJ masks); voxels outside {@code roi}
     * as 0 too (the ROI is recorded in the ImageDescription).
     */
    public static void writeMask(Volume v, double[] thresholds, Roi roi, Path file, Progress progress)
            throws IOException {
        int nx = v.sizeX();
        int ny = v.sizeY();
        int step = 255 / thresholds.length;
        boolean[] in = roi.footprint(nx, ny);
        BufferedImage[] pages = new BufferedImage[v.sizeZ()];
        float[] s = new float[nx * ny];
        for (int z = 0; z < v.sizeZ(); z++) {
            v.readSlice(Axis.Z, z, s);
            BufferedImage img = image(DataBuffer.TYPE_BYTE, nx, ny);
            byte[] data = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
            for (int i = 0; i < s.length; i++) {
                if (in == null || in[i]) {
                    int p = 0;
                    while (p < thresholds.length && s[i] > thresholds[p]) {
                        p++;
                    }
                    data[i] = (byte) (p * step);
                }
            }
            pages[z] = img;
            progress.check(z + 1, v.sizeZ());
        }
        StringBuilder t = new StringBuilder();
        for (double d : thresholds) {
            t.append(t.isEmpty() ? "" : ", ").append(d);
        }
        write(file, pages, "segmentation of " + v.description() + "; thresholds " + t + " (phase p written as p * " + step
                + "); region: " + roi.describe());
    }

    private static BufferedImage image(int type, int w, int h) {
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), false, false,
                Transparency.OPAQUE, type);
        return new BufferedImage(cm, cm.createCompatibleWritableRaster(w, h), false, null);
    }

    private static void write(Path file, BufferedImage[] pages, String description) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("tiff");
        if (!writers.hasNext()) {
            throw new IOException("the JDK has no TIFF writer");
        }
        ImageWriter w = writers.next();
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (ImageOutputStream out = ImageIO.createImageOutputStream(tmp.toFile())) {
            if (out == null) {
                throw new IOException("cannot write " + tmp);
            }
            w.setOutput(out);
            w.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                IIOMetadata meta = w.getDefaultImageMetadata(new ImageTypeSpecifier(page), w.getDefaultWriteParam());
                TIFFDirectory d = TIFFDirectory.createFromMetadata(meta);
                d.addTIFFField(new TIFFField(BaselineTIFFTagSet.getInstance().getTag(BaselineTIFFTagSet.TAG_IMAGE_DESCRIPTION),
                        TIFFTag.TIFF_ASCII, 1, new String[] { description }));
                w.writeToSequence(new IIOImage(page, null, d.getAsMetadata()), null);
            }
            w.endWriteSequence();
        } finally {
            w.dispose();
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
