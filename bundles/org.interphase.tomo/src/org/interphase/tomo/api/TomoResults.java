package org.interphase.tomo.api;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.interphase.core.api.ResultValue;
import org.interphase.core.api.Results;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Interface;
import org.interphase.model.Measurement;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultSeries;

/**
 * The one result builder of tomography (no SWT), version of this bundle: a segmentation's phase fractions
 * ({@link #segmentation}, algorithm {@value #SEGMENTATION}: the editor and the demo) and the thresholded
 * fraction profile of {@code tomo-profile} and {@code batch run} ({@link #profile}, algorithm
 * {@value #PROFILE}). Void fractions carry the key {@code VOID_FRACTION/void}, contact fractions
 * {@code CONTACT_FRACTION/contact}, so the Timeline shows one series per quantity; every per-slice value is
 * stored as a series (nothing is dropped).
 */
public final class TomoResults {

    /** Algorithm id of segmentations (void fraction, contact fraction, voids, per-slice profiles). */
    public static final String SEGMENTATION = "tomo.segmentation";
    /** Algorithm id of one interface plane's contact and voids. */
    public static final String INTERFACE_PLANE = "tomo.interface-plane";
    /** Algorithm id of the thresholded fraction profile. */
    public static final String PROFILE = "tomo.profile";

    private TomoResults() {
    }

    /**
     * A finished segmentation.
     *
     * @param name          result name
     * @param settingsJson  settings of the run as JSON
     * @param summary       one line
     * @param voidFraction  fraction of the region of interest in the void phase (phase 0)
     * @param contact       name ("contact fraction at z = 12") and value of the contact fraction, if measured
     * @param thresholds    the threshold(s) between phases
     * @param voids         labelled voids, if counted
     * @param positionTitle x label of the per-slice profiles
     * @param positions     slice positions
     * @param phaseLabels   a label per phase of the profile
     * @param phaseFractions per phase, its fraction per slice
     */
    public record Segmentation(String name, String settingsJson, String summary, double voidFraction,
            Optional<Contact> contact, double[] thresholds, Optional<VoidComponents> voids, String positionTitle,
            double[] positions, List<String> phaseLabels, List<double[]> phaseFractions) {
    }

    /** A contact fraction at a plane: its name and value. */
    public record Contact(String name, double fraction) {
    }

    /** The result of a segmentation of {@code m}, not yet added to it. */
    public static AnalysisResult segmentation(Measurement m, Segmentation s, Date now) {
        AnalysisResult r = Results.result(m, SEGMENTATION, TomoResults.class, s.name(), s.settingsJson(), now);
        r.setSummary(s.summary());
        Results.add(r, m, ResultValue.of("void fraction", s.voidFraction(), Double.NaN, "1", QuantityKind.VOID_FRACTION)
                .withKey("void", null));
        s.contact().ifPresent(c -> Results.add(r, m, ResultValue.of(c.name(), c.fraction(), Double.NaN, "1",
                QuantityKind.CONTACT_FRACTION).withKey("contact", null)));
        double[] t = s.thresholds();
        for (int i = 0; i < t.length; i++) {
            String n = t.length == 1 ? "threshold" : "threshold " + (i + 1);
            Results.add(r, m, ResultValue.of(n, t[i], Double.NaN, "voxel value", QuantityKind.OTHER).withKey(n, null));
        }
        s.voids().ifPresent(v -> {
            Results.add(r, m, ResultValue.of("void count", v.count(), Double.NaN, "1", QuantityKind.OTHER)
                    .withKey("void count", null));
            Results.add(r, m, ResultValue.of("largest void", v.largest(), Double.NaN, "voxel", QuantityKind.OTHER)
                    .withKey("largest void", null));
            Results.add(r, m, ResultValue.of("mean void size", v.meanSize(), Double.NaN, "voxel", QuantityKind.OTHER)
                    .withKey("mean void size", null));
        });
        for (int p = 0; p < s.phaseFractions().size(); p++) {
            r.getSeries().add(Results.series(s.phaseLabels().get(p) + " fraction per slice", s.positionTitle(),
                    (p == 0 ? "void" : "phase " + p) + " fraction / 1", s.positions(), s.phaseFractions().get(p)));
        }
        s.voids().filter(v -> v.count() > 0).ifPresent(v -> r.getSeries().add(sizeDistribution(v, "void size distribution")));
        return r;
    }

    /**
     * The result of one interface plane of {@code m}: contact fraction (key {@code CONTACT_FRACTION/contact}),
     * void fraction near the interface (key {@code VOID_FRACTION/near interface}), void statistics and position,
     * all linked to {@code target} (the plane's interface, or the measurement's).
     *
     * @param voxelUm3 voxel volume when known (void sizes in µm³), else sizes in voxels
     */
    public static AnalysisResult interfacePlane(Measurement m, Interface target, String name, String settingsJson,
            String summary, InterfaceQuantities q, OptionalDouble voxelUm3, double positionUm, Date now) {
        AnalysisResult r = Results.result(m, INTERFACE_PLANE, TomoResults.class, name, settingsJson, now);
        r.setSummary(summary);
        boolean um3 = voxelUm3.isPresent();
        double scale = voxelUm3.orElse(1);
        String size = um3 ? "\u00b5m\u00b3" : "voxel";
        List<ResultValue> values = List.of(
                ResultValue.of("contact fraction", q.contact().fraction(), Double.NaN, "1", QuantityKind.CONTACT_FRACTION)
                        .withKey("contact", null),
                ResultValue.of("void fraction near the interface", q.voidFraction(), Double.NaN, "1",
                        QuantityKind.VOID_FRACTION).withKey("near interface", null),
                ResultValue.of("void count", q.voids().count(), Double.NaN, "1", QuantityKind.OTHER).withKey("void count", null),
                ResultValue.of("mean void size", q.voids().meanSize() * scale, Double.NaN, size, QuantityKind.OTHER)
                        .withKey("mean void size", null),
                ResultValue.of("largest void", q.voids().largest() * scale, Double.NaN, size, QuantityKind.OTHER)
                        .withKey("largest void", null),
                ResultValue.of("interface position", positionUm, Double.NaN, "\u00b5m", QuantityKind.OTHER)
                        .withKey("interface position", null));
        for (ResultValue v : values) {
            Results.add(r, m, v).setInterface(target);
        }
        if (q.voids().count() > 0) {
            r.getSeries().add(sizeDistribution(q.voids(), "void size distribution near the interface"));
        }
        return r;
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
        return Results.series(name, "log2(void size / voxel), bin i holds 2^i to 2^(i+1)-1 voxels", "number of voids",
                x, y);
    }

    /**
     * The {@code tomo-profile} result: fraction above the threshold overall and, as the void fraction of the
     * whole volume, below it; the per-slice fractions as a series.
     *
     * @param threshold       the threshold used
     * @param method          "otsu" or "value"
     * @param axis            slicing axis
     * @param profile         the two-phase profile (phase 1 = above)
     * @param settingsJson    settings JSON
     */
    public static AnalysisResult profile(Measurement m, double threshold, String method, Axis axis, PhaseProfile profile,
            String settingsJson, Date now) {
        AnalysisResult r = Results.result(m, PROFILE, TomoResults.class, "Fraction profile along " + axis.id()
                + ", threshold " + method, settingsJson, now);
        double above = profile.overallFraction(1);
        r.setSummary(String.format(java.util.Locale.ROOT, "fraction above %s threshold %.6g: %.4f over %d slices along %s",
                method, threshold, above, profile.slices(), axis.id()));
        Results.add(r, m, ResultValue.of("fraction above threshold", above, Double.NaN, "1", QuantityKind.OTHER)
                .withKey("fraction above threshold", null));
        Results.add(r, m, ResultValue.of("void fraction", 1 - above, Double.NaN, "1", QuantityKind.VOID_FRACTION)
                .withKey("void", null));
        Results.add(r, m, ResultValue.of("threshold", threshold, Double.NaN, "voxel value", QuantityKind.OTHER)
                .withKey("threshold", null));
        double[] x = new double[profile.slices()];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        r.getSeries().add(Results.series("fraction above threshold per slice", "slice along " + axis.id(),
                "fraction above / 1", x, profile.fractions(1)));
        return r;
    }
}
