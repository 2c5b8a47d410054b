package org.interphase.sims.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.interphase.model.AnalysisResult;
import org.interphase.model.CycleState;
import org.interphase.model.DepthProfile;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultParameter;

/**
 * Interphase thickness versus cycle from the thickness results already saved on depth profiles: per profile the
 * newest {@code INTERPHASE_THICKNESS} parameter in the chosen unit, grouped by cycle number (replicates: mean and
 * standard error of the mean), and a weighted straight-line growth rate.
 */
public final class ThicknessTrend {

    /** Algorithm id of a saved trend (its own per-cycle thicknesses are never read back as profile results). */
    public static final String ALGORITHM = "sims.compare.trend";
    /** Its version. */
    public static final String VERSION = "1.0.0";

    private ThicknessTrend() {
    }

    /**
     * One profile's thickness.
     *
     * @param profile the depth profile
     * @param cycle   its cycle state's cycle number
     * @param value   thickness
     * @param error   its standard error (NaN when unknown)
     */
    public record Point(DepthProfile profile, int cycle, double value, double error) {
    }

    /**
     * The thickness at one cycle.
     *
     * @param cycle  cycle number
     * @param state  the cycle state of the first profile at this cycle
     * @param mean   mean thickness of the profiles at this cycle
     * @param error  one profile: its own standard error; several: sample SD / sqrt(n) (standard error of the mean)
     * @param n      profiles at this cycle
     */
    public record CyclePoint(int cycle, CycleState state, double mean, double error, int n) {
    }

    /**
     * Straight line thickness = intercept + slope * cycle by weighted least squares (weights 1/error^2; equal
     * weights when any error is unknown), with standard errors from the covariance; with equal weights the
     * residual variance is used (Bevington and Robinson, Data Reduction and Error Analysis, 3rd ed., ch. 6).
     *
     * @param slope          growth per cycle
     * @param slopeError     its standard error (NaN with two points and no errors)
     * @param intercept      thickness at cycle 0
     * @param interceptError its standard error
     */
    public record Line(double slope, double slopeError, double intercept, double interceptError) {
    }

    /**
     * The newest thickness result (in {@code unit}) of each profile that has one and a cycle state; saved trends
     * ({@link #ALGORITHM}) are not profile results and are skipped.
     */
    public static List<Point> points(List<DepthProfile> profiles, String unit) {
        List<Point> out = new ArrayList<>();
        for (DepthProfile p : profiles) {
            CycleState state = p.getCycleState();
            if (state == null) {
                continue;
            }
            newest(p, unit).ifPresent(r -> out.add(new Point(p, state.getCycleNumber(), r.getValue(),
                    r.getStandardError())));
        }
        return out;
    }

    private static Optional<ResultParameter> newest(DepthProfile p, String unit) {
        ResultParameter best = null;
        long bestTime = Long.MIN_VALUE;
        for (AnalysisResult r : p.getAnalyses()) {
            if (ALGORITHM.equals(r.getAlgorithmId())) {
                continue;
            }
            long t = r.getCreatedAt() == null ? Long.MIN_VALUE + 1 : r.getCreatedAt().getTime();
            for (ResultParameter q : r.getParameters()) {
                if (q.getQuantity() == QuantityKind.INTERPHASE_THICKNESS && unit.equals(q.getUnit())
                        && Double.isFinite(q.getValue()) && t >= bestTime) {
                    best = q;
                    bestTime = t;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Groups points by cycle number, ascending. */
    public static List<CyclePoint> byCycle(List<Point> points) {
        Map<Integer, List<Point>> groups = new TreeMap<>();
        for (Point p : points) {
            groups.computeIfAbsent(p.cycle(), k -> new ArrayList<>()).add(p);
        }
        List<CyclePoint> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Point>> g : groups.entrySet()) {
            List<Point> ps = g.getValue();
            int n = ps.size();
            double mean = ps.stream().mapToDouble(Point::value).average().orElse(Double.NaN);
            double error;
            if (n == 1) {
                error = ps.get(0).error();
            } else {
                double ss = ps.stream().mapToDouble(p -> (p.value() - mean) * (p.value() - mean)).sum();
                error = Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
            }
            out.add(new CyclePoint(g.getKey(), ps.get(0).profile().getCycleState(), mean, error, n));
        }
        out.sort(Comparator.comparingInt(CyclePoint::cycle));
        return out;
    }

    /**
     * The growth line through the cycle points.
     *
     * @throws IllegalArgumentException with fewer than two distinct cycles
     */
    public static Line line(List<CyclePoint> points) {
        int n = points.size();
        boolean weighted = n > 0 && points.stream().allMatch(p -> p.error() > 0 && Double.isFinite(p.error()));
        double sw = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (CyclePoint p : points) {
            double w = weighted ? 1 / (p.error() * p.error()) : 1;
            sw += w;
            sx += w * p.cycle();
            sy += w * p.mean();
            sxx += w * p.cycle() * p.cycle();
            sxy += w * p.cycle() * p.mean();
        }
        double det = sw * sxx - sx * sx;
        if (n < 2 || !(det > 0)) {
            throw new IllegalArgumentException("a growth line needs thicknesses at two or more cycles, got " + n);
        }
        double slope = (sw * sxy - sx * sy) / det;
        double intercept = (sxx * sy - sx * sxy) / det;
        double scale = 1;
        if (!weighted) {
            double rss = 0;
            for (CyclePoint p : points) {
                double r = p.mean() - intercept - slope * p.cycle();
                rss += r * r;
            }
            scale = n > 2 ? rss / (n - 2) : Double.NaN;
        }
        return new Line(slope, Math.sqrt(scale * sw / det), intercept, Math.sqrt(scale * sxx / det));
    }
}
