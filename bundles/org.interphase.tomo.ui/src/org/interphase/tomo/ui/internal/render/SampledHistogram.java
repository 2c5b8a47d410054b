package org.interphase.tomo.ui.internal.render;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.Histogram;
import org.interphase.tomo.api.Volume;

/**
 * The display histogram of a volume from at most {@code maxSlices} evenly spaced z slices, so that it is
 * quick on volumes of any size. Integer data get one bin per value; float data {@link #FLOAT_BINS} bins
 * over the sampled range (non-finite voxels are skipped).
 *
 * @param histogram  the counts
 * @param slicesRead z slices read
 * @param sliceCount z slices in the volume (equal to slicesRead when the histogram is exact)
 */
public record SampledHistogram(Histogram histogram, int slicesRead, int sliceCount) {

    /** Bins of float histograms. */
    public static final int FLOAT_BINS = 1024;

    /** Whether every slice was counted. */
    public boolean exact() {
        return slicesRead == sliceCount;
    }

    /** Computes the histogram; honours cancellation after every slice. */
    public static SampledHistogram compute(Volume volume, int maxSlices, IProgressMonitor monitor) throws IOException {
        int n = volume.sizeZ();
        int[] picks = picks(n, maxSlices);
        DataType type = volume.dataType();
        float[] buf = new float[volume.sliceLength(Axis.Z)];
        SubMonitor sub = SubMonitor.convert(monitor, "Histogram", type.hasValueBins() ? picks.length : 2 * picks.length);
        if (type.hasValueBins()) {
            long[] counts = new long[(int) type.maxValue() + 1];
            for (int z : picks) {
                read(volume, z, buf, sub);
                for (float f : buf) {
                    counts[(int) f]++;
                }
            }
            return new SampledHistogram(new Histogram(-0.5, 1, counts, true), picks.length, n);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int z : picks) {
            read(volume, z, buf, sub);
            for (float f : buf) {
                if (Float.isFinite(f)) {
                    min = Math.min(min, f);
                    max = Math.max(max, f);
                }
            }
        }
        if (min > max) {
            throw new IOException("the sampled slices hold no finite voxels");
        }
        double width = max > min ? (max - min) / FLOAT_BINS : 1;
        long[] counts = new long[FLOAT_BINS];
        for (int z : picks) {
            read(volume, z, buf, sub);
            for (float f : buf) {
                if (Float.isFinite(f)) {
                    counts[Math.min(FLOAT_BINS - 1, (int) ((f - min) / width))]++;
                }
            }
        }
        return new SampledHistogram(new Histogram(min, width, counts, false), picks.length, n);
    }

    private static void read(Volume volume, int z, float[] buf, SubMonitor sub) throws IOException {
        if (sub.isCanceled()) {
            throw new OperationCanceledException();
        }
        volume.readSlice(Axis.Z, z, buf);
        sub.worked(1);
    }

    /** Evenly spaced slice indices, all of them when {@code n <= max}. */
    static int[] picks(int n, int max) {
        int k = Math.max(1, Math.min(n, max));
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            out[i] = k == n ? i : (int) Math.round((i + 0.5) * n / k - 0.5);
        }
        return out;
    }
}
