package org.interphase.tomo.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.interphase.core.api.ImportException;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.VoxelSize;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.dataset.ContiguousDataset;
import io.jhdf.exceptions.HdfException;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;
import io.jhdf.object.datatype.OrderedDataType;

/**
 * A 3-D numeric dataset of an HDF5 (or NeXus) file, read lazily with jHDF hyperslabs: an XY slice is one
 * {@code getData(offset, dims)} call of shape (1, y, x), an XZ/YZ slice one call of shape (z, 1, x) or
 * (z, y, 1); contiguous and chunked (deflate, shuffle, LZF) layouts alike. Decoded z slices go through the
 * byte-budgeted cache. The dataset is chosen by {@link Hdf5Datasets}.
 */
public final class Hdf5Volume extends ZSliceVolume {

    /** The 8-byte signature at the start of an HDF5 file (without user block). */
    public static final byte[] SIGNATURE = { (byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n' };

    private final Path file;
    private final HdfFile hdf;
    private final Dataset dataset;
    private final int nz;
    private final int ny;
    private final int nx;
    private final DataType type;
    private final ByteOrder order;
    private final Optional<VoxelSize> voxel;

    private Hdf5Volume(Path file, HdfFile hdf, Dataset dataset, DataType type, ByteOrder order,
            Optional<VoxelSize> voxel, long cacheBudget) {
        super(cacheBudget);
        this.file = file;
        this.hdf = hdf;
        this.dataset = dataset;
        int[] d = dataset.getDimensions();
        this.nz = d[0];
        this.ny = d[1];
        this.nx = d[2];
        this.type = type;
        this.order = order;
        this.voxel = voxel;
    }

    /** Whether {@code head} starts with the HDF5 signature. */
    public static boolean isHdf5(byte[] head) {
        return head.length >= SIGNATURE.length && Arrays.equals(head, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length);
    }

    /**
     * Opens {@code datasetPath} of {@code file}, or when empty the NeXus default signal / the first 3-D
     * numeric dataset ({@link Hdf5Datasets#choose}).
     */
    public static Hdf5Volume open(Path file, Optional<String> datasetPath, long cacheBudget) throws ImportException {
        org.interphase.core.api.ImportFiles.requireRegularFile(file);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SIGNATURE.length);
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
        if (!isHdf5(head)) {
            throw new ImportException(file, 0, "not an HDF5 file (no HDF5 signature at offset 0)");
        }
        HdfFile hdf;
        try {
            hdf = new HdfFile(file);
        } catch (RuntimeException e) { // jHDF reports broken structures with assorted runtime exceptions
            throw new ImportException(file, 0, "corrupt or truncated HDF5 file: " + message(e), e);
        }
        try {
            Dataset ds = Hdf5Datasets.choose(file, hdf, datasetPath);
            DataType type = dataType(file, ds);
            ByteOrder order = ((OrderedDataType) ds.getDataType()).getByteOrder();
            checkStorage(file, ds, type);
            Optional<VoxelSize> voxel = Hdf5Datasets.voxelSize(ds);
            return new Hdf5Volume(file, hdf, ds, type, order, voxel, cacheBudget);
        } catch (ImportException e) {
            hdf.close();
            throw e;
        } catch (RuntimeException e) {
            hdf.close();
            throw new ImportException(file, 0, "corrupt or truncated HDF5 file: " + message(e), e);
        }
    }

    static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The voxel type of a 3-D numeric dataset; other types are refused with the dataset's path. */
    static DataType dataType(Path file, Dataset ds) throws ImportException {
        if (ds.getDataType() instanceof FixedPoint fp) {
            boolean signed = fp.isSigned();
            switch (fp.getSize()) {
                case 1:
                    return signed ? DataType.INT8 : DataType.UINT8;
                case 2:
                    return signed ? DataType.INT16 : DataType.UINT16;
                case 4:
                    return signed ? DataType.INT32 : DataType.UINT32;
                default:
                    break;
            }
            throw new ImportException(file, 0, "dataset " + ds.getPath() + " has " + 8 * fp.getSize()
                    + "-bit integers; 8, 16 and 32-bit integers are supported");
        }
        if (ds.getDataType() instanceof FloatingPoint fp && (fp.getSize() == 4 || fp.getSize() == 8)) {
            return fp.getSize() == 4 ? DataType.FLOAT32 : DataType.FLOAT64;
        }
        throw new ImportException(file, 0, "dataset " + ds.getPath() + " is not numeric (" + ds.getJavaType().getSimpleName()
                + "); integer 8/16/32-bit and float 32/64-bit are supported");
    }

    /** A contiguous dataset must lie inside the file: a truncated file fails at open, not at the first slice. */
    private static void checkStorage(Path file, Dataset ds, DataType type) throws ImportException {
        int[] dims = ds.getDimensions();
        for (int i = 0; i < dims.length; i++) {
            for (int j = i + 1; j < dims.length; j++) {
                if ((long) dims[i] * dims[j] > Integer.MAX_VALUE / 8) {
                    throw new ImportException(file, 0, "dataset " + ds.getPath() + " declares dimensions "
                            + Arrays.toString(dims) + "; one slice would not fit in memory (damaged file?)");
                }
            }
        }
        if (ds instanceof ContiguousDataset c) {
            long end;
            try {
                end = Math.addExact(c.getDataAddress(), Math.multiplyExact(ds.getSize(), (long) type.bytes()));
            } catch (ArithmeticException e) {
                end = Long.MAX_VALUE;
            }
            long size;
            try {
                size = Files.size(file);
            } catch (IOException e) {
                throw new ImportException(file, 0, "cannot be read: " + e.getMessage(), e);
            }
            if (c.getDataAddress() < 0 || end > size) {
                throw new ImportException(file, 0, "truncated: dataset " + ds.getPath() + " needs bytes up to " + end
                        + ", the file has " + size);
            }
        }
    }

    /** The open file (for listing its other datasets). */
    public HdfFile hdf() {
        return hdf;
    }

    /** Path of the dataset inside the file. */
    public String datasetPath() {
        return dataset.getPath();
    }

    /** Storage layout of the dataset ({@code CONTIGUOUS}, {@code CHUNKED}, {@code COMPACT}). */
    public String layout() {
        return dataset.getDataLayout().name();
    }

    @Override
    public int sizeZ() {
        return nz;
    }

    @Override
    public int sizeY() {
        return ny;
    }

    @Override
    public int sizeX() {
        return nx;
    }

    @Override
    public DataType dataType() {
        return type;
    }

    @Override
    public ByteOrder byteOrder() {
        return order;
    }

    @Override
    public OptionalDouble voxelSizeUm() {
        return voxel.isPresent() ? OptionalDouble.of(voxel.get().x()) : OptionalDouble.empty();
    }

    @Override
    public Optional<VoxelSize> voxelSize() {
        return voxel;
    }

    @Override
    public String description() {
        return "HDF5 " + file.getFileName() + ":" + dataset.getPath() + " (" + layout().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    @Override
    protected Object loadZ(int z) throws IOException {
        float[] f = new float[ny * nx];
        read(new long[] { z, 0, 0 }, new int[] { 1, ny, nx }, f);
        // keep uint8/uint16 compact in the cache
        if (type == DataType.UINT8) {
            byte[] b = new byte[f.length];
            for (int i = 0; i < f.length; i++) {
                b[i] = (byte) (int) f[i];
            }
            return b;
        }
        if (type == DataType.UINT16) {
            short[] s = new short[f.length];
            for (int i = 0; i < f.length; i++) {
                s[i] = (short) (int) f[i];
            }
            return s;
        }
        return f;
    }

    @Override
    public void readSlice(Axis axis, int index, float[] dest) throws IOException {
        if (axis == Axis.Z) {
            super.readSlice(axis, index, dest);
            return;
        }
        Objects.checkIndex(index, size(axis));
        int needed = sliceLength(axis);
        if (dest.length < needed) {
            throw new IndexOutOfBoundsException("buffer holds " + dest.length + " values, slice needs " + needed);
        }
        if (axis == Axis.Y) { // one hyperslab (z, 1, x): reads only the rows it needs
            read(new long[] { 0, index, 0 }, new int[] { nz, 1, nx }, dest);
        } else {
            read(new long[] { 0, 0, index }, new int[] { nz, ny, 1 }, dest);
        }
    }

    private void read(long[] offset, int[] dims, float[] dest) throws IOException {
        Object data;
        try {
            data = dataset.getData(offset, dims);
        } catch (RuntimeException e) { // HdfException, buffer underflows of truncated chunks, ...
            throw new IOException(file.getFileName() + ": dataset " + dataset.getPath() + " cannot be read at "
                    + Arrays.toString(offset) + ": " + message(e), e);
        }
        int end = Flatten.into(data, dest, 0);
        if (end != (long) dims[0] * dims[1] * dims[2]) {
            throw new IOException(file.getFileName() + ": dataset " + dataset.getPath() + " returned " + end
                    + " values for a slice of " + Arrays.toString(dims));
        }
    }

    @Override
    public void close() throws IOException {
        super.close();
        try {
            hdf.close();
        } catch (HdfException e) {
            throw new IOException("closing " + file.getFileName() + ": " + message(e), e);
        }
    }

    /** Flattens the nested primitive arrays jHDF returns into floats (unsigned types arrive widened). */
    static final class Flatten {

        private Flatten() {
        }

        static int into(Object a, float[] dest, int at) {
            switch (a) {
                case Object[] rows -> {
                    for (Object r : rows) {
                        at = into(r, dest, at);
                    }
                }
                case byte[] v -> {
                    for (byte b : v) {
                        dest[at++] = b;
                    }
                }
                case short[] v -> {
                    for (short s : v) {
                        dest[at++] = s;
                    }
                }
                case int[] v -> {
                    for (int i : v) {
                        dest[at++] = i;
                    }
                }
                case long[] v -> {
                    for (long l : v) {
                        dest[at++] = l;
                    }
                }
                case float[] v -> {
                    System.arraycopy(v, 0, dest, at, v.length);
                    at += v.length;
                }
                case double[] v -> {
                    for (double d : v) {
                        dest[at++] = (float) d;
                    }
                }
                default -> throw new IllegalArgumentException("unexpected HDF5 data of " + a.getClass().getSimpleName());
            }
            return at;
        }
    }
}
