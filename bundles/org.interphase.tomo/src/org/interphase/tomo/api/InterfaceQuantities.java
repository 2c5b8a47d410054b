package org.interphase.tomo.api;

import java.io.IOException;

/**
 * What tomography says about one interface plane of a segmented volume: the contact fraction on the plane
 * and, in a slab of {@code 2 * halfWidth + 1} slices centred on it, the void fraction and the void
 * components (count and size distribution), all restricted to a {@link Roi}.
 *
 * @param contact      contact on the plane (solid = value &gt; threshold)
 * @param slabFrom     first slice of the slab
 * @param slabTo       last slice of the slab (inclusive)
 * @param voidFraction void fraction in the slab (inside the ROI)
 * @param voids        6-connected void components in the slab (inside the ROI)
 */
public record InterfaceQuantities(PlaneContact contact, int slabFrom, int slabTo, double voidFraction,
        VoidComponents voids) {

    /**
     * Measures the plane {@code index} along {@code axis} with a slab of {@code halfWidth} slices on either
     * side (clipped to the volume).
     */
    public static InterfaceQuantities measure(Volume volume, Axis axis, int index, int halfWidth, double threshold,
            Roi roi, Progress progress) throws IOException {
        if (index < 0 || index >= volume.size(axis)) {
            throw new IllegalArgumentException("plane " + index + " is outside 0.." + (volume.size(axis) - 1) + " along "
                    + axis.id());
        }
        if (halfWidth < 0) {
            throw new IllegalArgumentException("the slab half-width must not be negative");
        }
        PlaneContact contact = Segmentation.contact(volume, axis, index, threshold, roi);
        int from = Math.max(0, index - halfWidth);
        int to = Math.min(volume.size(axis) - 1, index + halfWidth);
        Volume slab = Volumes.crop(volume, axis, from, to + 1);
        Roi slabRoi = axis == Axis.Z ? roi : cropRoi(roi, volume, axis, from, to + 1);
        PhaseProfile p = Segmentation.phaseProfile(slab, axis, slabRoi, progress, threshold);
        VoidComponents voids = Segmentation.labelVoids(slab, threshold, slabRoi, progress);
        return new InterfaceQuantities(contact, from, to, p.overallFraction(0), voids);
    }

    /** The XY footprint of {@code roi} cut to the slab along x or y. */
    private static Roi cropRoi(Roi roi, Volume v, Axis axis, int from, int to) {
        boolean[] f = roi.footprint(v.sizeX(), v.sizeY());
        if (f == null) {
            return roi;
        }
        int nx = v.sizeX();
        int ny = v.sizeY();
        int cx = axis == Axis.X ? to - from : nx;
        int cy = axis == Axis.Y ? to - from : ny;
        boolean[] out = new boolean[cx * cy];
        for (int y = 0; y < cy; y++) {
            for (int x = 0; x < cx; x++) {
                int sx = axis == Axis.X ? x + from : x;
                int sy = axis == Axis.Y ? y + from : y;
                out[y * cx + x] = f[sy * nx + sx];
            }
        }
        return new Roi.Mask(cx, cy, out, roi.describe() + " cut to the slab");
    }
}
