package org.interphase.tomo.api;

/**
 * Contact on one plane of a segmented volume: the share of the plane where solid (value &gt; threshold)
 * touches, i.e. is not void. Placed on the plane of an interface (e.g. Li | electrolyte), it is the
 * contact-area fraction; 1 - fraction is the void (contact-loss) fraction.
 *
 * @param axis          axis normal to the plane
 * @param index         plane index along the axis
 * @param threshold     solid means value &gt; threshold
 * @param contactVoxels solid voxels on the plane
 * @param planeVoxels   voxels of the plane that were counted (inside the ROI; all without one)
 */
public record PlaneContact(Axis axis, int index, double threshold, long contactVoxels, long planeVoxels) {

    /** Contact fraction, {@code contactVoxels / planeVoxels}. */
    public double fraction() {
        return planeVoxels == 0 ? Double.NaN : (double) contactVoxels / planeVoxels;
    }
}
