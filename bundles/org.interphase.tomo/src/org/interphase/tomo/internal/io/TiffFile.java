package org.interphase.tomo.internal.io;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferFloat;
import java.awt.image.DataBufferUShort;
import java.awt.image.Raster;
import java.awt.image.SampleModel;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.OptionalDouble;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.stream.ImageInputStream;

import org.interphase.core.api.ImportException;
import org.interphase.core.api.ImportFiles;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.VoxelSize;

/**
 * One TIFF file read with the JDK's {@code javax.imageio} TIFF plugin: page count, page geometry and
 * type, voxel size from the resolution tags, and page pixels as a primitive array. Not thread-safe.
 */
public final class TiffFile implements Closeable {

    /** Geometry and type of one page. */
    public record PageInfo(int width, int height, DataType dataType) {
    }

    private final Path file;
    private final ImageInputStream input;
    private final ImageReader reader;
    private final ByteOrder byteOrder;
    private final int pages;

    private TiffFile(Path file, ImageInputStream input, ImageReader reader, ByteOrder byteOrder, int pages) {
        this.file = file;
        this.pages = pages;
        this.input = input;
        this.reader = reader;
        this.byteOrder = byteOrder;
    }

    /** Whether {@code head} starts with a classic or BigTIFF signature in either byte order. */
    public static boolean isTiff(byte[] head) {
        if (head.length < 4) {
            return false;
        }
        boolean ii = head[0] == 'I' && head[1] == 'I' && (head[2] == 42 || head[2] == 43) && head[3] == 0;
        boolean mm = head[0] == 'M' && head[1] == 'M' && head[2] == 0 && (head[3] == 42 || head[3] == 43);
        return ii || mm;
    }

    /** Opens {@code file}; fails with a clear message when it is not a readable TIFF. */
    public static TiffFile open(Path file) throws ImportException {
        ImportFiles.requireRegularFile(file);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        } catch (IOException e) {
            throw ImportFiles.cannotRead(file, e);
        }
        if (!isTiff(head)) {
            throw new ImportException(file, 0, "not a TIFF file (no II*/MM* signature)");
        }
        // our own walk of the directory chain: loops, absurd sizes and truncation never reach ImageIO
        int pages = TiffIfds.walk(file).size();
        ByteOrder order = head[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("tiff");
        if (!readers.hasNext()) {
            throw new ImportException(file, 0, "this Java runtime has no TIFF reader (javax.imageio)");
        }
        ImageReader reader = readers.next();
        try {
            ImageInputStream in = ImageIO.createImageInputStream(file.toFile());
            reader.setInput(in, false, false);
            return new TiffFile(file, in, reader, order, pages);
        } catch (IOException e) {
            reader.dispose();
            throw new ImportException(file, 0, "cannot be opened as TIFF: " + e.getMessage(), e);
        }
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** Byte order from the TIFF header ({@code II} little-endian, {@code MM} big-endian). */
    public ByteOrder byteOrder() {
        return byteOrder;
    }

    /** Number of pages (image file directories). */
    public int pages() {
        return pages; // counted by TiffIfds, never by the JDK reader (it loops forever on a cyclic chain)
    }

    /** Geometry and voxel type of {@code page}; fails for colour, 1-bit, signed or 32-bit integer pages. */
    public PageInfo info(int page) throws ImportException {
        try {
            ImageTypeSpecifier type = reader.getRawImageType(page);
            int w = reader.getWidth(page);
            int h = reader.getHeight(page);
            if (type == null) {
                throw new ImportException(file, 0, "page " + (page + 1) + ": pixel type not recognised");
            }
            PageInfo info = new PageInfo(w, h, dataType(type.getSampleModel(), page));
            checkExtents(page);
            return info;
        } catch (IOException | RuntimeException e) {
            throw corrupt(page, e);
        }
    }

    /** Fails when the page's strips or tiles reach beyond the end of the file (a truncated file). */
    private void checkExtents(int page) throws IOException, ImportException {
        long length = input.length();
        if (length < 0) {
            return; // unknown length: the reader will fail on its own
        }
        TIFFDirectory dir = TIFFDirectory.createFromMetadata(reader.getImageMetadata(page));
        TIFFField offsets = dir.getTIFFField(BaselineTIFFTagSet.TAG_STRIP_OFFSETS);
        TIFFField counts = dir.getTIFFField(BaselineTIFFTagSet.TAG_STRIP_BYTE_COUNTS);
        if (offsets == null) {
            offsets = dir.getTIFFField(BaselineTIFFTagSet.TAG_TILE_OFFSETS);
            counts = dir.getTIFFField(BaselineTIFFTagSet.TAG_TILE_BYTE_COUNTS);
        }
        if (offsets == null || counts == null) {
            return;
        }
        long end = 0;
        for (int i = 0; i < Math.min(offsets.getCount(), counts.getCount()); i++) {
            end = Math.max(end, offsets.getAsLong(i) + counts.getAsLong(i));
        }
        if (end > length) {
            throw new ImportException(file, 0, "truncated: the pixel data of page " + (page + 1) + " ends at byte "
                    + end + " but the file has " + length + " bytes");
        }
    }

    private DataType dataType(SampleModel sm, int page) throws ImportException {
        if (sm.getNumBands() != 1) {
            throw new ImportException(file, 0, "page " + (page + 1) + " has " + sm.getNumBands()
                    + " samples per pixel; only grey-scale (one sample) volumes are supported");
        }
        int bits = sm.getSampleSize(0);
        int type = sm.getDataType();
        if (type == DataBuffer.TYPE_BYTE && bits == 8) {
            return DataType.UINT8;
        }
        if (type == DataBuffer.TYPE_USHORT && bits == 16) {
            return DataType.UINT16;
        }
        if (type == DataBuffer.TYPE_FLOAT && bits == 32) {
            return DataType.FLOAT32;
        }
        throw new ImportException(file, 0, "page " + (page + 1) + ": " + bits + "-bit " + typeName(type)
                + " samples are not supported (uint8, uint16, float32 are)");
    }

    private static String typeName(int dataBufferType) {
        return switch (dataBufferType) {
            case DataBuffer.TYPE_SHORT -> "signed integer";
            case DataBuffer.TYPE_INT -> "32-bit integer";
            case DataBuffer.TYPE_DOUBLE -> "double";
            default -> "integer";
        };
    }

    /** Voxel edge along x in µm (see {@link #voxelSize(int)}). */
    public OptionalDouble voxelSizeUm(int page) throws ImportException {
        return voxelSize(page).map(v -> OptionalDouble.of(v.x())).orElse(OptionalDouble.empty());
    }

    /**
     * Voxel edges in µm: x from XResolution, y from YResolution (x when absent), with ResolutionUnit inch or
     * cm or the unit of an ImageJ description ({@code unit=}); z from the ImageJ description's
     * {@code spacing=} (same unit), else equal to x. Empty when the file has no physical calibration.
     */
    public java.util.Optional<VoxelSize> voxelSize(int page) throws ImportException {
        TIFFDirectory dir;
        try {
            IIOMetadata meta = reader.getImageMetadata(page);
            dir = TIFFDirectory.createFromMetadata(meta);
        } catch (IOException | RuntimeException e) {
            throw corrupt(page, e);
        }
        long[] rx = rational(dir, BaselineTIFFTagSet.TAG_X_RESOLUTION);
        if (rx == null) {
            return java.util.Optional.empty();
        }
        long[] ry = rational(dir, BaselineTIFFTagSet.TAG_Y_RESOLUTION);
        if (ry == null) {
            ry = rx;
        }
        TIFFField unitField = dir.getTIFFField(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT);
        int unit = unitField == null ? BaselineTIFFTagSet.RESOLUTION_UNIT_INCH : unitField.getAsInt(0);
        TIFFField descField = dir.getTIFFField(BaselineTIFFTagSet.TAG_IMAGE_DESCRIPTION);
        String description = descField == null ? "" : descField.getAsString(0);
        double umPerUnit;
        if (unit == BaselineTIFFTagSet.RESOLUTION_UNIT_INCH) {
            // Files without a physical calibration often carry a nominal 72 dpi (or 1 pixel per inch).
            if (rx[0] == 72L * rx[1] || rx[0] == rx[1]) {
                return java.util.Optional.empty();
            }
            umPerUnit = 25400;
        } else if (unit == BaselineTIFFTagSet.RESOLUTION_UNIT_CENTIMETER) {
            umPerUnit = 10000;
        } else {
            OptionalDouble u = imageJUnit(description);
            if (u.isEmpty()) {
                return java.util.Optional.empty();
            }
            umPerUnit = u.getAsDouble();
        }
        double x = (double) rx[1] / rx[0] * umPerUnit;
        double y = (double) ry[1] / ry[0] * umPerUnit;
        OptionalDouble unitOfSpacing = imageJUnit(description);
        double z = x;
        OptionalDouble spacing = imageJSpacing(description);
        if (spacing.isPresent() && unitOfSpacing.isPresent()) {
            z = spacing.getAsDouble() * unitOfSpacing.getAsDouble();
        }
        return java.util.Optional.of(new VoxelSize(x, y, z));
    }

    private static long[] rational(TIFFDirectory dir, int tag) {
        TIFFField f = dir.getTIFFField(tag);
        if (f == null) {
            return null;
        }
        long[] r = f.getAsRational(0);
        return r[0] > 0 && r[1] > 0 ? r : null;
    }

    /** The {@code spacing=} (z step, in the ImageJ unit) of an ImageJ description. */
    static OptionalDouble imageJSpacing(String description) {
        for (String line : description.split("\n")) {
            if (line.startsWith("spacing=")) {
                try {
                    double v = Double.parseDouble(line.substring(8).trim());
                    return v > 0 && Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
                } catch (NumberFormatException e) {
                    return OptionalDouble.empty();
                }
            }
        }
        return OptionalDouble.empty();
    }

    /** Micrometres per unit named in an ImageJ description ({@code unit=micron}, {@code nm}, {@code mm}). */
    static OptionalDouble imageJUnit(String description) {
        for (String line : description.split("\n")) {
            if (line.startsWith("unit=")) {
                String u = line.substring(5).trim().toLowerCase(Locale.ROOT);
                return switch (u) {
                    case "micron", "microns", "um", "\u00b5m", "\\u00b5m" -> OptionalDouble.of(1);
                    case "nm", "nanometer", "nanometre" -> OptionalDouble.of(1e-3);
                    case "mm", "millimeter", "millimetre" -> OptionalDouble.of(1e3);
                    default -> OptionalDouble.empty();
                };
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * Pixels of {@code page} as a primitive array of {@code width*height} values: {@code byte[]} (uint8),
     * {@code short[]} (uint16) or {@code float[]}.
     */
    public Object read(int page) throws ImportException {
        BufferedImage image;
        try {
            image = reader.read(page);
        } catch (IOException | RuntimeException e) {
            throw corrupt(page, e);
        }
        Raster raster = image.getRaster();
        int w = raster.getWidth();
        int h = raster.getHeight();
        Object direct = directArray(raster, w, h);
        return direct != null ? direct : raster.getDataElements(0, 0, w, h, null);
    }

    /** The raster's own array when it is exactly the w*h samples in row order (no copy). */
    private static Object directArray(Raster raster, int w, int h) {
        if (!(raster.getSampleModel() instanceof ComponentSampleModel sm) || raster.getParent() != null
                || sm.getPixelStride() != 1 || sm.getScanlineStride() != w || sm.getNumBands() != 1
                || raster.getDataBuffer().getNumBanks() != 1 || raster.getDataBuffer().getOffset() != 0
                || sm.getBandOffsets()[0] != 0) {
            return null;
        }
        Object data = switch (raster.getDataBuffer()) {
            case DataBufferByte b -> b.getData();
            case DataBufferUShort s -> s.getData();
            case DataBufferFloat f -> f.getData();
            default -> null;
        };
        return data != null && java.lang.reflect.Array.getLength(data) == w * h ? data : null;
    }

    private ImportException corrupt(int page, Exception e) {
        String what = e instanceof IIOException || e instanceof IOException ? "corrupt or truncated TIFF"
                : "unreadable TIFF";
        return new ImportException(file, 0, what + " (page " + (page + 1) + "): " + e.getMessage(), e);
    }

    @Override
    public void close() throws IOException {
        reader.dispose();
        input.close();
    }
}
