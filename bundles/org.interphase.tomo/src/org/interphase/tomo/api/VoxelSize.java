package org.interphase.tomo.api;

import java.util.Optional;

import org.interphase.model.TomographyVolume;

/**
 * Edge lengths of a voxel along x, y and z in micrometres; anisotropic when a scan was binned or
 * resliced along one axis (e.g. the UCL cell volume, whose z spacing is twice the in-plane spacing).
 *
 * @param x edge along x (columns) in µm
 * @param y edge along y (rows) in µm
 * @param z edge along z (slices) in µm
 */
public record VoxelSize(double x, double y, double z) {

    public VoxelSize {
        if (!valid(x) || !valid(y) || !valid(z)) {
            throw new IllegalArgumentException("voxel edges must be positive and finite, got x=" + x + " y=" + y + " z=" + z);
        }
    }

    private static boolean valid(double v) {
        return v > 0 && Double.isFinite(v);
    }

    /** A cubic voxel of edge {@code um}. */
    public static VoxelSize isotropic(double um) {
        return new VoxelSize(um, um, um);
    }

    /** Edge along {@code axis}. */
    public double along(Axis axis) {
        return switch (axis) {
            case X -> x;
            case Y -> y;
            case Z -> z;
        };
    }

    /** Whether all three edges are equal. */
    public boolean isIsotropic() {
        return x == y && y == z;
    }

    /** Volume of one voxel in µm³. */
    public double volumeUm3() {
        return x * y * z;
    }

    /**
     * The voxel size a model {@link TomographyVolume} records. Rule (keeps files written before the
     * per-axis attributes loading unchanged): an axis uses its own attribute ({@code voxelSizeXUm},
     * {@code voxelSizeYUm}, {@code voxelSizeZUm}) when that is &gt; 0, otherwise the single
     * {@code voxelSizeUm}; empty when an axis has neither.
     */
    public static Optional<VoxelSize> of(TomographyVolume m) {
        double iso = m.getVoxelSizeUm();
        double x = m.getVoxelSizeXUm() > 0 ? m.getVoxelSizeXUm() : iso;
        double y = m.getVoxelSizeYUm() > 0 ? m.getVoxelSizeYUm() : iso;
        double z = m.getVoxelSizeZUm() > 0 ? m.getVoxelSizeZUm() : iso;
        return valid(x) && valid(y) && valid(z) ? Optional.of(new VoxelSize(x, y, z)) : Optional.empty();
    }

    /**
     * Writes this size into {@code m} (not through a command: for importers building new measurements):
     * the three per-axis attributes, and {@code voxelSizeUm} = x for readers that know only the single value.
     */
    public void store(TomographyVolume m) {
        m.setVoxelSizeUm(x);
        m.setVoxelSizeXUm(x);
        m.setVoxelSizeYUm(y);
        m.setVoxelSizeZUm(z);
    }

    @Override
    public String toString() {
        return isIsotropic() ? x + " µm" : x + " × " + y + " × " + z + " µm (x × y × z)";
    }
}
