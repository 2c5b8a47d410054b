package org.interphase.xps.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.interphase.core.api.ImportException;

/**
 * {@code xps-background}: the background of one region of a file over a binding-energy range, as JSON-ready
 * data (String, Number, Boolean, List, Map only) for the batch application.
 */
public final class BackgroundCommands {

    /** Background types of the command. */
    public enum Type {
        LINEAR, SHIRLEY, TOUGAARD
    }

    private BackgroundCommands() {
    }

    /** Parses {@code lo:hi} (eV, either order) into {min, max}. */
    public static double[] range(String text) {
        String[] f = text == null ? new String[0] : text.split(":");
        if (f.length != 2) {
            throw new IllegalArgumentException("--range needs LO:HI in eV, e.g. 134:125, not '" + text + "'");
        }
        try {
            double a = Double.parseDouble(f[0].trim());
            double b = Double.parseDouble(f[1].trim());
            if (!Double.isFinite(a) || !Double.isFinite(b) || a == b) {
                throw new NumberFormatException();
            }
            return new double[] { Math.min(a, b), Math.max(a, b) };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--range needs two different numbers LO:HI in eV, not '" + text + "'");
        }
    }

    /** Parses a background type name (case-insensitive). */
    public static Type type(String text) {
        try {
            return Type.valueOf(String.valueOf(text).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--type must be shirley, tougaard or linear, not '" + text + "'");
        }
    }

    /**
     * Computes the background of region {@code block} (1-based, as in {@code inspect}'s "source") of a file
     * over the binding-energy range [lo, hi], on the region's CPS.
     *
     * @param halfWidth end points are averaged over 2 halfWidth + 1 points (CasaXPS "average width")
     * @throws ImportException          when the file cannot be read
     * @throws IllegalArgumentException for a block or range without data
     */
    public static Map<String, Object> background(Path file, Type type, double lo, double hi, int block, int halfWidth)
            throws ImportException {
        return background(file, type, lo, hi, block, new Backgrounds.ShirleyOptions(halfWidth, 0, false));
    }

    /**
     * The same with Shirley options: end points averaged over a window in eV (also used for the linear and
     * Tougaard end levels) and the envelope clamp for weak noisy regions ({@link Backgrounds#shirley(double[],
     * double[], Backgrounds.ShirleyOptions)}).
     */
    public static Map<String, Object> background(Path file, Type type, double lo, double hi, int block,
            Backgrounds.ShirleyOptions options) throws ImportException {
        int halfWidth = options.halfWidth();
        List<XpsRegionData> regions = XpsFiles.readData(file);
        if (block < 1 || block > regions.size()) {
            throw new IllegalArgumentException("--block " + block + " does not exist; the file has " + regions.size()
                    + " region(s): " + regions.stream().map(XpsRegionData::label).toList());
        }
        XpsRegionData r = regions.get(block - 1);
        double[] be = r.bindingEnergy();
        double[] cps = r.cps();
        int[] window = window(be, lo, hi);
        int from = window[0];
        int to = window[1];
        if (from < 0 || to - from < 2) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the range %.3f:%.3f eV holds fewer than 3 points of region '%s' (%.3f..%.3f eV)", lo, hi, r.label(),
                    Arrays.stream(be).min().orElse(Double.NaN), Arrays.stream(be).max().orElse(Double.NaN)));
        }
        double[] x = Arrays.copyOfRange(be, from, to + 1);
        double[] y = Arrays.copyOfRange(cps, from, to + 1);
        if (halfWidth < 0) {
            throw new IllegalArgumentException("--average must be >= 0");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("command", "xps-background");
        out.put("file", file.getFileName().toString());
        out.put("block", block);
        out.put("region", r.label());
        out.put("sourceEntry", r.sourceEntry());
        out.put("type", type.name().toLowerCase(Locale.ROOT));
        out.put("rangeEV", List.of(lo, hi));
        out.put("points", x.length);
        if (options.windowEV() > 0) {
            halfWidth = options.halfWidth(x);
            out.put("averageWindowEV", options.windowEV());
        }
        out.put("endPointAveraging", 2 * halfWidth + 1);
        if (type == Type.SHIRLEY) {
            out.put("clampedToEnvelope", options.clamp());
            out.put("endPointConvention", options.convention() == Backgrounds.ShirleyConvention.CASAXPS
                    ? "casaxps: end levels averaged over points centred on each region end (points outside the range"
                            + " included), channel sums"
                    : "one-sided: end levels averaged over the points inside the range, trapezoidal integral");
        }
        out.put("energy", "binding energy, eV (hv - KE for kinetic data; no charge correction)");
        out.put("intensity", "CPS");
        double[] bg = switch (type) {
            case LINEAR -> Backgrounds.linear(x, y, halfWidth);
            case SHIRLEY -> Backgrounds.shirley(be, cps, from, to, new Backgrounds.ShirleyOptions(halfWidth, 0,
                    options.clamp(), options.convention()));
            case TOUGAARD -> {
                TougaardCrossSection k = Backgrounds.fitB(be, cps, from, to, TougaardCrossSection.universal(), halfWidth,
                        false);
                out.put("tougaard", Map.of("crossSection", k.kind().name(), "B", k.b(), "C", k.c(), "D", k.d(),
                        "note", "B fitted so that the background meets the averaged intensity at the high-BE end (CasaXPS style)"));
                yield Backgrounds.tougaard(be, cps, from, to, k, halfWidth, false);
            }
        };
        boolean centred = type == Type.SHIRLEY && options.convention() == Backgrounds.ShirleyConvention.CASAXPS;
        out.put("endPoints", List.of(endPoint(be, cps, bg, from, centred ? from : to, from, halfWidth),
                endPoint(be, cps, bg, to, centred ? to : from, from, halfWidth)));
        double area = netArea(x, y, bg);
        out.put("areaAboveBackground", area);
        out.put("areaUnit", "CPS eV");
        BackgroundCheck check = BackgroundCheck.of(x, y, bg, halfWidth, r.poissonFactor(), type == Type.SHIRLEY);
        out.put("backgroundAboveData", check.aboveData());
        out.put("backgroundCheck", checkMap(check));
        List<String> warnings = new ArrayList<>();
        check.warning().ifPresent(warnings::add);
        if (area <= 0) {
            warnings.add("the area above the background is not positive (" + String.format(Locale.ROOT, "%.1f", area)
                    + " CPS eV): it is no amount of anything and must not be reported as one");
        }
        if (check.aboveData() && type == Type.SHIRLEY && !options.clamp()) {
            double[] clamped = Backgrounds.shirley(be, cps, from, to, new Backgrounds.ShirleyOptions(halfWidth, 0, true,
                    options.convention()));
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("option", "--clamp yes");
            s.put("areaAboveBackground", netArea(x, y, clamped));
            s.put("backgroundCheck", checkMap(BackgroundCheck.of(x, y, clamped, halfWidth, r.poissonFactor(), true)));
            s.put("background", list(clamped));
            out.put("suggestion", s);
        }
        out.put("warnings", warnings);
        out.put("x", list(x));
        out.put("y", list(y));
        out.put("background", list(bg));
        return out;
    }

    /** Trapezoidal area of y - bg. */
    static double netArea(double[] x, double[] y, double[] bg) {
        double area = 0;
        for (int i = 1; i < x.length; i++) {
            area += 0.5 * ((y[i] - bg[i]) + (y[i - 1] - bg[i - 1])) * Math.abs(x[i] - x[i - 1]);
        }
        return area;
    }

    /** The check as JSON-ready data. */
    static Map<String, Object> checkMap(BackgroundCheck c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("aboveData", c.aboveData());
        m.put("maxExcessOverEnvelope", c.maxExcess());
        m.put("atBindingEnergy", c.at());
        m.put("sigmas", c.sigmas());
        m.put("outsideEndLevels", c.outsideEndLevels());
        m.put("rule", "background more than " + (int) BackgroundCheck.SIGMAS + " Poisson standard errors above the data "
                + "averaged over at least 11 points, or a Shirley outside its end levels");
        return m;
    }

    /**
     * First and last index of the binding energies within [lo, hi] (1e-9 eV slack for rounded file values),
     * {@code {-1, -1}} when none is; a region's energies are monotonic, so the points between are all inside.
     */
    static int[] window(double[] be, double lo, double hi) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < be.length; i++) {
            if (be[i] >= lo - 1e-9 && be[i] <= hi + 1e-9) {
                from = from < 0 ? i : from;
                to = i;
            }
        }
        return new int[] { from, to };
    }

    /**
     * End point i of the full arrays; the average is centred on i over the full spectrum, or (one-sided) taken
     * inside [i, other] only.
     */
    private static Map<String, Object> endPoint(double[] x, double[] y, double[] bg, int i, int other, int from,
            int h) {
        double avg;
        if (other == i) {
            avg = Backgrounds.endAverage(y, i, h);
        } else {
            int lo = Math.min(i, other);
            double[] inside = Arrays.copyOfRange(y, lo, Math.max(i, other) + 1);
            avg = Backgrounds.endAverage(inside, i - lo, h);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bindingEnergy", x[i]);
        m.put("averagedIntensity", avg);
        m.put("background", bg[i - from]);
        return m;
    }

    private static List<Double> list(double[] a) {
        List<Double> l = new ArrayList<>(a.length);
        for (double v : a) {
            l.add(v);
        }
        return l;
    }
}
