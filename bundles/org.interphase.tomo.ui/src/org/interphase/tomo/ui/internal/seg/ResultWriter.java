package org.interphase.tomo.ui.internal.seg;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.interphase.model.AnalysisResult;
import org.interphase.model.InterphasePackage;
import org.interphase.model.ResultSeries;
import org.interphase.model.TomographyVolume;
import org.interphase.core.api.Results;
import org.interphase.tomo.api.TomoResults;
import org.interphase.tomo.api.VoidComponents;
import org.interphase.tomo.ui.internal.render.Numbers;
import org.interphase.tomo.ui.internal.render.PhaseColours;

import com.google.gson.GsonBuilder;

/**
 * Turns a {@link SegmentationRun} into an {@link AnalysisResult} of the measurement through the technique's
 * builder ({@link TomoResults#segmentation}, algorithm {@value #ALGORITHM_ID}): void and contact fractions
 * linked to the measurement's interface and cycle state, the threshold(s), void statistics and the per-slice
 * profiles as series.
 */
public final class ResultWriter {

    /** Algorithm id of the results. */
    public static final String ALGORITHM_ID = TomoResults.SEGMENTATION;
    /** Version of the result layout and steps: the tomography bundle's. */
    public static final String ALGORITHM_VERSION = Results.bundleVersion(TomoResults.class);

    private ResultWriter() {
    }

    /** The result for {@code run} on {@code m} (not yet in the model). */
    public static AnalysisResult result(TomographyVolume m, SegmentationRun run) {
        double[] t = run.thresholds();
        SegmentationSettings s = run.settings();
        String summary = String.format(java.util.Locale.ROOT, "void fraction %s, contact fraction %s at %s = %d%s",
                Numbers.fraction(run.voidFraction()), Numbers.fraction(run.contact().fraction()), s.axis().id(),
                s.plane(), run.voids().map(v -> ", " + v.count() + " voids").orElse(""));
        List<String> labels = new ArrayList<>();
        List<double[]> fractions = new ArrayList<>();
        for (int p = 0; p < run.profile().phases(); p++) {
            labels.add(PhaseColours.label(p, t));
            fractions.add(run.profile().fractions(p));
        }
        return TomoResults.segmentation(m, new TomoResults.Segmentation("Segmentation: " + s.describe() + ", threshold "
                + joined(t), settingsJson(run), summary, run.voidFraction(),
                Optional.of(new TomoResults.Contact("contact fraction at " + s.axis().id() + " = " + s.plane(),
                        run.contact().fraction())), t, run.voids(), run.positionTitle(), run.positions(), labels,
                fractions), new Date());
    }

    /** The undoable command that adds {@link #result} to the measurement's analyses. */
    public static Command addCommand(EditingDomain domain, TomographyVolume m, AnalysisResult r) {
        return AddCommand.create(domain, m, InterphasePackage.Literals.MEASUREMENT__ANALYSES, r);
    }

    /** Number of voids per log2 size bin, as a result series named {@code name}. */
    public static ResultSeries sizeDistribution(VoidComponents v, String name) {
        return TomoResults.sizeDistribution(v, name);
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
