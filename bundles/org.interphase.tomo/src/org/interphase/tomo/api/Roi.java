package org.interphase.tomo.api;

import java.util.Arrays;

/**
 * A region of interest: a footprint in the XY plane extruded through all z slices (the geometry of a
 * cylindrical cell imaged along its axis). Segmentation, phase fractions, contact and void labelling
 * restricted to a ROI ignore every voxel outside it, e.g. the air around a cell.
 */
public sealed interface Roi {

    /** Every voxel. */
    Roi WHOLE = new Whole();

    /**
     * The footprint for slices of {@code nx} x {@code ny} voxels: {@code inside[y * nx + x]}, or {@code null}
     * for {@link Whole} (everything inside).
     */
    boolean[] footprint(int nx, int ny);

    /** Short description for settings JSON and the editor. */
    String describe();

    /** Voxels of one XY slice inside the ROI. */
    default long area(int nx, int ny) {
        boolean[] f = footprint(nx, ny);
        if (f == null) {
            return (long) nx * ny;
        }
        long n = 0;
        for (boolean b : f) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    /** The whole volume. */
    record Whole() implements Roi {
        @Override
        public boolean[] footprint(int nx, int ny) {
            return null;
        }

        @Override
        public String describe() {
            return "whole volume";
        }
    }

    /**
     * A cylinder along z: voxel (x, y) is inside when the distance of its centre from (centreX, centreY) is
     * at most {@code radius} (voxel units, voxel centres at integer coordinates).
     */
    record Cylinder(double centreX, double centreY, double radius) implements Roi {
        public Cylinder {
            if (!(radius > 0) || !Double.isFinite(radius) || !Double.isFinite(centreX) || !Double.isFinite(centreY)) {
                throw new IllegalArgumentException("a cylinder needs a finite centre and a positive radius, got ("
                        + centreX + ", " + centreY + ") r=" + radius);
            }
        }

        @Override
        public boolean[] footprint(int nx, int ny) {
            boolean[] f = new boolean[nx * ny];
            double r2 = radius * radius;
            for (int y = 0; y < ny; y++) {
                double dy = y - centreY;
                for (int x = 0; x < nx; x++) {
                    double dx = x - centreX;
                    f[y * nx + x] = dx * dx + dy * dy <= r2;
                }
            }
            return f;
        }

        @Override
        public String describe() {
            return String.format(java.util.Locale.ROOT, "cylinder centre (%.1f, %.1f) radius %.1f voxels", centreX, centreY,
                    radius);
        }
    }

    /** A rectangle {@code [x0, x1) x [y0, y1)} in voxels (clipped to the slice). */
    record Rectangle(int x0, int y0, int x1, int y1) implements Roi {
        public Rectangle {
            if (x1 <= x0 || y1 <= y0) {
                throw new IllegalArgumentException("a rectangle needs x0 < x1 and y0 < y1, got " + x0 + ".." + x1 + ", "
                        + y0 + ".." + y1);
            }
        }

        @Override
        public boolean[] footprint(int nx, int ny) {
            boolean[] f = new boolean[nx * ny];
            for (int y = Math.max(0, y0); y < Math.min(ny, y1); y++) {
                Arrays.fill(f, y * nx + Math.max(0, x0), y * nx + Math.max(Math.max(0, x0), Math.min(nx, x1)), true);
            }
            return f;
        }

        @Override
        public String describe() {
            return "rectangle x " + x0 + ".." + x1 + ", y " + y0 + ".." + y1;
        }
    }

    /**
     * A footprint given voxel by voxel (e.g. a sample outline or a mask image); it must match the slice
     * size of the volume it is used on.
     *
     * @param sizeX  columns
     * @param sizeY  rows
     * @param inside {@code inside[y * sizeX + x]} (a copy is kept)
     * @param origin what the mask came from, for provenance
     */
    record Mask(int sizeX, int sizeY, boolean[] inside, String origin) implements Roi {
        public Mask {
            if ((long) sizeX * sizeY != inside.length) {
                throw new IllegalArgumentException("mask of " + inside.length + " values for " + sizeX + " x " + sizeY);
            }
            inside = inside.clone();
        }

        @Override
        public boolean[] inside() {
            return inside.clone();
        }

        @Override
        public boolean[] footprint(int nx, int ny) {
            if (nx != sizeX || ny != sizeY) {
                throw new IllegalArgumentException("the mask is " + sizeX + " x " + sizeY + ", the slices " + nx + " x " + ny);
            }
            return inside.clone();
        }

        @Override
        public String describe() {
            return "mask (" + origin + ")";
        }
    }
}
