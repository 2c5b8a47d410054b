package org.interphase.tomo.api;

import java.nio.ByteOrder;
import java.util.OptionalDouble;

/**
 * How voxels are laid out in a headerless raw file: what the user enters in the raw-import dialog.
 *
 * @param sizeX       voxels along x (fastest)
 * @param sizeY       voxels along y
 * @param sizeZ       voxels along z (slowest)
 * @param dataType    voxel type
 * @param byteOrder   byte order of multi-byte voxels
 * @param headerBytes bytes to skip before the first voxel
 * @param voxelSizeUm voxel edge length in micrometres, when known
 */
public record RawLayout(int sizeX, int sizeY, int sizeZ, DataType dataType, ByteOrder byteOrder, long headerBytes,
        OptionalDouble voxelSizeUm) {

    public RawLayout {
        if (sizeX <= 0 || sizeY <= 0 || sizeZ <= 0) {
            throw new IllegalArgumentException(
                    "dimensions must be positive, got x=" + sizeX + " y=" + sizeY + " z=" + sizeZ);
        }
        if (headerBytes < 0) {
            throw new IllegalArgumentException("header offset must not be negative, got " + headerBytes);
        }
        if ((long) sizeX * sizeY > Integer.MAX_VALUE / 4 || (long) sizeZ * sizeX > Integer.MAX_VALUE / 4
                || (long) sizeZ * sizeY > Integer.MAX_VALUE / 4) {
            throw new IllegalArgumentException("a slice of " + sizeX + " x " + sizeY + " x " + sizeZ
                    + " voxels does not fit in one Java array");
        }
    }

    /** A layout without header and without voxel size. */
    public RawLayout(int sizeX, int sizeY, int sizeZ, DataType dataType, ByteOrder byteOrder) {
        this(sizeX, sizeY, sizeZ, dataType, byteOrder, 0, OptionalDouble.empty());
    }

    /** Bytes of voxel data (without header). */
    public long dataBytes() {
        return (long) sizeX * sizeY * sizeZ * dataType.bytes();
    }
}
