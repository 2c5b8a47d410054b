package org.interphase.sims.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.OptionalDouble;

import org.interphase.model.AnalysisResult;
import org.interphase.model.CycleState;
import org.interphase.model.DepthProfile;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Polarity;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultParameter;
import org.interphase.sims.api.Alignment;
import org.interphase.sims.api.DepthProfiles;
import org.interphase.sims.api.EdgeDirection;
import org.interphase.sims.api.EdgeModel;
import org.interphase.sims.api.Normalisation;
import org.interphase.sims.api.Overlay;
import org.interphase.sims.api.ProfileData;
import org.interphase.sims.api.Replicates;
import org.interphase.sims.api.Resample;
import org.interphase.sims.api.Series;
import org.interphase.sims.api.SignalData;
import org.interphase.sims.api.SignalName;
import org.interphase.sims.api.ThicknessTrend;
import org.junit.jupiter.api.Test;

/** Comparing profiles: alignment, common grid, replicate mean +/- SD, difference/ratio, thickness trend. */
class CompareTest {

    /** A profile with one erf-edged signal {@code Pb+} falling at {@code centre} (sigma 4 s), one point per s. */
    static ProfileData synthetic(double centre, double amplitude) {
        int n = 201;
        double[] t = new double[n];
        double[] y = new double[n];
        double[] fluence = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i;
            fluence[i] = 1e12 * i;
            y[i] = 10 + amplitude * EdgeModel.ERF.step(-(i - centre) / 4);
        }
        SignalData s = new SignalData(SignalName.parse("Pb+"), OptionalDouble.of(207.98), y);
        return new ProfileData(t, new double[n], fluence, List.of(s), Polarity.POSITIVE, n, false, n - 1);
    }

    @Test
    void resampleIsExactForLinesAndPropagatesVariance() {
        Series s = new Series(new double[] { 0, 1, 3 }, new double[] { 1, 3, 7 }, new double[] { 1, 1, 4 });
        Series r = Resample.linear(s, new double[] { -1, 0, 0.5, 2, 3, 4 });
        assertTrue(Double.isNaN(r.y()[0]));
        assertEquals(1, r.y()[1], 1e-15);
        assertEquals(2, r.y()[2], 1e-15);
        assertEquals(5, r.y()[3], 1e-15);
        assertEquals(7, r.y()[4], 1e-15);
        assertTrue(Double.isNaN(r.y()[5]));
        assertEquals(0.25 + 0.25, r.variance()[2], 1e-15, "(1-w)^2 v1 + w^2 v2 at w = 1/2");
        assertEquals(0.25 * 1 + 0.25 * 4, r.variance()[3], 1e-15);
    }

    @Test
    void replicateMeanAndSdOnTheCommonRange() {
        // y = x + k on different grids: mean x + 2, SD 1 (k = 1, 2, 3), over the overlap [2, 7.7]
        List<Series> curves = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            double[] x = new double[12];
            double[] y = new double[12];
            for (int i = 0; i < x.length; i++) {
                x[i] = k - 1 + i * 0.7 * k;
                y[i] = x[i] + k;
            }
            curves.add(Series.of(x, y));
        }
        Replicates.MeanCurve m = Replicates.meanSd(curves, 50);
        assertEquals(2, m.x()[0], 1e-12);
        assertEquals(Math.min(7.7, Math.min(1 + 7.7 * 2, 2 + 7.7 * 3)), m.x()[49], 1e-12);
        for (int i = 0; i < 50; i++) {
            assertEquals(m.x()[i] + 2, m.mean()[i], 1e-12);
            assertEquals(1, m.sd()[i], 1e-12);
            assertEquals(3, m.n()[i]);
            assertEquals(1 / Math.sqrt(3), m.standardError(i), 1e-12);
        }
        Series far = Series.of(new double[] { 100, 101 }, new double[] { 1, 1 });
        assertThrows(IllegalArgumentException.class, () -> Replicates.meanSd(List.of(curves.get(0), far), 10));
    }

    @Test
    void differenceAndRatio() {
        Series a = Series.counts(new double[] { 0, 1, 2, 3 }, new double[] { 4, 8, 12, 16 });
        Series b = Series.counts(new double[] { 0.5, 1.5, 2.5 }, new double[] { 3, 5, 7 }); // b = 2x + 2
        Series d = Replicates.difference(a, b);
        assertTrue(Double.isNaN(d.y()[0]));
        assertEquals(8 - 4, d.y()[1], 1e-12);
        assertEquals(12 - 6, d.y()[2], 1e-12);
        assertTrue(Double.isNaN(d.y()[3]));
        assertEquals(8 + 0.25 * 3 + 0.25 * 5, d.variance()[1], 1e-12);
        Series r = Replicates.ratio(a, b);
        assertEquals(2, r.y()[1], 1e-12);
        assertEquals(2, r.y()[2], 1e-12);
        assertEquals(8 / 16.0 + 4 * 2 / 16.0, r.variance()[1], 1e-12, "var a / b^2 + (a/b)^2 var b / b^2");
    }

    @Test
    void alignedOnAnInterfaceTheEdgesCoincide() {
        List<Overlay.Profile> ps = List.of(new Overlay.Profile("A", synthetic(60.3, 5000)),
                new Overlay.Profile("B", synthetic(95.7, 8000)), new Overlay.Profile("C", synthetic(130.1, 3000)));
        Overlay.Result o = Overlay.of(ps, List.of("Pb+", "Cs+"), Alignment.onInterface("Pb+", EdgeDirection.FALLING),
                Normalisation::raw);
        assertEquals(3, o.curves().size());
        assertEquals(List.of("A: no signal 'Cs+'", "B: no signal 'Cs+'", "C: no signal 'Cs+'"), o.skipped());
        assertEquals(60.3, o.shifts()[0], 0.02, "interpolated t50 of an erf edge sampled every 1 s");
        assertEquals(95.7, o.shifts()[1], 0.02);
        // after max-normalisation the aligned curves are one curve: mean +/- SD has SD ~ 0
        List<Series> norm = o.of("Pb+").stream().map(Normalisation::toMax).toList();
        Replicates.MeanCurve m = Replicates.meanSd(norm, 101);
        for (int i = 0; i < m.x().length; i++) {
            assertTrue(m.sd()[i] < 0.01, "SD at x = " + m.x()[i] + ": " + m.sd()[i]);
        }
        assertEquals("Sputter time \u2212 t50(Pb+ falling) / s", o.xTitle());
        Overlay.Result none = Overlay.of(ps, List.of("Pb+"), Alignment.onInterface("Cs+", EdgeDirection.RISING),
                Normalisation::raw);
        assertEquals(0, none.curves().size());
        assertEquals("A: no signal 'Cs+'", none.skipped().get(0));
    }

    /** Reference row of the data README: Pb+ of the positive MAPI file falls at t50 = 103.282 s. */
    @Test
    void realProfilesAlignOnTheReadmeEdgeAndOnFluence() throws Exception {
        ProfileData pos = DepthProfiles.readData(SharedData.profile(SharedData.POS));
        Alignment.Aligned a = Alignment.onInterface("Pb+", EdgeDirection.FALLING).x(pos);
        assertEquals(103.282, a.shift(), 1e-3);
        assertEquals(-103.282, a.x().orElseThrow()[0], 1e-3);
        ProfileData u = DepthProfiles.readData(SharedData.profile(SharedData.CONTROL));
        ProfileData y = DepthProfiles.readData(SharedData.profile(SharedData.PBI2));
        Overlay.Result o = Overlay.of(List.of(new Overlay.Profile("control", u), new Overlay.Profile("PbI2", y)),
                List.of("total", "I-"), Alignment.fluence(), Normalisation::raw);
        assertEquals(4, o.curves().size(), o.skipped().toString());
        double lastFluence = last(o.curves().get(0).series().x());
        // README: the file's last row (all-zero, dropped) has fluence 5.2341e15; the step is 1/69 of the range
        assertEquals(5.2341e15 * 68 / 69, lastFluence, 0.002 * 5.2341e15);
        assertEquals(140534, o.curves().get(0).series().y()[0], 0.5, "README: total first value of I231115u");
        Series ratio = Replicates.ratio(o.curves().get(1).series(), o.curves().get(3).series());
        long finite = java.util.Arrays.stream(ratio.y()).filter(Double::isFinite).count();
        assertTrue(finite > 60, "I- ratio of the two treatments defined at " + finite + " of 69 points");
    }

    private static double last(double[] v) {
        return v[v.length - 1];
    }

    @Test
    void thicknessTrendFromSavedResults() {
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        List<DepthProfile> profiles = new ArrayList<>();
        double[][] data = { { 1, 2.0, 0.1 }, { 2, 3.9, 0.1 }, { 2, 4.1, 0.1 }, { 3, 6.0, 0.1 } };
        List<CycleState> states = new ArrayList<>();
        for (int c = 1; c <= 3; c++) {
            CycleState s = f.createCycleState();
            s.setCycleNumber(c);
            states.add(s);
        }
        for (double[] d : data) {
            DepthProfile p = f.createDepthProfile();
            p.setCycleState(states.get((int) d[0] - 1));
            p.getAnalyses().add(result(f, new Date(1000), 99, 1)); // older result: ignored
            p.getAnalyses().add(result(f, new Date(2000), d[1], d[2]));
            AnalysisResult trend = result(f, new Date(3000), 77, 1); // a saved trend: not a profile result
            trend.setAlgorithmId(ThicknessTrend.ALGORITHM);
            p.getAnalyses().add(trend);
            profiles.add(p);
        }
        profiles.add(f.createDepthProfile()); // no cycle state: ignored
        List<ThicknessTrend.CyclePoint> c = ThicknessTrend.byCycle(ThicknessTrend.points(profiles, "nm"));
        assertEquals(3, c.size());
        assertEquals(4.0, c.get(1).mean(), 1e-12);
        assertEquals(0.1, c.get(1).error(), 1e-12, "SD 0.1414 / sqrt 2");
        assertEquals(2, c.get(1).n());
        assertEquals(0.1, c.get(0).error(), 1e-12, "one profile: its own standard error");
        ThicknessTrend.Line line = ThicknessTrend.line(c);
        assertEquals(2, line.slope(), 1e-12);
        assertEquals(0, line.intercept(), 1e-12);
        // weights 100 each: sw = 300, sx = 600, sxx = 1400, det = 60000; se(slope) = sqrt(sw / det)
        assertEquals(Math.sqrt(300 / 60000.0), line.slopeError(), 1e-12);
        assertEquals(Math.sqrt(1400 / 60000.0), line.interceptError(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> ThicknessTrend.line(c.subList(0, 1)));
        assertEquals(0, ThicknessTrend.points(profiles, "s").size());
    }

    private static AnalysisResult result(InterphaseFactory f, Date at, double nm, double se) {
        AnalysisResult r = f.createAnalysisResult();
        r.setCreatedAt(at);
        ResultParameter p = f.createResultParameter();
        p.setQuantity(QuantityKind.INTERPHASE_THICKNESS);
        p.setUnit("nm");
        p.setValue(nm);
        p.setStandardError(se);
        r.getParameters().add(p);
        return r;
    }
}
