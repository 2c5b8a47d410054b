package org.interphase.tomo.ui.internal.seg;

import java.util.Optional;
import java.util.OptionalDouble;

import org.interphase.tomo.api.VoxelSize;

import org.interphase.tomo.api.PhaseProfile;
import org.interphase.tomo.api.PlaneContact;
import org.interphase.tomo.api.Roi;
import org.interphase.tomo.api.VoidComponents;

/**
 * The outcome of one segmentation run. Phase 0 is the void phase (at or below the lowest threshold);
 * contact is measured against the lowest threshold too (solid = anything above it).
 *
 * @param settings    what was asked for
 * @param thresholds  thresholds used, ascending
 * @param profile     per-slice voxel counts of every phase along {@code settings.axis()}
 * @param roi         the region the run was restricted to (resolved: automatic regions computed)
 * @param contact     contact on the chosen plane
 * @param voids       void components, when labelling was asked for
 * @param voxelSize   voxel edges when known (the profile axis uses its own edge)
 * @param millis      run time
 */
public record SegmentationRun(SegmentationSettings settings, double[] thresholds, PhaseProfile profile, Roi roi,
        PlaneContact contact, Optional<VoidComponents> voids, Optional<VoxelSize> voxelSize, long millis) {

    public SegmentationRun {
        thresholds = thresholds.clone();
    }

    @Override
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** Overall void fraction (phase 0). */
    public double voidFraction() {
        return profile.overallFraction(0);
    }

    /** Voxel edge along the profile axis in µm, when known. */
    public OptionalDouble spacingUm() {
        return voxelSize.map(v -> OptionalDouble.of(v.along(settings.axis()))).orElse(OptionalDouble.empty());
    }

    /** Slice positions along the profile axis: µm (edge along that axis) when known, else voxel indices. */
    public double[] positions() {
        double[] x = new double[profile.slices()];
        double s = spacingUm().orElse(1);
        for (int i = 0; i < x.length; i++) {
            x[i] = i * s;
        }
        return x;
    }

    /** Axis title of {@link #positions()} with its unit. */
    public String positionTitle() {
        String a = settings.axis().id();
        return voxelSize.isPresent() ? a + " position / µm" : a + " slice / voxel";
    }
}
