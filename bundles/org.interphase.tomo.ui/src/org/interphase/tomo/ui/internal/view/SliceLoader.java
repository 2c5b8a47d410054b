package org.interphase.tomo.ui.internal.view;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.Volume;

/**
 * Reads slices off the UI thread: one system job per axis; a request replaces any pending one for the same
 * axis (the latest slice wins, so fast scrolling never queues up stale reads). Results are handed to the
 * sink on the UI thread.
 */
public final class SliceLoader {

    /** Receives slices on the UI thread. */
    public interface Sink {
        /**
         * A slice arrived.
         *
         * @param values    voxel values of the volume
         * @param segValues voxel values of the segmentation source (a filtered volume), or null when it is
         *                  the volume itself or no segmentation is shown
         */
        void delivered(Axis axis, int index, float[] values, float[] segValues);

        /** Reading failed. */
        void failed(Axis axis, int index, IOException error);
    }

    private final Display display;
    private final Volume volume;
    private final Sink sink;
    private final Map<Axis, AxisJob> jobs = new EnumMap<>(Axis.class);
    private volatile Volume segSource;
    private volatile boolean disposed;

    public SliceLoader(Display display, Volume volume, Sink sink) {
        this.display = display;
        this.volume = volume;
        this.sink = sink;
        for (Axis a : Axis.values()) {
            jobs.put(a, new AxisJob(a));
        }
    }

    /** Sets the volume the overlay is computed from (null: the volume itself). */
    public void setSegmentationSource(Volume source) {
        segSource = source == volume ? null : source;
    }

    /** Asks for slice {@code index} along {@code axis}. */
    public void request(Axis axis, int index) {
        AxisJob job = jobs.get(axis);
        job.wanted = index;
        job.schedule();
    }

    /** Whether any read is pending or running. */
    public boolean busy() {
        return jobs.values().stream().anyMatch(j -> j.getState() != Job.NONE);
    }

    /** Stops delivering; running reads finish quietly. */
    public void dispose() {
        disposed = true;
        jobs.values().forEach(Job::cancel);
    }

    private final class AxisJob extends Job {
        private final Axis axis;
        private volatile int wanted = -1;

        AxisJob(Axis axis) {
            super("Reading " + axis.id() + " slice");
            this.axis = axis;
            setSystem(true);
            setPriority(Job.INTERACTIVE);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            int index = wanted;
            if (index < 0 || disposed || monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            Volume seg = segSource;
            try {
                float[] values = new float[volume.sliceLength(axis)];
                volume.readSlice(axis, index, values);
                float[] segValues = null;
                if (seg != null) {
                    segValues = new float[seg.sliceLength(axis)];
                    seg.readSlice(axis, index, segValues);
                }
                float[] sv = segValues;
                post(() -> sink.delivered(axis, index, values, sv));
            } catch (IOException e) {
                post(() -> sink.failed(axis, index, e));
            }
            return Status.OK_STATUS;
        }
    }

    private void post(Runnable r) {
        if (!disposed && !display.isDisposed()) {
            display.asyncExec(() -> {
                if (!disposed) {
                    r.run();
                }
            });
        }
    }
}
