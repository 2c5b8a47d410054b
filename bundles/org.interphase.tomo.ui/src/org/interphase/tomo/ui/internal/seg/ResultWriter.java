package org.interphase.tomo.ui.internal.seg;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.interphase.model.AnalysisResult;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.InterphasePackage;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultParameter;
import org.interphase.model.ResultSeries;
import org.interphase.model.TomographyVolume;
import org.interphase.tomo.api.VoidComponents;
import org.interphase.tomo.ui.internal.render.Numbers;
import org.interphase.tomo.ui.internal.render.PhaseColours;

import com.google.gson.GsonBuilder;

/**
 * Turns a {@link SegmentationRun} into an {@link AnalysisResult} of the measurement (algorithm
 * {@value #ALGORITHM_ID}): void and contact fractions linked to the measurement's interface and cycle
 * state, the threshold(s), void statistics and the per-slice profiles as series.
 */
public final class ResultWriter {

    /** Algorithm id of the results. */
    public static final String ALGORITHM_ID = "tomo.segmentation";
    /** Version of the result layout and steps. */
    public static final String ALGORITHM_VERSION = "1.0.0";

    private static final InterphaseFactory F = InterphaseFactory.eINSTANCE;

    private ResultWriter() {
    }

    /** The result for {@code run} on {@code m} (not yet in the model). */
    public static AnalysisResult result(TomographyVolume m, SegmentationRun run) {
        double[] t = run.thresholds();
        SegmentationSettings s = run.settings();
        AnalysisResult r = F.createAnalysisResult();
        r.setName("Segmentation: " + s.describe() + ", threshold " + joined(t));
        r.setAlgorithmId(ALGORITHM_ID);
        r.setAlgorithmVersion(ALGORITHM_VERSION);
        r.setSettings(settingsJson(run));
        r.getInputs().addAll(inputs(m));
        r.setCreatedAt(new Date());
        r.setSummary(String.format(java.util.Locale.ROOT, "void fraction %s, contact fraction %s at %s = %d%s",
                Numbers.fraction(run.voidFraction()), Numbers.fraction(run.contact().fraction()), s.axis().id(),
                s.plane(), run.voids().map(v -> ", " + v.count() + " voids").orElse("")));

        r.getParameters().add(parameter(m, "void fraction", run.voidFraction(), "1", QuantityKind.VOID_FRACTION));
        r.getParameters().add(parameter(m, "contact fraction at " + s.axis().id() + " = " + s.plane(),
                run.contact().fraction(), "1", QuantityKind.CONTACT_FRACTION));
        for (int i = 0; i < t.length; i++) {
            r.getParameters().add(parameter(m, t.length == 1 ? "threshold" : "threshold " + (i + 1), t[i],
                    "voxel value", QuantityKind.OTHER));
        }
        run.voids().ifPresent(v -> {
            r.getParameters().add(parameter(m, "void count", v.count(), "1", QuantityKind.OTHER));
            r.getParameters().add(parameter(m, "largest void", v.largest(), "voxel", QuantityKind.OTHER));
            r.getParameters().add(parameter(m, "mean void size", v.meanSize(), "voxel", QuantityKind.OTHER));
        });
        double[] x = run.positions();
        for (int p = 0; p < run.profile().phases(); p++) {
            ResultSeries series = F.createResultSeries();
            series.setName(PhaseColours.label(p, t) + " fraction per slice");
            series.setXLabel(run.positionTitle());
            series.setYLabel((p == 0 ? "void" : "phase " + p) + " fraction / 1");
            series.setX(x.clone());
            series.setY(run.profile().fractions(p));
            r.getSeries().add(series);
        }
        run.voids().filter(v -> v.count() > 0).ifPresent(v -> r.getSeries().add(sizeDistribution(v, "void size distribution")));
        return r;
    }

    /** The undoable command that adds {@link #result} to the measurement's analyses. */
    public static Command addCommand(EditingDomain domain, TomographyVolume m, AnalysisResult r) {
        return AddCommand.create(domain, m, InterphasePackage.Literals.MEASUREMENT__ANALYSES, r);
    }

    /** Number of voids per log2 size bin, as a result series named {@code name}. */
    public static ResultSeries sizeDistribution(VoidComponents v, String name) {
        long[] h = v.log2SizeHistogram();
        double[] x = new double[h.length];
        double[] y = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            x[i] = i;
            y[i] = h[i];
        }
        ResultSeries s = F.createResultSeries();
        s.setName(name);
        s.setXLabel("log2(void size / voxel), bin i holds 2^i to 2^(i+1)-1 voxels");
        s.setYLabel("number of voids");
        s.setX(x);
        s.setY(y);
        return s;
    }

    private static ResultParameter parameter(TomographyVolume m, String name, double value, String unit,
            QuantityKind kind) {
        ResultParameter p = F.createResultParameter();
        p.setName(name);
        p.setValue(value);
        p.setUnit(unit);
        p.setQuantity(kind);
        p.setInterface(m.getInterface());
        p.setCycleState(m.getCycleState());
        return p;
    }

    /** Provenance inputs: the source and its hash when the model has one. */
    static List<String> inputs(TomographyVolume m) {
        List<String> in = new ArrayList<>();
        if (m.getSourceUri() != null) {
            in.add(m.getSourceUri());
        }
        if (m.getSha256() != null && !m.getSha256().isBlank()) {
            in.add("sha256:" + m.getSha256());
        }
        return in;
    }

    /** Settings of the run as JSON. */
    public static String settingsJson(SegmentationRun run) {
        SegmentationSettings s = run.settings();
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("method", s.method().id());
        j.put("thresholds", run.thresholds());
        j.put("rule", "above means value > threshold; phase 0 (void) is at or below the lowest threshold");
        j.put("filter", s.filter().id());
        if (s.filter() == SegmentationSettings.Filter.GAUSSIAN) {
            j.put("sigmaVoxels", s.sigma());
        }
        j.put("roi", s.roi().kind().id());
        j.put("roiRegion", run.roi().describe());
        j.put("axis", s.axis().id());
        j.put("contactPlane", s.plane());
        j.put("labelVoids", s.labelVoids());
        j.put("connectivity", 6);
        run.voxelSize().ifPresent(v -> {
            j.put("voxelSizeUm", v.along(s.axis()));
            j.put("voxelSizeXyzUm", new double[] { v.x(), v.y(), v.z() });
        });
        return new GsonBuilder().disableHtmlEscaping().create().toJson(j);
    }

    private static String joined(double[] t) {
        StringBuilder b = new StringBuilder();
        for (double v : t) {
            b.append(b.isEmpty() ? "" : ", ").append(Numbers.format(v));
        }
        return b.toString();
    }
}
