package org.interphase.tomo.api;

import java.io.IOException;
import java.util.ArrayDeque;

import org.interphase.tomo.internal.seg.DistanceTransform;
import org.interphase.tomo.internal.seg.ZScan;

/**
 * Automatic regions of interest for cells imaged along their axis: the sample outline (what is not the air
 * around the sample) and the largest cylinder inscribed in it. Restricting void fractions to them keeps
 * the surrounding air out of the void phase.
 */
public final class Rois {

    private Rois() {
    }

    /**
     * The sample outline: voxels above {@code airThreshold} in any z slice form the sample's material;
     * the air is what a 4-connected flood fill from the slice border reaches through pixels that are never
     * above it; the outline is the largest 4-connected region of everything else, so voids enclosed by
     * the sample (e.g. the core of a jelly roll, pores) are inside and specks of noise in the air are not.
     *
     * @throws IllegalArgumentException when no voxel is above the threshold
     */
    public static Roi.Mask sampleOutline(Volume volume, double airThreshold, Progress progress) throws IOException {
        int nx = volume.sizeX();
        int ny = volume.sizeY();
        int n = nx * ny;
        boolean[] material = new boolean[n];
        for (boolean[] part : ZScan.scan(volume, () -> new boolean[n], (acc, z, s) -> {
            for (int i = 0; i < n; i++) {
                if (s[i] > airThreshold) {
                    acc[i] = true;
                }
            }
        }, progress)) {
            for (int i = 0; i < n; i++) {
                material[i] |= part[i];
            }
        }
        boolean[] air = new boolean[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int x = 0; x < nx; x++) {
            seed(material, air, queue, x);
            seed(material, air, queue, (ny - 1) * nx + x);
        }
        for (int y = 0; y < ny; y++) {
            seed(material, air, queue, y * nx);
            seed(material, air, queue, y * nx + nx - 1);
        }
        flood(queue, nx, ny, i -> !material[i] && !air[i], air);
        boolean[] inside = largestRegion(air, nx, ny);
        boolean any = false;
        for (boolean b : inside) {
            any |= b;
        }
        if (!any) {
            throw new IllegalArgumentException("no voxel is above the air threshold " + airThreshold
                    + ": the sample outline is empty");
        }
        return new Roi.Mask(nx, ny, inside, "sample outline above " + airThreshold);
    }

    private static void seed(boolean[] material, boolean[] air, ArrayDeque<Integer> queue, int i) {
        if (!material[i] && !air[i]) {
            air[i] = true;
            queue.add(i);
        }
    }

    /** Breadth-first 4-connected fill: marks in {@code mark} every pixel reached that {@code open} allows. */
    private static int flood(ArrayDeque<Integer> queue, int nx, int ny, java.util.function.IntPredicate open,
            boolean[] mark) {
        int count = queue.size();
        while (!queue.isEmpty()) {
            int i = queue.poll();
            int x = i % nx;
            int y = i / nx;
            int[] next = { x > 0 ? i - 1 : -1, x < nx - 1 ? i + 1 : -1, y > 0 ? i - nx : -1, y < ny - 1 ? i + nx : -1 };
            for (int j : next) {
                if (j >= 0 && open.test(j)) {
                    mark[j] = true;
                    queue.add(j);
                    count++;
                }
            }
        }
        return count;
    }

    /** The largest 4-connected region of pixels not in {@code outside}. */
    private static boolean[] largestRegion(boolean[] outside, int nx, int ny) {
        int n = nx * ny;
        int[] label = new int[n]; // 0 = unlabelled, -1 = outside
        for (int i = 0; i < n; i++) {
            if (outside[i]) {
                label[i] = -1;
            }
        }
        int bestLabel = 0;
        int bestSize = 0;
        int next = 0;
        int[] stack = new int[n];
        for (int start = 0; start < n; start++) {
            if (label[start] != 0) {
                continue;
            }
            int id = ++next;
            int size = 0;
            int top = 0;
            stack[top++] = start;
            label[start] = id;
            while (top > 0) {
                int i = stack[--top];
                size++;
                int x = i % nx;
                if (x > 0 && label[i - 1] == 0) {
                    label[i - 1] = id;
                    stack[top++] = i - 1;
                }
                if (x < nx - 1 && label[i + 1] == 0) {
                    label[i + 1] = id;
                    stack[top++] = i + 1;
                }
                if (i >= nx && label[i - nx] == 0) {
                    label[i - nx] = id;
                    stack[top++] = i - nx;
                }
                if (i + nx < n && label[i + nx] == 0) {
                    label[i + nx] = id;
                    stack[top++] = i + nx;
                }
            }
            if (size > bestSize) {
                bestSize = size;
                bestLabel = id;
            }
        }
        boolean[] best = new boolean[n];
        for (int i = 0; i < n; i++) {
            best[i] = bestLabel != 0 && label[i] == bestLabel;
        }
        return best;
    }

    /**
     * The largest cylinder (circle extruded along z) inside {@code mask}: centred on the pixel farthest from
     * every pixel outside the mask (exact Euclidean distance transform), with that distance as radius, so
     * every voxel of its footprint is in the mask.
     */
    public static Roi.Cylinder inscribedCylinder(Roi.Mask mask) {
        double[] d2 = DistanceTransform.squaredToOutside(mask.inside(), mask.sizeX(), mask.sizeY());
        int best = 0;
        for (int i = 1; i < d2.length; i++) {
            if (d2[i] > d2[best]) {
                best = i;
            }
        }
        if (d2[best] <= 0) {
            throw new IllegalArgumentException("the mask is empty: no cylinder fits");
        }
        // pixels strictly closer than the nearest outside pixel are inside; shave off rounding
        double radius = Math.sqrt(d2[best]) * (1 - 1e-9);
        return new Roi.Cylinder(best % mask.sizeX(), best / mask.sizeX(), radius);
    }
}
