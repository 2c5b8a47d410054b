package org.interphase.tomo.ui.internal.seg;

import java.io.IOException;
import java.util.Optional;

import org.interphase.tomo.api.VoxelSize;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.interphase.tomo.api.Filters;
import org.interphase.tomo.api.PhaseProfile;
import org.interphase.tomo.api.PlaneContact;
import org.interphase.tomo.api.Segmentation;
import org.interphase.tomo.api.VoidComponents;
import org.interphase.tomo.api.Volume;

/**
 * Runs the segmentation steps of the tomography API in order (thresholds, phase profile, contact plane,
 * void labelling) with progress; cancellation is honoured between steps, because each API call reads the
 * volume in one go.
 */
public final class Segmenter {

    private Segmenter() {
    }

    /** The volume segmentation reads: {@code volume} itself or a lazily filtered view of it (close it after use). */
    public static Volume source(Volume volume, SegmentationSettings s) {
        return switch (s.filter()) {
            case NONE -> volume;
            case MEDIAN -> Filters.median3(volume);
            case GAUSSIAN -> Filters.gaussian(volume, s.sigma());
        };
    }

    /** Runs every step on {@code source}. */
    public static SegmentationRun run(Volume source, SegmentationSettings s, Optional<VoxelSize> voxelSize,
            IProgressMonitor monitor) throws IOException {
        long start = System.nanoTime();
        int plane = s.plane();
        if (plane < 0 || plane >= source.size(s.axis())) {
            throw new IllegalArgumentException("contact plane " + plane + " is outside 0.." + (source.size(s.axis()) - 1)
                    + " along " + s.axis().id());
        }
        SubMonitor sub = SubMonitor.convert(monitor, "Segmenting", 100);
        sub.subTask("thresholds (" + s.method().label() + ")");
        double[] t = switch (s.method()) {
            case MANUAL -> new double[] { s.manual() };
            case OTSU -> new double[] { Segmentation.otsuThreshold(source) };
            case MULTI_OTSU -> Segmentation.multiOtsuThresholds(source, 3);
        };
        step(sub, s.method() == SegmentationSettings.Method.MANUAL ? 0 : 30, "phase fractions per slice");
        PhaseProfile profile = Segmentation.phaseProfile(source, s.axis(), t);
        step(sub, 30, "contact on plane " + plane);
        PlaneContact contact = Segmentation.contact(source, s.axis(), plane, t[0]);
        step(sub, 5, "void labelling");
        Optional<VoidComponents> voids = s.labelVoids() ? Optional.of(Segmentation.labelVoids(source, t[0]))
                : Optional.empty();
        step(sub, 35, "done");
        return new SegmentationRun(s, t, profile, contact, voids, voxelSize, (System.nanoTime() - start) / 1_000_000);
    }

    private static void step(SubMonitor sub, int work, String next) {
        sub.worked(work);
        if (sub.isCanceled()) {
            throw new OperationCanceledException();
        }
        sub.subTask(next);
    }
}
