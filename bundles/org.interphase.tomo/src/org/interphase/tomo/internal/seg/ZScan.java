package org.interphase.tomo.internal.seg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.Progress;
import org.interphase.tomo.api.Volume;

/**
 * Visits every z slice of a volume once, in parallel: each worker owns a slice buffer and an accumulator
 * and takes every n-th slice; the caller merges the accumulators. Memory use is one slice per worker,
 * whatever the volume size. {@link Progress} is told after every slice and can cancel the pass.
 */
public final class ZScan {

    /** Work done on one z slice. */
    @FunctionalInterface
    public interface Visitor<A> {
        void visit(A accumulator, int z, float[] slice);
    }

    private ZScan() {
    }

    /** Scans all z slices with at most {@code availableProcessors} workers and returns their accumulators. */
    public static <A> List<A> scan(Volume volume, Supplier<A> accumulator, Visitor<A> visitor) throws IOException {
        return scan(volume, accumulator, visitor, Progress.NONE);
    }

    /**
     * As {@link #scan(Volume, Supplier, Visitor)}, reporting to {@code progress}.
     *
     * @throws java.util.concurrent.CancellationException when {@code progress} cancels
     */
    public static <A> List<A> scan(Volume volume, Supplier<A> accumulator, Visitor<A> visitor, Progress progress)
            throws IOException {
        int nz = volume.sizeZ();
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), nz));
        int length = volume.sliceLength(Axis.Z);
        AtomicInteger done = new AtomicInteger();
        try {
            return IntStream.range(0, workers).parallel().mapToObj(w -> {
                A acc = accumulator.get();
                float[] slice = new float[length];
                for (int z = w; z < nz; z += workers) {
                    try {
                        volume.readSlice(Axis.Z, z, slice);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    visitor.visit(acc, z, slice);
                    progress.check(done.incrementAndGet(), nz);
                }
                return acc;
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
