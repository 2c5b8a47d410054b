package org.interphase.xps.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.interphase.core.api.ImportException;

/**
 * {@code xps-quant}: atomic % across core levels from whole-region areas. Per region: the net area above a
 * background over the whole acquired region (Shirley with CasaXPS's end-point convention, end levels averaged
 * over 5 points centred on each end, or linear), divided by the RSF of its core level, by the analyser
 * transmission at the net maximum when the RSF set assumes it ({@link RsfTable#transmission()} {@code file}:
 * CasaXPS's Area/(RSF*T*MFP)) and by KE^m ({@link RsfTable#mfpExponent()}); atomic % with errors propagated
 * from Poisson errors of the areas (counts = CPS / {@link XpsRegionData#poissonFactor()}), the noise the background
 * takes from the data (its end levels) included. JSON-ready maps for the batch application.
 */
public final class QuantCommands {

    /** Background of the regions. */
    public enum Background {
        SHIRLEY, LINEAR
    }

    /**
     * What to quantify and how.
     *
     * @param regions      region names ({@code C 1s} or an exact label such as {@code S 2p/13}); empty: every
     *                     region whose core level has an RSF, the first of each core level
     * @param table        the RSF set
     * @param background   background type
     * @param charge       charge correction (applied before the windows; the regions' data are never changed)
     * @param transmission override of the set's transmission convention ({@code file} or {@code none})
     * @param mfpExponent  override of the set's escape-depth exponent
     */
    public record Options(List<String> regions, RsfTable table, Background background,
            Optional<ChargeReference> charge, Optional<String> transmission, Optional<Double> mfpExponent) {
        public Options {
            regions = List.copyOf(regions);
        }
    }

    /** One region's numbers. */
    public record Line(String name, String region, String coreLevel, double area, double areaError, double rsf,
            double transmission, double kineticEnergy, double peakBindingEnergy, BackgroundCheck check) {
    }

    private QuantCommands() {
    }

    /** Parses {@code shirley} or {@code linear}. */
    public static Background background(String text) {
        if (text == null) {
            return Background.SHIRLEY;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "shirley" -> Background.SHIRLEY;
            case "linear" -> Background.LINEAR;
            default -> throw new IllegalArgumentException("--background must be shirley or linear, not '" + text + "'");
        };
    }

    /** The RSF set by name or from a file; the name is {@code scofield} when both are absent. */
    public static RsfTable table(String set, String file) throws IOException {
        if (set != null && file != null) {
            throw new IllegalArgumentException("give either --rsf or --rsf-file, not both");
        }
        return file != null ? RsfTable.load(Path.of(file)) : RsfTable.shipped(set == null ? "scofield" : set);
    }

    /**
     * Quantifies a file.
     *
     * @throws ImportException          when the file cannot be read
     * @throws IllegalArgumentException for an unknown region, a core level without RSF, or a negative net area
     */
    public static Map<String, Object> quant(Path file, Options o, Optional<String> as) throws ImportException {
        List<XpsRegionData> regions = XpsFiles.readData(file, as);
        Optional<ChargeCorrection> cc = o.charge().map(c -> c.resolve(regions));
        List<XpsRegionData> data = cc.map(c -> ChargeReference.apply(regions, c)).orElse(regions);
        String transmission = o.transmission().orElse(o.table().transmission());
        if (!transmission.equals("file") && !transmission.equals("none")) {
            throw new IllegalArgumentException("--transmission must be file or none, not '" + transmission + "'");
        }
        double m = o.mfpExponent().orElse(o.table().mfpExponent());
        List<String> skipped = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (Pick p : pick(data, o, skipped)) {
            lines.add(line(p.region(), p.name(), p.level(), o.table().rsf(p.level()).orElseThrow(), o.background(),
                    transmission.equals("file")));
        }
        List<Quantification.Item> items = lines.stream().map(l -> new Quantification.Item(l.name(), l.area(),
                l.areaError(), l.rsf(), l.kineticEnergy(), l.transmission())).toList();
        Quantification.Options qo = new Quantification.Options(transmission.equals("file"), m);
        for (Line l : lines) {
            if (!(l.area() > 0)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "region '%s': the net area above the %s background is %.4g CPS eV (not positive): no atomic %%;"
                                + " leave the region out or check its background (xps-background --clamp yes)",
                        l.region(), o.background().name().toLowerCase(Locale.ROOT), l.area()));
            }
        }
        List<Quantification.Result> q = Quantification.atomicPercent(items, qo);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("command", "xps-quant");
        out.put("file", file.getFileName().toString());
        out.put("rsfSet", o.table().name() + " (version " + o.table().version() + ")");
        out.put("background", o.background() == Background.SHIRLEY
                ? "Shirley over the whole region, CasaXPS end-point convention (5 points centred on each end)"
                : "linear over the whole region, end points averaged over 5 points");
        out.put("divisor", "RSF" + (transmission.equals("file") ? " x T (file's transmission at the net maximum)" : "")
                + (m != 0 ? String.format(Locale.ROOT, " x KE^%.2f", m) : ""));
        out.put("errors", "Poisson errors of the areas (counts = CPS / (dwell x scans)), propagated through the "
                + "background (its end levels are averages of noisy points)");
        out.put("energy", cc.isEmpty() ? "binding energy, eV (no charge correction)"
                : String.format(Locale.ROOT, "binding energy, eV, charge-corrected by %+.3f eV", cc.get().shift()));
        cc.ifPresent(c -> out.put("chargeCorrection", ChargeReference.json(c)));
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            Quantification.Result r = q.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", l.name());
            row.put("region", l.region());
            row.put("coreLevel", l.coreLevel());
            row.put("peakBindingEnergy", l.peakBindingEnergy());
            row.put("area", l.area());
            row.put("areaError", l.areaError());
            row.put("rsf", l.rsf());
            row.put("rsfSource", o.table().entry(l.coreLevel()).orElseThrow().source());
            row.put("transmission", l.transmission());
            row.put("corrected", r.corrected());
            row.put("correctedError", r.correctedError());
            row.put("atomicPercent", r.atomicPercent());
            row.put("atomicPercentError", r.atomicPercentError());
            row.put("backgroundAboveData", l.check().aboveData());
            l.check().warning().ifPresent(w -> warnings.add(l.region() + ": " + w));
            rows.add(row);
        }
        out.put("regions", rows);
        out.put("skipped", skipped);
        out.put("warnings", warnings);
        return out;
    }

    private record Pick(XpsRegionData region, String name, String level) {
    }

    private static List<Pick> pick(List<XpsRegionData> data, Options o, List<String> skipped) {
        List<Pick> out = new ArrayList<>();
        if (o.regions().isEmpty()) {
            Set<String> seen = new LinkedHashSet<>();
            for (XpsRegionData r : data) {
                Optional<String> level = level(r, o.table());
                if (level.isEmpty()) {
                    skipped.add(r.label() + ": no RSF for its core level in " + o.table().name());
                } else if (!seen.add(CoreLevels.key(level.get()))) {
                    skipped.add(r.label() + ": another " + level.get() + " region comes first (name it in --regions)");
                } else {
                    out.add(new Pick(r, level.get(), level.get()));
                }
            }
            if (out.size() < 1) {
                throw new IllegalArgumentException("no region of the file has an RSF in " + o.table().name()
                        + "; regions: " + data.stream().map(XpsRegionData::label).toList());
            }
            return out;
        }
        for (String name : o.regions()) {
            XpsRegionData r = data.stream().filter(x -> x.label().equals(name)).findFirst()
                    .or(() -> data.stream().filter(x -> CoreLevels.matches(x, name)).findFirst())
                    .orElseThrow(() -> new IllegalArgumentException("unknown region '" + name + "'; regions: "
                            + data.stream().map(XpsRegionData::label).toList()));
            String level = level(r, o.table()).orElseThrow(() -> new IllegalArgumentException("region '" + r.label()
                    + "': no RSF for its core level in " + o.table().name() + " (give one with --rsf-file)"));
            if (out.stream().anyMatch(p -> p.region() == r)) {
                throw new IllegalArgumentException("region '" + name + "' is named twice");
            }
            out.add(new Pick(r, name, level));
        }
        return out;
    }

    /** The core level of a region as named in the table (species + transition, else the label's start). */
    static Optional<String> level(XpsRegionData r, RsfTable t) {
        for (String c : CoreLevels.candidates(r)) {
            Optional<RsfTable.Entry> e = t.entry(c);
            if (e.isPresent()) {
                return Optional.of(e.get().coreLevel());
            }
        }
        return Optional.empty();
    }

    /** The net area of a region over its whole range, with its Poisson error, and the divisor's inputs. */
    static Line line(XpsRegionData r, String name, String level, double rsf, Background type, boolean transmission) {
        double[] x = r.bindingEnergy();
        double[] y = r.cps();
        int n = x.length;
        if (n < 5) {
            throw new IllegalArgumentException("region '" + r.label() + "' has " + n + " points (at least 5 needed)");
        }
        int h = 2;
        double[] bg = background(x, y, type, h);
        double area = netArea(x, y, bg);
        double f = r.poissonFactor();
        int top = 0;
        for (int i = 0; i < n; i++) {
            if (y[i] - bg[i] > y[top] - bg[top]) {
                top = i;
            }
        }
        double var = netAreaVariance(x, y, bg, h, f);
        double be = x[top];
        double t = transmission ? Quantification.transmissionAt(r, be) : 1;
        return new Line(name, r.label(), level, area, Math.sqrt(var), rsf, t, r.photonEnergy() - be, be,
                BackgroundCheck.of(x, y, bg, h, f, type == Background.SHIRLEY));
    }

    private static double[] background(double[] x, double[] y, Background type, int h) {
        return type == Background.SHIRLEY ? Backgrounds.shirley(x, y, 0, x.length - 1, Backgrounds.ShirleyOptions.classic(h))
                : Backgrounds.linear(x, y, h);
    }

    /** Trapezoid-weighted sum of y - bg (channel width: half the distance to each neighbour). */
    private static double netArea(double[] x, double[] y, double[] bg) {
        int n = x.length;
        double area = 0;
        for (int i = 0; i < n; i++) {
            area += width(x, i) * (y[i] - bg[i]);
        }
        return area;
    }

    private static double width(double[] x, int i) {
        int n = x.length;
        return 0.5 * ((i > 0 ? Math.abs(x[i] - x[i - 1]) : 0) + (i < n - 1 ? Math.abs(x[i + 1] - x[i]) : 0));
    }

    /**
     * Poisson variance of the net area including the noise the background takes from its end levels, which are means
     * of the h + 1 points at each end of the region: writing the background as a (1 - s) + b s with s its converged
     * shape (a straight ramp for a linear background; the Shirley's running net area, held: its response to noise
     * inside the peak is of second order, and for a weak peak the Shirley divides by a net area near 0, where a
     * linearisation would blow up), the area's gradient with respect to a count is its channel width, minus
     * sum(width (1 - s)) / (h + 1) for the points that make a and sum(width s) / (h + 1) for those that make b
     * (first-order propagation, GUM JCGM 100:2008 §5.1). Before, the end levels' noise was left out: 6x too small an
     * error on a synthetic C 1s region whose repeats were measured.
     */
    private static double netAreaVariance(double[] x, double[] y, double[] bg, int h, double f) {
        int n = x.length;
        double a = Backgrounds.endAverage(y, 0, h);
        double b = Backgrounds.endAverage(y, n - 1, h);
        double towardA = 0;
        double towardB = 0;
        for (int i = 0; i < n; i++) {
            double shape = Math.abs(b - a) > 1e-12 * Math.max(Math.abs(a), Math.abs(b)) ? (bg[i] - a) / (b - a)
                    : i / (n - 1.0);
            towardA += width(x, i) * (1 - shape);
            towardB += width(x, i) * shape;
        }
        int lastA = Math.min(n - 1, h);
        int firstB = Math.max(0, n - 1 - h);
        double var = 0;
        for (int j = 0; j < n; j++) {
            double g = width(x, j) - (j <= lastA ? towardA / (lastA + 1) : 0) - (j >= firstB ? towardB / (n - firstB) : 0);
            var += g * g * f * Math.max(y[j], 0);
        }
        return var;
    }
}
