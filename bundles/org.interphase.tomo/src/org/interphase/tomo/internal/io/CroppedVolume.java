package org.interphase.tomo.internal.io;

import java.io.IOException;
import java.nio.ByteOrder;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.VoxelSize;

/**
 * A slab {@code [from, to)} of a volume along one axis, read through the source (nothing is copied up front;
 * closing it does not close the source).
 */
public final class CroppedVolume implements Volume {

    private final Volume source;
    private final Axis axis;
    private final int from;
    private final int to;

    public CroppedVolume(Volume source, Axis axis, int from, int to) {
        this.source = Objects.requireNonNull(source, "source");
        this.axis = Objects.requireNonNull(axis, "axis");
        if (from < 0 || to > source.size(axis) || from >= to) {
            throw new IllegalArgumentException("slab " + from + ".." + to + " is outside 0.." + source.size(axis)
                    + " along " + axis.id());
        }
        this.from = from;
        this.to = to;
    }

    @Override
    public int sizeZ() {
        return axis == Axis.Z ? to - from : source.sizeZ();
    }

    @Override
    public int sizeY() {
        return axis == Axis.Y ? to - from : source.sizeY();
    }

    @Override
    public int sizeX() {
        return axis == Axis.X ? to - from : source.sizeX();
    }

    @Override
    public DataType dataType() {
        return source.dataType();
    }

    @Override
    public ByteOrder byteOrder() {
        return source.byteOrder();
    }

    @Override
    public OptionalDouble voxelSizeUm() {
        return source.voxelSizeUm();
    }

    @Override
    public Optional<VoxelSize> voxelSize() {
        return source.voxelSize();
    }

    @Override
    public String description() {
        return source.description() + ", " + axis.id() + " " + from + ".." + (to - 1);
    }

    @Override
    public void readSlice(Axis a, int index, float[] dest) throws IOException {
        Objects.checkIndex(index, size(a));
        if (a == axis) {
            source.readSlice(a, index + from, dest);
            return;
        }
        int[] full = source.sliceShape(a);
        float[] s = new float[full[0] * full[1]];
        source.readSlice(a, index, s);
        // the slice's rows run along Z for Y/X slices and along Y for Z slices; columns along X (or Y for X slices)
        Axis rows = a == Axis.Z ? Axis.Y : Axis.Z;
        if (axis == rows) {
            System.arraycopy(s, from * full[1], dest, 0, (to - from) * full[1]);
        } else {
            int w = to - from;
            for (int r = 0; r < full[0]; r++) {
                System.arraycopy(s, r * full[1] + from, dest, r * w, w);
            }
        }
    }

    @Override
    public void close() {
        // the source belongs to the caller
    }
}
