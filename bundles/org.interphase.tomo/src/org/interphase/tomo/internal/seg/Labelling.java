package org.interphase.tomo.internal.seg;

import java.io.IOException;

import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.Progress;
import org.interphase.tomo.api.Roi;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.VoidComponents;

/**
 * 3-D connected-component labelling with 6-connectivity, streamed slice by slice: the classic two-pass
 * scheme (A. Rosenfeld, J. L. Pfaltz, "Sequential operations in digital picture processing", J. ACM 13
 * (1966) 471-494) in the Hoshen-Kopelman form (Phys. Rev. B 14 (1976) 3438) that keeps only the previous
 * slice's labels, with equivalences in a union-find. Memory: two slices of int labels plus 16 bytes per
 * provisional label, independent of the number of slices.
 */
public final class Labelling {

    private Labelling() {
    }

    /**
     * Components of the phase {@code value > threshold} when {@code above}, else {@code value <= threshold}
     * (non-finite voxels belong to neither).
     */
    public static VoidComponents label(Volume v, double threshold, boolean above) throws IOException {
        return label(v, threshold, above, Roi.WHOLE, Progress.NONE);
    }

    /** As {@link #label(Volume, double, boolean)} with voxels outside {@code roi} in neither phase. */
    public static VoidComponents label(Volume v, double threshold, boolean above, Roi roi, Progress progress)
            throws IOException {
        int nx = v.sizeX();
        int ny = v.sizeY();
        int n = nx * ny;
        float[] slice = new float[n];
        boolean[] roiIn = roi.footprint(nx, v.sizeY());
        int[] prev = new int[n];
        int[] cur = new int[n];
        UnionFind uf = new UnionFind();
        long phaseVoxels = 0;
        for (int z = 0; z < v.sizeZ(); z++) {
            v.readSlice(Axis.Z, z, slice);
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int i = y * nx + x;
                    float f = slice[i];
                    boolean in = Float.isFinite(f) && (above ? f > threshold : f <= threshold) && (roiIn == null || roiIn[i]);
                    if (!in) {
                        cur[i] = 0;
                        continue;
                    }
                    int label = x > 0 ? cur[i - 1] : 0;
                    label = join(uf, label, y > 0 ? cur[i - nx] : 0);
                    label = join(uf, label, z > 0 ? prev[i] : 0);
                    if (label == 0) {
                        label = uf.make();
                    }
                    cur[i] = label;
                    uf.count(label);
                    phaseVoxels++;
                }
            }
            progress.check(z + 1, v.sizeZ());
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return new VoidComponents(threshold, phaseVoxels, uf.componentSizes());
    }

    private static int join(UnionFind uf, int label, int neighbour) {
        if (neighbour == 0) {
            return label;
        }
        return label == 0 ? uf.find(neighbour) : uf.union(label, neighbour);
    }
}
