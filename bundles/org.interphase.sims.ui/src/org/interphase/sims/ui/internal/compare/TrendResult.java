package org.interphase.sims.ui.internal.compare;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Measurement;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultParameter;
import org.interphase.model.ResultSeries;
import org.interphase.sims.api.ThicknessTrend;

import com.google.gson.Gson;

/**
 * The {@link AnalysisResult} of a thickness-vs-cycle trend: one thickness parameter per cycle (linked to the
 * interface and that cycle's state), the growth rate (linked to the interface), the points as a small series;
 * added to a measurement by one undoable EMF command.
 */
public final class TrendResult {

    private static final double Z95 = 1.959963984540054;

    private TrendResult() {
    }

    /**
     * The result, not yet attached.
     *
     * @param inputs  "sha256:..." of every profile that contributed
     */
    public static AnalysisResult build(Interface iface, List<ThicknessTrend.CyclePoint> points,
            Optional<ThicknessTrend.Line> line, String unit, List<String> inputs) {
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        AnalysisResult r = f.createAnalysisResult();
        r.setName("Interphase thickness vs cycle (" + points.size() + " cycles)");
        r.setAlgorithmId(ThicknessTrend.ALGORITHM);
        r.setAlgorithmVersion(ThicknessTrend.VERSION);
        r.setCreatedAt(new Date());
        r.getInputs().addAll(inputs);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("unit", unit);
        settings.put("source", "newest interphase-thickness result of each depth profile");
        settings.put("replicates", "mean; error = sample SD / sqrt(n), or the profile's own error when n = 1");
        settings.put("line", "weighted least squares, weights 1/error^2");
        r.setSettings(new Gson().toJson(settings));
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            ThicknessTrend.CyclePoint p = points.get(i);
            x[i] = p.cycle();
            y[i] = p.mean();
            ResultParameter q = parameter("interphase thickness, cycle " + p.cycle() + " (n = " + p.n() + ")",
                    p.mean(), p.error(), unit, QuantityKind.INTERPHASE_THICKNESS, iface);
            q.setCycleState(p.state());
            r.getParameters().add(q);
        }
        line.ifPresent(l -> r.getParameters().add(parameter("interphase growth rate", l.slope(), l.slopeError(),
                unit + "/cycle", QuantityKind.OTHER, iface)));
        r.setSummary(line.map(l -> String.format(Locale.ROOT, "growth %.4g +/- %.2g %s/cycle over %d cycles",
                l.slope(), l.slopeError(), unit, points.size())).orElse(points.size() + " cycles, no growth line"));
        ResultSeries s = f.createResultSeries();
        s.setXLabel("Cycle number");
        s.setYLabel("Interphase thickness / " + unit);
        s.setX(x);
        s.setY(y);
        r.getSeries().add(s);
        return r;
    }

    /** Adds the result to the measurement's analyses (undoable). */
    public static Command command(EditingDomain domain, Measurement m, AnalysisResult result) {
        return AddCommand.create(domain, m, InterphasePackage.Literals.MEASUREMENT__ANALYSES, result);
    }

    private static ResultParameter parameter(String name, double value, double error, String unit,
            QuantityKind quantity, Interface iface) {
        ResultParameter p = InterphaseFactory.eINSTANCE.createResultParameter();
        p.setName(name);
        p.setValue(value);
        p.setStandardError(error);
        p.setLower95(Double.isFinite(error) ? value - Z95 * error : Double.NaN);
        p.setUpper95(Double.isFinite(error) ? value + Z95 * error : Double.NaN);
        p.setUnit(unit);
        p.setQuantity(quantity);
        p.setInterface(iface);
        return p;
    }
}
