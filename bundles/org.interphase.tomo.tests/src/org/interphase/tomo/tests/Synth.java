package org.interphase.tomo.tests;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.awt.color.ColorSpace;
import java.awt.Transparency;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.interphase.tomo.api.DataType;

/** Writes synthetic raw and TIFF volumes whose voxels follow a known function. */
final class Synth {

    private Synth() {
    }

    /** A test pattern that is exact in every type: an integer 0..249 scaled per type. */
    static float pattern(DataType t, int z, int y, int x) {
        int base = (z * 7 + y * 3 + x) % 250;
        return switch (t) {
            case UINT8 -> base;
            case UINT16 -> base * 257;
            case FLOAT32 -> base * 0.5f - 1.25f;
            default -> throw new IllegalArgumentException("raw/TIFF test files are uint8, uint16 or float32, not " + t);
        };
    }

    static void writeRaw(Path file, int nz, int ny, int nx, DataType t, ByteOrder order, int header) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(header + nz * ny * nx * t.bytes()).order(order);
        for (int i = 0; i < header; i++) {
            b.put((byte) 0x5A);
        }
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    float v = pattern(t, z, y, x);
                    switch (t) {
                        case UINT8 -> b.put((byte) (int) v);
                        case UINT16 -> b.putShort((short) (int) v);
                        case FLOAT32 -> b.putFloat(v);
                    }
                }
            }
        }
        Files.write(file, b.array());
    }

    static BufferedImage image(DataType t, int z, int ny, int nx) {
        int type = switch (t) {
            case UINT8 -> DataBuffer.TYPE_BYTE;
            case UINT16 -> DataBuffer.TYPE_USHORT;
            case FLOAT32 -> DataBuffer.TYPE_FLOAT;
            default -> throw new IllegalArgumentException("TIFF test files are uint8, uint16 or float32, not " + t);
        };
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), false, false,
                Transparency.OPAQUE, type);
        WritableRaster r = cm.createCompatibleWritableRaster(nx, ny);
        for (int y = 0; y < ny; y++) {
            for (int x = 0; x < nx; x++) {
                r.setSample(x, y, 0, pattern(t, z, y, x));
            }
        }
        return new BufferedImage(cm, r, false, null);
    }

    /** TIFF stream metadata selecting the byte order (the JDK writer ignores the stream's order). */
    static IIOMetadata streamMetadata(ImageWriter w, ByteOrder order) throws IOException {
        IIOMetadata sm = w.getDefaultStreamMetadata(null);
        String format = sm.getNativeMetadataFormatName();
        IIOMetadataNode root = new IIOMetadataNode(format);
        IIOMetadataNode bo = new IIOMetadataNode("ByteOrder");
        bo.setAttribute("value", order == ByteOrder.BIG_ENDIAN ? "BIG_ENDIAN" : "LITTLE_ENDIAN");
        root.appendChild(bo);
        sm.mergeTree(format, root);
        return sm;
    }

    /** A multi-page TIFF, one page per z, in the given byte order. */
    static void writeTiff(Path file, int nz, int ny, int nx, DataType t, ByteOrder order) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("tiff");
        ImageWriter w = writers.next();
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            w.setOutput(out);
            w.prepareWriteSequence(streamMetadata(w, order));
            for (int z = 0; z < nz; z++) {
                w.writeToSequence(new IIOImage(image(t, z, ny, nx), null, null), null);
            }
            w.endWriteSequence();
        } finally {
            w.dispose();
        }
    }
}
