package org.interphase.tomo.internal.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.interphase.core.api.ImportException;
import org.interphase.core.api.ImportFiles;

/**
 * Walks the image file directory (IFD) chain of a classic or BigTIFF file before the JDK reader sees it:
 * a chain that loops back on itself, points outside the file or is absurdly long is refused (the JDK reader
 * would count pages forever), and every page's declared width × height × bits is checked, in long
 * arithmetic, against a sane limit, its strip or tile byte counts and the file's real size before any pixel
 * buffer is allocated.
 */
public final class TiffIfds {

    /** The most pages a TIFF volume may have. */
    public static final int MAX_PAGES = 65536;

    /** The most entries one image directory may have (real ones have a few dozen). */
    private static final long MAX_ENTRIES = 65535;

    /** The most bytes one decoded page may take. */
    public static final long MAX_PAGE_BYTES = 1L << 30;

    /** The largest ratio of decoded to stored bytes believed for compressed strips (deflate tops out near 1032). */
    private static final long MAX_COMPRESSION_RATIO = 4096;

    private static final int TAG_WIDTH = 256;
    private static final int TAG_HEIGHT = 257;
    private static final int TAG_BITS = 258;
    private static final int TAG_COMPRESSION = 259;
    private static final int TAG_STRIP_OFFSETS = 273;
    private static final int TAG_SAMPLES = 277;
    private static final int TAG_STRIP_BYTE_COUNTS = 279;
    private static final int TAG_TILE_OFFSETS = 324;
    private static final int TAG_TILE_BYTE_COUNTS = 325;

    /** What one IFD declares. */
    public record Page(long offset, long width, long height, long bitsPerSample, long samplesPerPixel,
            long compression, long storedBytes) {

        /** Decoded size in bytes (long arithmetic, never overflows for 32-bit dimensions). */
        public long decodedBytes() {
            try {
                return Math.addExact(Math.multiplyExact(Math.multiplyExact(width, height),
                        Math.multiplyExact(bitsPerSample, samplesPerPixel)), 7) / 8;
            } catch (ArithmeticException e) {
                return Long.MAX_VALUE;
            }
        }
    }

    private final Path file;
    private final FileChannel channel;
    private final long size;
    private final ByteOrder order;
    private final boolean big;

    private TiffIfds(Path file, FileChannel channel, long size, ByteOrder order, boolean big) {
        this.file = file;
        this.channel = channel;
        this.size = size;
        this.order = order;
        this.big = big;
    }

    /** Walks the chain of {@code file} and checks every page; returns the pages in order. */
    public static List<Page> walk(Path file) throws ImportException {
        long size = ImportFiles.size(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (size < 8) {
                throw new ImportException(file, 0, "truncated TIFF: " + size + " bytes, the header needs 8");
            }
            ByteBuffer head = read(ch, 0, 16 > size ? 8 : 16, ByteOrder.LITTLE_ENDIAN);
            ByteOrder order = head.get(0) == 'M' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            head.order(order);
            boolean big = head.getShort(2) == 43;
            TiffIfds t = new TiffIfds(file, ch, size, order, big);
            long first = big ? (size < 16 ? -1 : head.getLong(8)) : Integer.toUnsignedLong(head.getInt(4));
            return t.pages(first);
        } catch (IOException e) {
            throw ImportFiles.cannotRead(file, e);
        }
    }

    private List<Page> pages(long first) throws IOException, ImportException {
        List<Page> pages = new ArrayList<>();
        Set<Long> visited = new HashSet<>();
        long offset = first;
        while (offset != 0) {
            if (!visited.add(offset)) {
                throw error("the image directory chain loops back to byte offset " + offset + " after page "
                        + pages.size() + " (damaged or hostile file)");
            }
            if (pages.size() >= MAX_PAGES) {
                throw error("more than " + MAX_PAGES + " pages (image directory at byte offset " + offset + ")");
            }
            long[] next = new long[1];
            pages.add(page(pages.size() + 1, offset, next));
            offset = next[0];
        }
        if (pages.isEmpty()) {
            throw error("TIFF has no pages (first image directory offset is 0)");
        }
        return pages;
    }

    private Page page(int number, long offset, long[] next) throws IOException, ImportException {
        int countBytes = big ? 8 : 2;
        int entryBytes = big ? 20 : 12;
        int pointerBytes = big ? 8 : 4;
        if (offset < 8 || offset > size - countBytes) {
            throw error("page " + number + ": image directory offset " + offset + " lies outside the file ("
                    + size + " bytes)");
        }
        ByteBuffer c = read(channel, offset, countBytes, order);
        long entries = big ? c.getLong(0) : Short.toUnsignedInt(c.getShort(0));
        if (entries < 0 || entries > MAX_ENTRIES || entries > (size - offset - countBytes) / entryBytes) {
            throw error("page " + number + ": image directory at byte offset " + offset + " declares " + entries
                    + " entries, more than the file holds");
        }
        long dirBytes = entries * entryBytes + pointerBytes;
        if (offset + countBytes + dirBytes > size) {
            throw error("page " + number + ": image directory at byte offset " + offset + " is truncated");
        }
        ByteBuffer d = read(channel, offset + countBytes, (int) dirBytes, order);
        long width = -1;
        long height = -1;
        long bits = 1;
        long samples = 1;
        long compression = 1;
        long stored = 0;
        boolean hasData = false;
        for (int i = 0; i < entries; i++) {
            int at = i * entryBytes;
            int tag = Short.toUnsignedInt(d.getShort(at));
            int type = Short.toUnsignedInt(d.getShort(at + 2));
            long count = big ? d.getLong(at + 4) : Integer.toUnsignedLong(d.getInt(at + 4));
            int unit = typeSize(type);
            if (count < 0 || (unit > 0 && count > size / unit)) {
                throw error("page " + number + ": tag " + tag + " at byte offset " + (offset + countBytes + at)
                        + " declares " + count + " values, more than the file holds");
            }
            int valueAt = at + (big ? 12 : 8);
            switch (tag) {
                case TAG_WIDTH -> width = first(d, valueAt, type);
                case TAG_HEIGHT -> height = first(d, valueAt, type);
                case TAG_BITS -> bits = first(d, valueAt, type);
                case TAG_SAMPLES -> samples = first(d, valueAt, type);
                case TAG_COMPRESSION -> compression = first(d, valueAt, type);
                case TAG_STRIP_BYTE_COUNTS, TAG_TILE_BYTE_COUNTS -> stored = sum(d, valueAt, type, count, unit);
                case TAG_STRIP_OFFSETS, TAG_TILE_OFFSETS -> hasData = true;
                default -> {
                }
            }
        }
        next[0] = big ? d.getLong((int) dirBytes - 8) : Integer.toUnsignedLong(d.getInt((int) dirBytes - 4));
        Page page = new Page(offset, width, height, bits, samples, compression, stored);
        check(number, page, hasData);
        return page;
    }

    private void check(int number, Page p, boolean hasData) throws ImportException {
        String where = "page " + number + " (image directory at byte offset " + p.offset() + ")";
        if (p.width() <= 0 || p.height() <= 0) {
            throw error(where + ": no valid width and height");
        }
        if (p.bitsPerSample() <= 0 || p.bitsPerSample() > 64 || p.samplesPerPixel() <= 0
                || p.samplesPerPixel() > 16) {
            throw error(where + ": " + p.bitsPerSample() + " bits x " + p.samplesPerPixel() + " samples per pixel"
                    + " is not a supported pixel layout");
        }
        long bytes = p.decodedBytes();
        String dims = p.width() + " x " + p.height() + " x " + p.bitsPerSample() + " bits";
        if (bytes > MAX_PAGE_BYTES) {
            throw error(where + ": " + dims + " would need " + bytes + " bytes, more than the limit of "
                    + MAX_PAGE_BYTES);
        }
        if (!hasData) {
            throw error(where + ": no strip or tile offsets");
        }
        long stored = p.storedBytes();
        long ratio = p.compression() == 1 ? 1 : MAX_COMPRESSION_RATIO;
        if (stored > size || (stored < Long.MAX_VALUE / ratio && stored * ratio < bytes)) {
            throw error(where + ": " + dims + " needs " + bytes + " bytes of pixels but its strips or tiles "
                    + (stored > size ? "reach beyond the end of the file (" + size + " bytes)"
                            : "hold " + stored + " bytes" + (p.compression() == 1 ? "" : " (compressed)")
                                    + " in a file of " + size + " bytes"));
        }
    }

    private ImportException error(String reason) {
        return new ImportException(file, 0, "corrupt or truncated TIFF: " + reason);
    }

    private long first(ByteBuffer d, int valueAt, int type) {
        return switch (type) {
            case 1, 6, 7 -> Byte.toUnsignedInt(d.get(valueAt));
            case 3, 8 -> Short.toUnsignedInt(d.getShort(valueAt));
            case 4, 9, 13 -> Integer.toUnsignedLong(d.getInt(valueAt));
            case 16, 17, 18 -> big ? d.getLong(valueAt) : -1;
            default -> -1;
        };
    }

    /** Sum of the values of a count tag (inline or at an offset). */
    private long sum(ByteBuffer d, int valueAt, int type, long count, int unit) throws ImportException {
        if (unit <= 0 || count == 0) {
            return 0;
        }
        long total = count * unit;
        ByteBuffer values;
        try {
            if (total <= (big ? 8 : 4)) {
                values = d.duplicate().order(order).position(valueAt).slice().order(order);
            } else {
                long at = big ? d.getLong(valueAt) : Integer.toUnsignedLong(d.getInt(valueAt));
                if (at < 0 || at > size - total || total > Integer.MAX_VALUE) {
                    throw error("strip or tile byte counts at byte offset " + at + " lie outside the file");
                }
                values = read(channel, at, (int) total, order);
            }
        } catch (IOException e) {
            throw ImportFiles.cannotRead(file, e);
        }
        long s = 0;
        for (int i = 0; i < count; i++) {
            long v = switch (unit) {
                case 2 -> Short.toUnsignedInt(values.getShort(i * 2));
                case 4 -> Integer.toUnsignedLong(values.getInt(i * 4));
                case 8 -> values.getLong(i * 8);
                default -> Byte.toUnsignedInt(values.get(i));
            };
            if (v < 0 || v > size) {
                return Long.MAX_VALUE; // reported by the caller as more than the file holds
            }
            s += v;
            if (s > size) {
                return Long.MAX_VALUE;
            }
        }
        return s;
    }

    private static int typeSize(int type) {
        return switch (type) {
            case 1, 2, 6, 7 -> 1;
            case 3, 8 -> 2;
            case 4, 9, 11, 13 -> 4;
            case 5, 10, 12, 16, 17, 18 -> 8;
            default -> 0;
        };
    }

    private static ByteBuffer read(FileChannel ch, long at, int n, ByteOrder order) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining()) {
            if (ch.read(b, at + b.position()) < 0) {
                throw new IOException("unexpected end of file at byte " + (at + b.position()));
            }
        }
        return b.flip().order(order);
    }
}
