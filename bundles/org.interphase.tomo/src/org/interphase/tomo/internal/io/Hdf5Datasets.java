package org.interphase.tomo.internal.io;

import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.interphase.core.api.ImportException;
import org.interphase.tomo.api.VoxelSize;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;

/**
 * Finding the volume in an HDF5/NeXus file and its voxel size. NeXus rules (NeXus manual, "Find the
 * plottable data", https://manual.nexusformat.org/datarules.html): the root's {@code default} attribute
 * names the NXentry, the entry's {@code default} the NXdata group, whose {@code signal} attribute names the
 * dataset; the NXdata's {@code axes} attribute names one coordinate dataset per dimension (with
 * {@code units}). Without NeXus attributes the first 3-D numeric dataset (depth-first, file order) is
 * taken.
 */
public final class Hdf5Datasets {

    private Hdf5Datasets() {
    }

    /** The dataset at {@code path}, or by the NeXus default chain, or the first 3-D numeric dataset. */
    public static Dataset choose(Path file, HdfFile hdf, Optional<String> path) throws ImportException {
        if (path.isPresent() && !path.get().isBlank()) {
            Node n;
            try {
                n = hdf.getByPath(path.get());
            } catch (HdfException e) {
                throw new ImportException(file, 0, "no dataset " + path.get() + " in the file; 3-D datasets: "
                        + describe(volumes(hdf)));
            }
            if (!(n instanceof Dataset ds)) {
                throw new ImportException(file, 0, path.get() + " is a group, not a dataset");
            }
            if (!isVolume(ds)) {
                throw new ImportException(file, 0, "dataset " + path.get() + " has shape "
                        + java.util.Arrays.toString(ds.getDimensions()) + "; a 3-D numeric dataset is needed");
            }
            return ds;
        }
        Optional<Dataset> nexus = nexusSignal(hdf).filter(Hdf5Datasets::isVolume);
        if (nexus.isPresent()) {
            return nexus.get();
        }
        List<Dataset> all = volumes(hdf);
        if (all.isEmpty()) {
            throw new ImportException(file, 0, "the HDF5 file holds no 3-D numeric dataset");
        }
        return all.get(0);
    }

    /** Every 3-D numeric dataset, depth-first in file order. */
    public static List<Dataset> volumes(Group root) {
        List<Dataset> out = new ArrayList<>();
        collect(root, out, 0);
        return out;
    }

    private static void collect(Group g, List<Dataset> out, int depth) {
        if (depth > 32) {
            return; // guards against cyclic links
        }
        for (Node n : g.getChildren().values()) {
            if (n.isLink()) {
                continue;
            }
            if (n instanceof Dataset ds && isVolume(ds)) {
                out.add(ds);
            } else if (n instanceof Group sub) {
                collect(sub, out, depth + 1);
            }
        }
    }

    /** Whether {@code ds} is a 3-D integer or floating-point dataset. */
    public static boolean isVolume(Dataset ds) {
        return ds.getDimensions().length == 3 && !ds.isEmpty()
                && (ds.getDataType() instanceof FixedPoint || ds.getDataType() instanceof FloatingPoint);
    }

    /** The NXdata signal reached from the root's {@code default} chain, or of the first NXdata found. */
    static Optional<Dataset> nexusSignal(HdfFile hdf) {
        Group g = hdf;
        for (int hop = 0; hop < 4; hop++) {
            Optional<String> signal = string(g, "signal");
            if (signal.isPresent() && g.getChild(signal.get()) instanceof Dataset ds) {
                return Optional.of(ds);
            }
            Optional<String> next = string(g, "default");
            if (next.isEmpty() || !(g.getChild(next.get()) instanceof Group child)) {
                break;
            }
            g = child;
        }
        return firstNxData(hdf, 0);
    }

    private static Optional<Dataset> firstNxData(Group g, int depth) {
        if (depth > 32) {
            return Optional.empty();
        }
        if (string(g, "NX_class").filter("NXdata"::equals).isPresent()) {
            Optional<String> signal = string(g, "signal");
            if (signal.isPresent() && g.getChild(signal.get()) instanceof Dataset ds && isVolume(ds)) {
                return Optional.of(ds);
            }
        }
        for (Node n : g.getChildren().values()) {
            if (!n.isLink() && n instanceof Group sub) {
                Optional<Dataset> found = firstNxData(sub, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The voxel size from the NXdata {@code axes} coordinate datasets (spacing of the first two values,
     * converted from their {@code units}: m, mm, um/µm/micron, nm), else from a {@code voxel_size}
     * attribute of the dataset (1 value, or 3 in dataset order z, y, x) in µm or in the unit of a
     * {@code voxel_size_units} attribute.
     */
    public static Optional<VoxelSize> voxelSize(Dataset ds) {
        try {
            Optional<VoxelSize> axes = fromAxes(ds);
            return axes.isPresent() ? axes : fromAttribute(ds);
        } catch (HdfException | IllegalArgumentException | ClassCastException e) {
            return Optional.empty(); // metadata we cannot interpret: the user sets the size
        }
    }

    private static Optional<VoxelSize> fromAxes(Dataset ds) {
        Group parent = ds.getParent();
        Attribute axes = parent.getAttribute("axes");
        if (axes == null) {
            return Optional.empty();
        }
        List<String> names = strings(axes.getData());
        if (names.size() != 3) {
            return Optional.empty();
        }
        double[] zyx = new double[3];
        for (int i = 0; i < 3; i++) {
            if (!(parent.getChild(names.get(i)) instanceof Dataset axis) || axis.getDimensions().length != 1
                    || axis.getDimensions()[0] < 2) {
                return Optional.empty();
            }
            double[] v = doubles(axis.getData(new long[] { 0 }, new int[] { 2 }));
            double factor = micrometres(string(axis, "units").orElse("um"));
            zyx[i] = Math.abs(v[1] - v[0]) * factor;
        }
        return valid(zyx) ? Optional.of(new VoxelSize(zyx[2], zyx[1], zyx[0])) : Optional.empty();
    }

    private static Optional<VoxelSize> fromAttribute(Dataset ds) {
        Attribute a = ds.getAttribute("voxel_size");
        if (a == null) {
            return Optional.empty();
        }
        double[] v = doubles(a.getData());
        double f = micrometres(string(ds, "voxel_size_units").orElse("um"));
        if (v.length == 1) {
            double[] iso = { v[0] * f, v[0] * f, v[0] * f };
            return valid(iso) ? Optional.of(VoxelSize.isotropic(iso[0])) : Optional.empty();
        }
        if (v.length == 3) {
            double[] zyx = { v[0] * f, v[1] * f, v[2] * f };
            return valid(zyx) ? Optional.of(new VoxelSize(zyx[2], zyx[1], zyx[0])) : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean valid(double[] v) {
        for (double d : v) {
            if (!(d > 0) || !Double.isFinite(d)) {
                return false;
            }
        }
        return true;
    }

    /** Micrometres per unit of {@code unit}; NaN for an unknown unit. */
    static double micrometres(String unit) {
        return switch (unit.trim().toLowerCase(Locale.ROOT)) {
            case "m", "metre", "meter" -> 1e6;
            case "mm", "millimetre", "millimeter" -> 1e3;
            case "um", "µm", "μm", "micron", "microns", "micrometre", "micrometer" -> 1;
            case "nm", "nanometre", "nanometer" -> 1e-3;
            default -> Double.NaN;
        };
    }

    /** A string attribute of {@code n} (scalar, or the first of an array). */
    static Optional<String> string(Node n, String name) {
        Attribute a = n.getAttribute(name);
        if (a == null) {
            return Optional.empty();
        }
        List<String> s = strings(a.getData());
        return s.isEmpty() ? Optional.empty() : Optional.of(s.get(0));
    }

    private static List<String> strings(Object data) {
        List<String> out = new ArrayList<>();
        if (data instanceof String s) {
            out.add(s);
        } else if (data != null && data.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(data); i++) {
                out.addAll(strings(Array.get(data, i)));
            }
        }
        return out;
    }

    private static double[] doubles(Object data) {
        if (data instanceof Number n) {
            return new double[] { n.doubleValue() };
        }
        if (data != null && data.getClass().isArray()) {
            int len = Array.getLength(data);
            double[] out = new double[len];
            for (int i = 0; i < len; i++) {
                Object e = Array.get(data, i);
                if (!(e instanceof Number n)) {
                    throw new IllegalArgumentException("not a number: " + e);
                }
                out[i] = n.doubleValue();
            }
            return out;
        }
        throw new IllegalArgumentException("not numeric: " + data);
    }

    /** "a (16 x 8 x 8), b (...)" for messages. */
    public static String describe(List<Dataset> sets) {
        if (sets.isEmpty()) {
            return "none";
        }
        StringBuilder b = new StringBuilder();
        for (Dataset d : sets) {
            int[] s = d.getDimensions();
            b.append(b.isEmpty() ? "" : ", ").append(d.getPath()).append(" (").append(s[0]).append(" x ").append(s[1])
                    .append(" x ").append(s[2]).append(')');
        }
        return b.toString();
    }
}
