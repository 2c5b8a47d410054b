package org.interphase.tomo.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.interphase.tomo.api.ArrayVolume;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.PhaseProfile;
import org.interphase.tomo.api.PlaneContact;
import org.interphase.tomo.api.Progress;
import org.interphase.tomo.api.Roi;
import org.interphase.tomo.api.Rois;
import org.interphase.tomo.api.Segmentation;
import org.interphase.tomo.api.VoidComponents;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.VolumeStats;
import org.interphase.tomo.api.Volumes;
import org.junit.jupiter.api.Test;

/**
 * Regions of interest: a synthetic cylindrical cell in air whose void fraction is known exactly, the
 * automatic outline / inscribed cylinder, cancellation, and the shared UCL cell, whose void fraction without
 * the surrounding air is checked against an independent row-scan computation on the ImageIO pixels.
 */
class RoiTest {

    static final int NZ = 12;
    static final int N = 41;
    static final int C = 20;
    static final int R = 15;

    /** Air 0 outside radius 15; a can wall (250) for 13 < r <= 15; solid 200 inside with two void blocks (10). */
    static ArrayVolume cell() {
        return ArrayVolume.of(NZ, N, N, DataType.UINT8, (z, y, x) -> {
            int d2 = (x - C) * (x - C) + (y - C) * (y - C);
            if (d2 > R * R) {
                return 0;
            }
            if (d2 > 13 * 13) {
                return 250;
            }
            boolean voidA = z >= 2 && z < 6 && x >= 15 && x < 19 && y >= 15 && y < 20; // 4 x 5 x 4 = 80
            boolean voidB = z >= 8 && z < 10 && x >= 22 && x < 25 && y >= 22 && y < 24; // 2 x 2 x 3 = 12
            return voidA || voidB ? 10 : 200;
        });
    }

    static long diskArea(int r) {
        long n = 0;
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                if ((x - C) * (x - C) + (y - C) * (y - C) <= r * r) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void outlineAndInscribedCylinderExcludeTheAir() throws Exception {
        ArrayVolume v = cell();
        Roi.Mask outline = Rois.sampleOutline(v, 100, Progress.NONE);
        long disk = diskArea(R);
        assertEquals(disk, outline.area(N, N), "outline = digital disk of radius 15");
        Roi.Cylinder cyl = Rois.inscribedCylinder(outline);
        assertEquals(C, cyl.centreX(), 0);
        assertEquals(C, cyl.centreY(), 0);
        assertEquals(Math.sqrt(226), cyl.radius(), 1e-6, "nearest air pixel: 15^2 + 1^2 = 226");
        assertArrayEquals(outline.inside(), cyl.footprint(N, N), "the inscribed cylinder is the whole digital disk");

        // whole volume: the air counts as void; in the ROI only the 92 void voxels do
        PhaseProfile whole = Segmentation.phaseProfile(v, Axis.Z, 100);
        assertEquals((92.0 + NZ * (N * N - disk)) / (NZ * N * N), whole.overallFraction(0), 1e-15);
        for (Roi roi : List.of(outline, cyl)) {
            PhaseProfile p = Segmentation.phaseProfile(v, Axis.Z, roi, Progress.NONE, 100);
            assertEquals(92.0 / (NZ * disk), p.overallFraction(0), 1e-15);
            assertEquals(20.0 / disk, p.fractions(0)[3], 1e-15, "slice 3 holds 20 void voxels of void A");
            assertEquals(disk, p.sliceVoxels(0));
            PlaneContact c = Segmentation.contact(v, Axis.Z, 4, 100, roi);
            assertEquals(disk, c.planeVoxels());
            assertEquals(1 - 20.0 / disk, c.fraction(), 1e-15);
            VoidComponents voids = Segmentation.labelVoids(v, 100, roi, Progress.NONE);
            assertArrayEquals(new long[] { 80, 12 }, voids.sizes(), "the air is no void any more");
            // Otsu on the ROI sees voids (92), solid and wall only: the largest between-class variance is
            // between solid (200) and wall (250); on the whole volume the air dominates and it splits 10 | 200
            assertEquals(200, Segmentation.otsuThreshold(v, roi, Progress.NONE));
            assertEquals(10, Segmentation.otsuThreshold(v));
        }
        // profile along x: slice x = 5 (outside the disk) counts nothing
        PhaseProfile px = Segmentation.phaseProfile(v, Axis.X, outline, Progress.NONE, 100);
        assertEquals(0, px.sliceVoxels(4));
        assertTrue(Double.isNaN(px.fractions(0)[4]));
        assertEquals(92.0 / (NZ * disk), px.overallFraction(0), 1e-15);
        PlaneContact side = Segmentation.contact(v, Axis.Y, C, 100, outline); // plane y = 20: no void crosses it
        assertEquals((long) NZ * 31, side.planeVoxels(), "31 disk pixels on the row through the centre");
        assertEquals(1, side.fraction(), 0);
        PlaneContact cut = Segmentation.contact(v, Axis.Y, 17, 100, outline); // void A: x 15..18, z 2..5
        assertEquals((long) NZ * 29, cut.planeVoxels(), "row y = 17: |dx| <= 14");
        assertEquals(1 - 16.0 / (NZ * 29), cut.fraction(), 1e-15);
    }

    @Test
    void rectangleAndStatsRespectTheRoi() throws Exception {
        ArrayVolume v = ArrayVolume.of(3, 6, 8, DataType.FLOAT32, (z, y, x) -> x + 10 * y);
        Roi.Rectangle r = new Roi.Rectangle(2, 1, 5, 3); // x 2..4, y 1..2
        VolumeStats s = Segmentation.stats(v, r, Progress.NONE);
        assertEquals(18, s.voxels());
        assertEquals(12, s.min());
        assertEquals(24, s.max());
        assertEquals(18, s.mean(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new Roi.Rectangle(3, 0, 3, 4));
        assertThrows(IllegalArgumentException.class, () -> new Roi.Mask(2, 2, new boolean[3], "bad"));
    }

    @Test
    void progressIsReportedAndCancels() throws Exception {
        ArrayVolume v = cell();
        AtomicInteger last = new AtomicInteger();
        Segmentation.phaseProfile(v, Axis.Z, Roi.WHOLE, (done, total) -> {
            last.accumulateAndGet(done, Math::max);
            assertEquals(NZ, total);
            return true;
        }, 100);
        assertEquals(NZ, last.get());
        Progress stopAt3 = (done, total) -> done < 3;
        assertThrows(CancellationException.class, () -> Segmentation.otsuThreshold(v, Roi.WHOLE, stopAt3));
        assertThrows(CancellationException.class, () -> Segmentation.phaseProfile(v, Axis.Y, Roi.WHOLE, stopAt3, 100));
        assertThrows(CancellationException.class, () -> Segmentation.labelVoids(v, 100, Roi.WHOLE, stopAt3));
        assertThrows(CancellationException.class, () -> Rois.sampleOutline(v, 100, stopAt3));
    }

    /**
     * The shared UCL cell: the outline is the union of the pixels above the stack's Otsu threshold (91: the
     * can and the current collectors), filled; the void phase is at or below the lowest three-class Otsu
     * threshold (dark: pores and air). Restricted to the outline the void fraction excludes the air.
     * Independent reference: ImageIO pixels of the 16 files; in every row everything between the first and
     * the last pixel above 91 is inside (the cell is convex in cross-section).
     */
    @Test
    void sharedCellVoidFractionWithoutTheSurroundingAir() throws Exception {
        List<Path> files;
        try (var s = Files.list(SharedData.cellVol())) {
            files = s.sorted().toList();
        }
        try (Volume v = Volumes.open(SharedData.cellVol())) {
            double t = Segmentation.otsuThreshold(v);
            assertEquals(91, t);
            Roi.Mask outline = Rois.sampleOutline(v, t, Progress.NONE);
            double tv = Segmentation.multiOtsuThresholds(v, 3)[0];
            double inRoi = Segmentation.phaseProfile(v, Axis.Z, outline, Progress.NONE, tv).overallFraction(0);
            double whole = Segmentation.phaseProfile(v, Axis.Z, tv).overallFraction(0);
            Roi.Cylinder cyl = Rois.inscribedCylinder(outline);
            double inCyl = Segmentation.phaseProfile(v, Axis.Z, cyl, Progress.NONE, tv).overallFraction(0);

            int nx = 728;
            int n = nx * nx;
            boolean[] bright = new boolean[n];
            List<int[]> pixels = new java.util.ArrayList<>();
            for (Path f : files) {
                int[] p = SharedData.imageIoPixels(f);
                pixels.add(p);
                for (int i = 0; i < n; i++) {
                    bright[i] |= p[i] > t;
                }
            }
            boolean[] inside = new boolean[n];
            long area = 0;
            for (int y = 0; y < nx; y++) {
                int first = -1;
                int last = -1;
                for (int x = 0; x < nx; x++) {
                    if (bright[y * nx + x]) {
                        last = x;
                        first = first < 0 ? x : first;
                    }
                }
                for (int x = first; x >= 0 && x <= last; x++) {
                    inside[y * nx + x] = true;
                    area++;
                }
            }
            long voids = 0;
            for (int[] p : pixels) {
                for (int i = 0; i < n; i++) {
                    if (inside[i] && p[i] <= tv) {
                        voids++;
                    }
                }
            }
            double reference = (double) voids / (area * files.size());
            System.out.printf(java.util.Locale.ROOT,
                    "UCL cell, outline above %.0f, voids <= %.0f: void fraction whole volume %.5f, sample outline %.5f (%d px), "
                            + "row-scan reference %.5f (%d px), inscribed cylinder r=%.1f at (%.0f, %.0f) %.5f%n",
                    t, tv, whole, inRoi, outline.area(nx, nx), reference, area, cyl.radius(), cyl.centreX(), cyl.centreY(),
                    inCyl);
            assertEquals(reference, inRoi, 0.005, "outline ROI vs independent row-scan fill");
            assertTrue(whole - inRoi > 0.1, "the air around the cell no longer counts as void");
            assertTrue(inCyl <= inRoi + 0.01, "the inscribed cylinder holds no more void than the outline");
            assertTrue(Math.abs(outline.area(nx, nx) - area) < 0.01 * area, "outline and row-scan areas within 1 %");
        }
    }

    /**
     * mask_1.tif as a ROI on im_1.tif: exactly its 76,433 non-zero pixels (data README) are counted, and
     * their mean equals the mean of the ImageIO pixels under the mask.
     */
    @Test
    void sharedMaskAsRoi() throws Exception {
        int[] mask = SharedData.imageIoPixels(SharedData.ucl().resolve("mask_1.tif"));
        int[] image = SharedData.imageIoPixels(SharedData.ucl().resolve("im_1.tif"));
        boolean[] inside = new boolean[mask.length];
        double sum = 0;
        long n = 0;
        for (int i = 0; i < mask.length; i++) {
            inside[i] = mask[i] != 0;
            if (inside[i]) {
                sum += image[i];
                n++;
            }
        }
        assertEquals(76_433, n);
        Roi.Mask roi = new Roi.Mask(576, 576, inside, "mask_1.tif");
        try (Volume v = Volumes.open(SharedData.ucl().resolve("im_1.tif"))) {
            VolumeStats s = Segmentation.stats(v, roi, Progress.NONE);
            assertEquals(76_433, s.voxels());
            assertEquals(sum / n, s.mean(), 1e-9);
            PhaseProfile p = Segmentation.phaseProfile(v, Axis.Z, roi, Progress.NONE, 0);
            assertEquals(76_433, p.sliceVoxels(0));
        }
    }
}
