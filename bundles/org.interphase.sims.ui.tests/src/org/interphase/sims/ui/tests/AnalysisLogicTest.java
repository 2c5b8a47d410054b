package org.interphase.sims.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.interphase.model.SignalKind;
import org.interphase.sims.api.DepthProfiles;
import org.interphase.sims.api.DepthScale;
import org.interphase.sims.api.EdgeDirection;
import org.interphase.sims.api.EdgeModel;
import org.interphase.sims.api.ProfileData;
import org.interphase.sims.api.Series;
import org.interphase.sims.api.SignalName;
import org.interphase.sims.ui.internal.EdgeAnalysis;
import org.interphase.sims.ui.internal.EdgeMethod;
import org.interphase.sims.ui.internal.EdgeRow;
import org.interphase.sims.ui.internal.Grouping;
import org.interphase.sims.ui.internal.NormalisationMode;
import org.interphase.sims.ui.internal.PlotSettings;
import org.interphase.sims.ui.internal.SignalGroups;
import org.interphase.sims.ui.internal.Smoothing;
import org.interphase.sims.ui.internal.Thickness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The editor's SWT-free logic: grouping, default selection, smoothing, edges and thickness. */
class AnalysisLogicTest {

    @ParameterizedTest
    @CsvSource({ "Cs_2PO_3+, Cs", "CH_5N_2+, 'C, H, N, O (organic)'", "C_3+, C", "^207PbI+, Pb", "In_2O_3+, In",
            "total, total", "Sn+ / ( Pb+ ), ratios" })
    void characteristicElement(String label, String element) {
        assertEquals(element, SignalGroups.element(SignalName.parse(label)));
    }

    @Test
    void groupsCoverEverySignalOnceAndDefaultsAreTheMostIntenseIons() throws Exception {
        ProfileData d = DepthProfiles.readData(SimsEditorBodyTest.FILE);
        for (Grouping g : Grouping.values()) {
            List<SignalGroups.Group> groups = SignalGroups.group(d, g);
            assertEquals(106, groups.stream().mapToInt(x -> x.members().size()).sum(), g.label());
            assertEquals(106, groups.stream().flatMap(x -> x.members().stream()).distinct().count(), g.label());
        }
        // README: 106 signals, 6 with m/z N/A = total + 5 ratios
        List<SignalGroups.Group> kinds = SignalGroups.group(d, Grouping.KIND);
        assertEquals(List.of("ions (100)", "total (1)", "ratios (5)"),
                kinds.stream().map(SignalGroups.Group::name).sorted((a, b) -> order(a) - order(b)).toList());
        List<Integer> top = SignalGroups.mostIntense(d, 6);
        assertEquals(6, top.size());
        double previous = Double.POSITIVE_INFINITY;
        for (int i : top) {
            assertSame(SignalKind.ION, d.signals().get(i).name().kind());
            double max = java.util.Arrays.stream(d.signals().get(i).intensity()).filter(Double::isFinite).max()
                    .orElseThrow();
            assertTrue(max <= previous);
            previous = max;
        }
        for (int i = 0; i < d.signals().size(); i++) {
            if (!top.contains(i) && d.signals().get(i).name().kind() == SignalKind.ION) {
                double max = java.util.Arrays.stream(d.signals().get(i).intensity()).filter(Double::isFinite).max()
                        .orElse(0);
                assertTrue(max <= previous, d.signals().get(i).label());
            }
        }
    }

    private static int order(String name) {
        return name.startsWith("ions") ? 0 : name.startsWith("total") ? 1 : 2;
    }

    @Test
    void movingAverageKeepsALineAndDividesVariance() {
        double[] x = new double[20];
        double[] y = new double[20];
        for (int i = 0; i < 20; i++) {
            x[i] = i;
            y[i] = 3 + 2 * i;
        }
        Series s = Smoothing.movingAverage(Series.counts(x, y), 5);
        for (int i = 0; i < 20; i++) {
            assertEquals(y[i], s.y()[i], 1e-12, "a line is its own centred average");
        }
        assertEquals((y[8] + y[9] + y[10] + y[11] + y[12]) / 25, s.variance()[10], 1e-12);
        assertSame(s.getClass(), Series.class);
        Series off = Smoothing.movingAverage(Series.counts(x, y), 1);
        assertEquals(y[3], off.y()[3]);
    }

    @Test
    void defaultsAreRawUnsmoothedAndLog() {
        PlotSettings p = PlotSettings.defaults();
        assertEquals(NormalisationMode.RAW, p.mode());
        assertFalse(p.smoothed());
        assertTrue(p.log());
        assertEquals("raw counts, no smoothing", p.describe());
    }

    /** Synthetic interphase fragment: an erf rise at 40 s and an erf fall at 65 s (sigma 2 s). */
    @Test
    void thicknessOfASyntheticLayerInTimeAndDepth() {
        int n = 201;
        double[] x = new double[n];
        double[] y = new double[n];
        double sigma = 2;
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.5;
            y[i] = 10 + 1000 * EdgeModel.ERF.step((x[i] - 40) / sigma) * EdgeModel.ERF.step(-(x[i] - 65) / sigma);
        }
        List<EdgeRow> rows = EdgeAnalysis.analyse(0, "PO_3-", Series.of(x, y));
        assertEquals(2, rows.size());
        EdgeRow rise = rows.stream().filter(r -> r.direction() == EdgeDirection.RISING).findFirst().orElseThrow();
        EdgeRow fall = rows.stream().filter(r -> r.direction() == EdgeDirection.FALLING).findFirst().orElseThrow();
        // levels are 0 and max (1010), so the 50 % crossing is a little off the erf centre: within 0.1 s
        assertEquals(40, rise.t50(EdgeMethod.INTERPOLATION), 0.1);
        assertEquals(65, fall.t50(EdgeMethod.INTERPOLATION), 0.1);
        assertEquals(40, rise.t50(EdgeMethod.ERF_FIT), 1e-3, "the fit models the baseline");
        assertEquals(65, fall.t50(EdgeMethod.ERF_FIT), 1e-3);
        assertEquals(2 * EdgeModel.Z84 * sigma, rise.width(EdgeMethod.ERF_FIT), 1e-3);

        Thickness t = Thickness.between(rise, fall, EdgeMethod.ERF_FIT, Optional.empty());
        assertEquals(25, t.seconds(), 2e-3);
        assertTrue(t.nm().isEmpty());
        // 30 nm layer at 1 nm/s (switch at 30 s), then 0.5 nm/s: z(40) = 35, z(65) = 47.5
        DepthScale rates = DepthScale.LayerRates.fromStack(new double[] { 30, 100 }, new double[] { 1, 0.5 });
        Thickness d = Thickness.between(rise, fall, EdgeMethod.ERF_FIT, Optional.of(rates));
        assertEquals(12.5, d.nm().getAsDouble(), 2e-3);
    }
}
