package org.interphase.tomo.internal.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.ShortBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.OptionalDouble;

import org.interphase.core.api.ImportException;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.RawLayout;
import org.interphase.tomo.api.Volume;

/**
 * A raw binary volume memory-mapped read-only in chunks of whole z slices, each below 1 GiB (a
 * {@code MappedByteBuffer} is limited to 2 GiB). The operating system's page cache holds the voxels, so
 * volumes far larger than the Java heap open at once and any slice can be read. Reads use absolute
 * positions only and are therefore thread-safe.
 */
public final class MappedRawVolume implements Volume {

    /** Upper bound of one mapped chunk. */
    static final long CHUNK_LIMIT = 1L << 30;

    private final Path file;
    private final RawLayout layout;
    private final int slicesPerChunk;
    private final ByteBuffer[] bytes;
    private final ShortBuffer[] shorts;
    private final FloatBuffer[] floats;
    private final String description;

    private MappedRawVolume(Path file, RawLayout layout, int slicesPerChunk, ByteBuffer[] chunks, String description) {
        this.file = file;
        this.layout = layout;
        this.slicesPerChunk = slicesPerChunk;
        this.bytes = chunks;
        this.shorts = new ShortBuffer[chunks.length];
        this.floats = new FloatBuffer[chunks.length];
        for (int i = 0; i < chunks.length; i++) {
            chunks[i].order(layout.byteOrder());
            if (layout.dataType() == DataType.UINT16) {
                shorts[i] = chunks[i].asShortBuffer();
            } else if (layout.dataType() == DataType.FLOAT32) {
                floats[i] = chunks[i].asFloatBuffer();
            }
        }
        this.description = description;
    }

    /** Maps {@code file} with {@code layout}; fails when the file is shorter than header plus voxels. */
    public static MappedRawVolume open(Path file, RawLayout layout, String description) throws ImportException {
        if (layout.dataType() != DataType.UINT8 && layout.dataType() != DataType.UINT16
                && layout.dataType() != DataType.FLOAT32) {
            throw new ImportException(file, 0, "raw voxels of type " + layout.dataType().id()
                    + " are not supported (uint8, uint16 and float32 are)");
        }
        long sliceBytes = (long) layout.sizeX() * layout.sizeY() * layout.dataType().bytes();
        int perChunk = (int) Math.max(1, Math.min(layout.sizeZ(), CHUNK_LIMIT / sliceBytes));
        int chunkCount = (layout.sizeZ() + perChunk - 1) / perChunk;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            long needed = layout.headerBytes() + layout.dataBytes();
            if (size < needed) {
                throw new ImportException(file, 0, "truncated: " + layout.sizeX() + " x " + layout.sizeY() + " x "
                        + layout.sizeZ() + " " + layout.dataType().id() + " voxels after a " + layout.headerBytes()
                        + "-byte header need " + needed + " bytes, the file has " + size);
            }
            ByteBuffer[] chunks = new ByteBuffer[chunkCount];
            for (int c = 0; c < chunkCount; c++) {
                int slices = Math.min(perChunk, layout.sizeZ() - c * perChunk);
                chunks[c] = channel.map(FileChannel.MapMode.READ_ONLY,
                        layout.headerBytes() + (long) c * perChunk * sliceBytes, slices * sliceBytes);
            }
            return new MappedRawVolume(file, layout, perChunk, chunks, description);
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot be mapped: " + e.getMessage(), e);
        }
    }

    /** Number of mapped chunks (each below {@link #CHUNK_LIMIT} bytes). */
    public int chunkCount() {
        return bytes.length;
    }

    /** The layout. */
    public RawLayout layout() {
        return layout;
    }

    @Override
    public void readSlice(Axis axis, int index, float[] dest) throws IOException {
        Objects.checkIndex(index, size(axis));
        int needed = sliceLength(axis);
        if (dest.length < needed) {
            throw new IndexOutOfBoundsException("buffer holds " + dest.length + " values, slice needs " + needed);
        }
        int nx = layout.sizeX();
        int ny = layout.sizeY();
        switch (axis) {
            case Z -> run(index, 0, nx * ny, 1, dest, 0);
            case Y -> {
                for (int z = 0; z < layout.sizeZ(); z++) {
                    run(z, index * nx, nx, 1, dest, z * nx);
                }
            }
            case X -> {
                for (int z = 0; z < layout.sizeZ(); z++) {
                    run(z, index, ny, nx, dest, z * ny);
                }
            }
        }
    }

    /** Reads {@code count} voxels of slice {@code z} from element {@code start} with {@code stride}. */
    private void run(int z, int start, int count, int stride, float[] dest, int to) {
        int c = z / slicesPerChunk;
        int base = (z - c * slicesPerChunk) * nxy() + start;
        switch (layout.dataType()) {
            case UINT8 -> {
                ByteBuffer b = bytes[c];
                if (stride == 1) { // bulk copy, then widen
                    byte[] tmp = scratch(BYTES, count, byte[]::new, a -> a.length);
                    b.get(base, tmp, 0, count);
                    for (int i = 0; i < count; i++) {
                        dest[to + i] = tmp[i] & 0xFF;
                    }
                } else {
                    for (int i = 0, p = base; i < count; i++, p += stride) {
                        dest[to + i] = b.get(p) & 0xFF;
                    }
                }
            }
            case UINT16 -> {
                ShortBuffer s = shorts[c];
                if (stride == 1) {
                    short[] tmp = scratch(SHORTS, count, short[]::new, a -> a.length);
                    s.get(base, tmp, 0, count);
                    for (int i = 0; i < count; i++) {
                        dest[to + i] = tmp[i] & 0xFFFF;
                    }
                } else {
                    for (int i = 0, p = base; i < count; i++, p += stride) {
                        dest[to + i] = s.get(p) & 0xFFFF;
                    }
                }
            }
            case FLOAT32 -> {
                FloatBuffer f = floats[c];
                if (stride == 1) {
                    f.get(base, dest, to, count);
                } else {
                    for (int i = 0, p = base; i < count; i++, p += stride) {
                        dest[to + i] = f.get(p);
                    }
                }
            }
        }
    }

    private static final ThreadLocal<byte[]> BYTES = new ThreadLocal<>();
    private static final ThreadLocal<short[]> SHORTS = new ThreadLocal<>();

    /** A per-thread scratch array of at least {@code n} elements (reads stay thread-safe). */
    private static <T> T scratch(ThreadLocal<T> local, int n, java.util.function.IntFunction<T> create,
            java.util.function.ToIntFunction<T> length) {
        T a = local.get();
        if (a == null || length.applyAsInt(a) < n) {
            a = create.apply(n);
            local.set(a);
        }
        return a;
    }

    private int nxy() {
        return layout.sizeX() * layout.sizeY();
    }

    @Override
    public int sizeZ() {
        return layout.sizeZ();
    }

    @Override
    public int sizeY() {
        return layout.sizeY();
    }

    @Override
    public int sizeX() {
        return layout.sizeX();
    }

    @Override
    public DataType dataType() {
        return layout.dataType();
    }

    @Override
    public ByteOrder byteOrder() {
        return layout.byteOrder();
    }

    @Override
    public OptionalDouble voxelSizeUm() {
        return layout.voxelSizeUm();
    }

    @Override
    public String description() {
        return description + " " + file.getFileName();
    }

    @Override
    public void close() {
        // Mapped buffers are released by the garbage collector; nothing is held open.
    }
}
