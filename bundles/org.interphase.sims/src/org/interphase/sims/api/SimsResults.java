package org.interphase.sims.api;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.interphase.core.api.ResultValue;
import org.interphase.core.api.Results;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Interface;
import org.interphase.model.Interphase;
import org.interphase.model.Measurement;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultFlag;

import com.google.gson.GsonBuilder;

/**
 * The one result builder of ToF-SIMS depth profiles (no SWT), algorithm {@value #INTERFACES}, version of this
 * bundle: the editor's interphase thickness ({@link #thickness}) and the edge scan of {@code sims-interfaces},
 * {@code batch run} and the demo ({@link #interfaces}). Every signal of a scan is stored (no cap): per edge its
 * 50 % position and 16-84 % width (INTERFACE_WIDTH, key {@code INTERFACE_WIDTH/signal direction}), the erf fit's
 * width, and the layer between a signal's rising and falling 50 % points (INTERPHASE_THICKNESS, key
 * {@code INTERPHASE_THICKNESS/signal}); an edge or crossing that does not exist is stored flagged NOT_FOUND.
 */
public final class SimsResults {

    /** Algorithm id of edge and thickness analyses. */
    public static final String INTERFACES = SimsCommands.INTERFACES_ALGORITHM;

    private SimsResults() {
    }

    /** The result of {@code scan} of {@code m}'s profile, not yet added to it. */
    public static AnalysisResult interfaces(Measurement m, SimsCommands.Scan scan, Date now) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("signals", scan.signals().stream().map(SignalData::label).toList());
        settings.put("normalisation", scan.normalisation());
        settings.put("convention", SimsCommands.CONVENTION);
        AnalysisResult a = Results.result(m, INTERFACES, SimsResults.class, "Interfaces of " + scan.signals().size()
                + " signals", json(settings), now);
        int layers = 0;
        for (int i = 0; i < scan.signals().size(); i++) {
            String sig = scan.signals().get(i).label();
            Optional<Edge> rise = Optional.empty();
            Optional<Edge> fall = Optional.empty();
            for (EdgeResult r : scan.edges().get(i)) {
                Edge e = r.edge();
                String dir = r.direction().name().toLowerCase(Locale.ROOT);
                if (r.direction() == EdgeDirection.RISING) {
                    rise = Optional.of(e);
                } else {
                    fall = Optional.of(e);
                }
                add(a, m, sig + " " + dir + " t50", e.t50(), e.t50Error(), "s", QuantityKind.OTHER, sig + " " + dir + " t50");
                add(a, m, sig + " " + dir + " width 16-84 %", e.width().orElse(Double.NaN), e.widthError(), "s",
                        QuantityKind.INTERFACE_WIDTH, sig + " " + dir);
                if (r.fit().isPresent()) {
                    EdgeFit f = r.fit().get();
                    add(a, m, sig + " " + dir + " erf width", f.width(), f.widthError(), "s", QuantityKind.OTHER,
                            sig + " " + dir + " erf width");
                } else {
                    Results.add(a, m, ResultValue.of(sig + " " + dir + " erf width", Double.NaN, Double.NaN, "s",
                            QuantityKind.OTHER).withKey(sig + " " + dir + " erf width", null)
                            .withFlags(Set.of(ResultFlag.NOT_FOUND))).setNotes(r.fitError());
                }
            }
            if (rise.isPresent() && fall.isPresent()) {
                layers++;
                add(a, m, sig + " layer (sputter time)", fall.get().t50() - rise.get().t50(),
                        Math.hypot(rise.get().t50Error(), fall.get().t50Error()), "s", QuantityKind.INTERPHASE_THICKNESS,
                        sig);
            }
        }
        a.setSummary(String.format(Locale.ROOT, "%d signals, %d with a rising and a falling edge; normalisation %s",
                scan.signals().size(), layers, scan.normalisation()));
        return a;
    }

    private static void add(AnalysisResult a, Measurement m, String name, double value, double sigma, String unit,
            QuantityKind kind, String subject) {
        ResultValue v = ResultValue.of(name, value, Double.isFinite(value) ? sigma : Double.NaN, unit, kind)
                .withKey(subject, null);
        Results.add(a, m, Double.isFinite(value) ? v : v.withFlags(Set.of(ResultFlag.NOT_FOUND)));
    }

    /**
     * One edge of an editor thickness measurement.
     *
     * @param name       edge name as shown, e.g. "Cl- falling"
     * @param width      16-84 % width, s
     * @param widthError its σ, s
     * @param depthRate  sputter rate at the edge's 50 % point (nm/s), when a depth rule is set
     */
    public record EdgeWidth(String name, double width, double widthError, OptionalDouble depthRate) {
    }

    /**
     * An interphase thickness chosen in the editor between two edges.
     *
     * @param a          first edge
     * @param b          second edge
     * @param seconds    thickness in sputter time
     * @param secondsErr its σ
     * @param nm         thickness in nm, with a depth rule
     * @param nmError    its σ
     * @param interphase the interphase it belongs to, if picked
     * @param settings   the analyst's settings (normalisation, smoothing, method, depth rule)
     * @param summary    one line for the result
     * @param curveLabel y label of the stored curve
     * @param curveX     sputter time of the curve
     * @param curveY     the curve as plotted
     */
    public record ThicknessRun(EdgeWidth a, EdgeWidth b, double seconds, double secondsErr, OptionalDouble nm,
            OptionalDouble nmError, Optional<Interphase> interphase, Map<String, Object> settings, String summary,
            String curveLabel, double[] curveX, double[] curveY) {
    }

    /** The editor's thickness result, not yet added to {@code m}. */
    public static AnalysisResult thickness(Measurement m, ThicknessRun run, Date now) {
        AnalysisResult a = Results.result(m, INTERFACES, SimsResults.class, "Interphase thickness " + run.a().name()
                + " -> " + run.b().name(), json(run.settings()), now);
        a.setSummary(run.summary());
        for (EdgeWidth e : List.of(run.a(), run.b())) {
            add(a, m, "16-84 % width " + e.name(), e.width(), e.widthError(), "s", QuantityKind.INTERFACE_WIDTH, e.name());
            e.depthRate().ifPresent(rate -> add(a, m, "16-84 % width " + e.name() + " (depth)", rate * e.width(),
                    rate * e.widthError(), "nm", QuantityKind.INTERFACE_WIDTH, e.name() + " (depth)"));
        }
        String subject = run.interphase().map(i -> i.getSpecies() != null ? i.getSpecies() : i.getName())
                .orElse(run.a().name() + " -> " + run.b().name());
        Results.add(a, m, ResultValue.of("interphase thickness (time)", run.seconds(), run.secondsErr(), "s",
                QuantityKind.INTERPHASE_THICKNESS).withKey(subject, null).withInterphase(run.interphase()));
        if (run.nm().isPresent()) {
            Results.add(a, m, ResultValue.of("interphase thickness", run.nm().getAsDouble(),
                    run.nmError().orElse(Double.NaN), "nm", QuantityKind.INTERPHASE_THICKNESS).withKey(subject, null)
                    .withInterphase(run.interphase()));
        }
        a.getSeries().add(Results.series(run.curveLabel(), "Sputter time / s", run.curveLabel(), run.curveX(),
                run.curveY()));
        return a;
    }

    /**
     * The thickness-vs-cycle trend of an interface ({@link ThicknessTrend#ALGORITHM}), stored on measurement
     * {@code m}: one INTERPHASE_THICKNESS value per cycle (key {@code INTERPHASE_THICKNESS/trend}, so the cycles
     * form one Timeline series) linked to {@code iface} and that cycle's state, and the growth rate.
     *
     * @param inputs "sha256:..." of every profile that contributed
     */
    public static AnalysisResult trend(Measurement m, Interface iface, List<ThicknessTrend.CyclePoint> points,
            Optional<ThicknessTrend.Line> line, String unit, List<String> inputs, Date now) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("unit", unit);
        settings.put("source", "newest interphase-thickness result of each depth profile");
        settings.put("replicates", "mean; error = sample SD / sqrt(n), or the profile's own error when n = 1");
        settings.put("line", "weighted least squares, weights 1/error^2");
        AnalysisResult r = Results.result(m, ThicknessTrend.ALGORITHM, SimsResults.class,
                "Interphase thickness vs cycle (" + points.size() + " cycles)", json(settings), now);
        r.getInputs().clear(); // the trend's inputs are the contributing profiles
        r.getInputs().addAll(inputs);
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            ThicknessTrend.CyclePoint p = points.get(i);
            x[i] = p.cycle();
            y[i] = p.mean();
            var q = Results.add(r, m, ResultValue.of("interphase thickness, cycle " + p.cycle() + " (n = " + p.n() + ")",
                    p.mean(), p.error(), unit, QuantityKind.INTERPHASE_THICKNESS).withKey("trend", null));
            q.setInterface(iface);
            q.setCycleState(p.state());
        }
        line.ifPresent(l -> Results.add(r, m, ResultValue.of("interphase growth rate", l.slope(), l.slopeError(),
                unit + "/cycle", QuantityKind.OTHER).withKey("interphase growth rate", null)).setInterface(iface));
        r.setSummary(line.map(l -> String.format(Locale.ROOT, "growth %.4g +/- %.2g %s/cycle over %d cycles",
                l.slope(), l.slopeError(), unit, points.size())).orElse(points.size() + " cycles, no growth line"));
        r.getSeries().add(Results.series("thickness vs cycle", "Cycle number", "Interphase thickness / " + unit, x, y));
        return r;
    }

    private static String json(Map<String, Object> settings) {
        return new GsonBuilder().serializeSpecialFloatingPointValues().create().toJson(settings);
    }
}
