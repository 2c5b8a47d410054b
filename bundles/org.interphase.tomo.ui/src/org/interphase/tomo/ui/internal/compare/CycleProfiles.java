package org.interphase.tomo.ui.internal.compare;

import java.io.IOException;
import java.util.OptionalDouble;

import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.PhaseProfile;
import org.interphase.tomo.api.Progress;
import org.interphase.tomo.api.Roi;
import org.interphase.tomo.api.Segmentation;
import org.interphase.tomo.api.Volume;

/**
 * The void-fraction profile along z of one volume of a comparison: threshold (Otsu of that volume, or a
 * common value), positions in µm when its z edge is known, else slice indices.
 *
 * @param threshold    threshold used (void = at or below)
 * @param positions    z of every slice (µm or index)
 * @param voidFraction void fraction of every slice
 * @param micrometres  whether positions are in µm
 */
public record CycleProfiles(double threshold, double[] positions, double[] voidFraction, boolean micrometres) {

    /** Computes the profile of {@code v}; {@code common} empty means Otsu's threshold of {@code v}. */
    public static CycleProfiles compute(Volume v, OptionalDouble common, Progress progress) throws IOException {
        double t = common.isPresent() ? common.getAsDouble() : Segmentation.otsuThreshold(v, Roi.WHOLE, progress);
        PhaseProfile p = Segmentation.phaseProfile(v, Axis.Z, Roi.WHOLE, progress, t);
        OptionalDouble edge = v.voxelSize().map(s -> OptionalDouble.of(s.z())).orElse(OptionalDouble.empty());
        double[] x = new double[p.slices()];
        for (int i = 0; i < x.length; i++) {
            x[i] = i * edge.orElse(1);
        }
        return new CycleProfiles(t, x, p.fractions(0), edge.isPresent());
    }
}
