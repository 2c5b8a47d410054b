package org.interphase.tomo.api;

import java.io.IOException;
import java.nio.ByteOrder;
import java.util.OptionalDouble;

/**
 * A lazy 3-D volume of voxels stored as (z, y, x) with x fastest. Voxels stay on disk (memory-mapped or
 * read slice by slice into a byte-budgeted cache); only the slices a caller asks for are read.
 * <p>
 * Implementations are safe for concurrent {@link #readSlice} calls. Close the volume to release files
 * and mappings.
 */
public interface Volume extends AutoCloseable {

    /** Number of slices along z. */
    int sizeZ();

    /** Number of rows along y. */
    int sizeY();

    /** Number of columns along x. */
    int sizeX();

    /** Voxel data type. */
    DataType dataType();

    /** Byte order of the voxel data in the source file. */
    ByteOrder byteOrder();

    /**
     * Edge length of a voxel in micrometres, when the source records one (or the user set one); for
     * anisotropic voxels the x (in-plane) edge, see {@link #voxelSize()}.
     */
    OptionalDouble voxelSizeUm();

    /**
     * Edge lengths along x, y and z; by default the cubic voxel of {@link #voxelSizeUm()}. Sources that
     * record per-axis spacings (TIFF resolution tags, MetaImage ElementSpacing, NeXus axes) override it.
     */
    default java.util.Optional<VoxelSize> voxelSize() {
        OptionalDouble v = voxelSizeUm();
        return v.isPresent() ? java.util.Optional.of(VoxelSize.isotropic(v.getAsDouble())) : java.util.Optional.empty();
    }

    /** Short description of the source, e.g. {@code "TIFF stack of 16 files"}. */
    String description();

    /** Number of voxels along {@code axis}. */
    default int size(Axis axis) {
        return switch (axis) {
            case Z -> sizeZ();
            case Y -> sizeY();
            case X -> sizeX();
        };
    }

    /** Shape {rows, columns} of a slice along {@code axis}: Z -> (y, x), Y -> (z, x), X -> (z, y). */
    default int[] sliceShape(Axis axis) {
        return switch (axis) {
            case Z -> new int[] { sizeY(), sizeX() };
            case Y -> new int[] { sizeZ(), sizeX() };
            case X -> new int[] { sizeZ(), sizeY() };
        };
    }

    /** Number of voxels in a slice along {@code axis}. */
    default int sliceLength(Axis axis) {
        int[] s = sliceShape(axis);
        return Math.multiplyExact(s[0], s[1]);
    }

    /** Total number of voxels. */
    default long voxelCount() {
        return (long) sizeZ() * sizeY() * sizeX();
    }

    /**
     * Reads the slice at {@code index} along {@code axis} into {@code dest} (row-major, shape
     * {@link #sliceShape(Axis)}); integer voxels are converted exactly to float.
     *
     * @throws IndexOutOfBoundsException if {@code index} is outside the axis or {@code dest} is too short
     * @throws IOException               if the source cannot be read
     */
    void readSlice(Axis axis, int index, float[] dest) throws IOException;

    @Override
    void close() throws IOException;
}
