package org.interphase.tomo.ui.internal.seg;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.interphase.tomo.api.Filters;
import org.interphase.tomo.api.PhaseProfile;
import org.interphase.tomo.api.PlaneContact;
import org.interphase.tomo.api.Progress;
import org.interphase.tomo.api.Roi;
import org.interphase.tomo.api.Rois;
import org.interphase.tomo.api.Segmentation;
import org.interphase.tomo.api.VoidComponents;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.VoxelSize;

/**
 * Runs the segmentation steps of the tomography API in order (region, thresholds, phase profile, contact
 * plane, void labelling) with progress. Every whole-volume pass gets a {@link Progress} that reports each
 * slice to the job's monitor and stops the pass within a slice when the job is cancelled.
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

    /**
     * Runs every step on {@code source}.
     *
     * @throws OperationCanceledException when the monitor is cancelled (also in the middle of a pass)
     */
    public static SegmentationRun run(Volume source, SegmentationSettings s, Optional<VoxelSize> voxelSize,
            IProgressMonitor monitor) throws IOException {
        long start = System.nanoTime();
        int plane = s.plane();
        if (plane < 0 || plane >= source.size(s.axis())) {
            throw new IllegalArgumentException("contact plane " + plane + " is outside 0.." + (source.size(s.axis()) - 1)
                    + " along " + s.axis().id());
        }
        SubMonitor sub = SubMonitor.convert(monitor, "Segmenting", 100);
        try {
            sub.subTask("region of interest (" + s.roi().kind().label() + ")");
            Roi roi = region(source, s.roi(), sub, s.roi().kind() == RoiSpec.Kind.WHOLE
                    || s.roi().kind() == RoiSpec.Kind.SET_ON_XY ? 0 : 20);
            sub.subTask("thresholds (" + s.method().label() + ")");
            int thresholdWork = s.method() == SegmentationSettings.Method.MANUAL ? 0 : 20;
            double[] t = switch (s.method()) {
                case MANUAL -> new double[] { s.manual() };
                case OTSU -> new double[] { Segmentation.otsuThreshold(source, roi, progress(sub, thresholdWork)) };
                case MULTI_OTSU -> Segmentation.multiOtsuThresholds(source, 3, roi, progress(sub, thresholdWork));
            };
            sub.subTask("phase fractions per slice");
            PhaseProfile profile = Segmentation.phaseProfile(source, s.axis(), roi, progress(sub, 25), t);
            sub.subTask("contact on plane " + plane);
            PlaneContact contact = Segmentation.contact(source, s.axis(), plane, t[0], roi);
            checkCancelled(sub);
            sub.subTask("void labelling");
            Optional<VoidComponents> voids = s.labelVoids()
                    ? Optional.of(Segmentation.labelVoids(source, t[0], roi, progress(sub, 35)))
                    : Optional.empty();
            return new SegmentationRun(s, t, profile, roi, contact, voids, voxelSize,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (CancellationException e) {
            throw new OperationCanceledException(e.getMessage());
        }
    }

    /** Resolves the chosen region: automatic ones are computed on {@code source}. */
    static Roi region(Volume source, RoiSpec spec, SubMonitor sub, int work) throws IOException {
        return switch (spec.kind()) {
            case WHOLE -> Roi.WHOLE;
            case SET_ON_XY -> spec.manual();
            case OUTLINE, INSCRIBED -> {
                SubMonitor part = sub.split(work);
                part.setWorkRemaining(2);
                double air = Segmentation.otsuThreshold(source, Roi.WHOLE, progress(part, 1));
                Roi.Mask outline = Rois.sampleOutline(source, air, progress(part, 1));
                yield spec.kind() == RoiSpec.Kind.OUTLINE ? outline : Rois.inscribedCylinder(outline);
            }
        };
    }

    /**
     * A {@link Progress} for one pass worth {@code work} ticks of {@code parent}: every finished slice
     * advances the monitor (serialised: worker threads call it) and a cancelled monitor stops the pass.
     */
    static Progress progress(SubMonitor parent, int work) {
        SubMonitor child = parent.split(work);
        return new Progress() {
            private boolean started;

            @Override
            public boolean slice(int done, int total) {
                synchronized (this) {
                    if (!started) {
                        child.setWorkRemaining(total);
                        started = true;
                    }
                    child.worked(1);
                }
                return !child.isCanceled();
            }
        };
    }

    private static void checkCancelled(SubMonitor sub) {
        if (sub.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
