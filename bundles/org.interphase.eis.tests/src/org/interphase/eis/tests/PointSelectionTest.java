package org.interphase.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.CnlsFitter;
import org.interphase.eis.api.EisReaders;
import org.interphase.eis.api.FitFlag;
import org.interphase.eis.api.FitOptions;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.FittedParameter;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.PointSelection;
import org.interphase.eis.api.Weighting;
import org.interphase.eis.internal.commands.EisCommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 item 5: --fmin/--fmax/--drop-inductive/--exclude on eis-fit, -series, -kk, -drt; start values; bounds. */
class PointSelectionTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> selection(Map<String, Object> out) {
        return (Map<String, Object>) out.get("selection");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> leftOut(Map<String, Object> out) {
        return (List<Map<String, Object>>) selection(out).get("leftOut");
    }

    /**
     * The LPSCl pellet: 79 points, 7 MHz to 100 mHz, 10 per decade (data README). 1 Hz .. 100 kHz is five
     * decades: 50 points (51 if a point fell on both ends).
     */
    @Test
    void frequencyWindowOnARealFile() throws Exception {
        String mpt = SharedData.eis(SharedData.MPT).toString();
        Map<String, Object> all = EisCommandLine.run(List.of("eis-kk", mpt));
        assertEquals(79, all.get("points"));
        assertEquals(79, selection(all).get("used"));
        Map<String, Object> win = EisCommandLine.run(List.of("eis-kk", mpt, "--fmin", "1", "--fmax", "1e5"));
        int used = (Integer) win.get("points");
        assertTrue(used == 50 || used == 51, "points in 1 Hz .. 100 kHz: " + used);
        ImpedanceData d = EisReaders.readFirst(SharedData.eis(SharedData.MPT));
        long inWindow = java.util.stream.IntStream.range(0, d.size())
                .filter(i -> d.frequency(i) >= 1 && d.frequency(i) <= 1e5).count();
        assertEquals(inWindow, used);
        assertEquals(79 - used, leftOut(win).size());
        for (Map<String, Object> p : leftOut(win)) {
            double f = (Double) p.get("frequencyHz");
            assertEquals(f < 1 ? "below fmin" : "above fmax", p.get("reason"), p.toString());
        }
        Map<String, Object> high = EisCommandLine.run(List.of("eis-drt", mpt, "--fmin", "1e3", "--capacitance"));
        assertEquals(inWindowCount(d, 1e3, Double.POSITIVE_INFINITY), high.get("points"));
        Map<String, Object> fit = EisCommandLine.run(List.of("eis-fit", mpt, "--circuit", "R0-p(R1,CPE1)-CPE2",
                "--fmax", "1e6", "--starts", "2"));
        assertEquals(inWindowCount(d, 0, 1e6), fit.get("points"));
        assertThrows(IllegalArgumentException.class,
                () -> EisCommandLine.run(List.of("eis-kk", mpt, "--fmin", "1e4", "--fmax", "10")));
    }

    private static int inWindowCount(ImpedanceData d, double lo, double hi) {
        int n = 0;
        for (int i = 0; i < d.size(); i++) {
            n += d.frequency(i) >= lo && d.frequency(i) <= hi ? 1 : 0;
        }
        return n;
    }

    /** impedance.py's example: the 9 highest-frequency points are inductive; ignoreBelowX leaves 57 (data README). */
    @Test
    void dropInductiveRemovesExactlyThePositiveImaginaryPoints() throws Exception {
        String csv = SharedData.eis(SharedData.CSV).toString();
        ImpedanceData d = EisReaders.readFirst(SharedData.eis(SharedData.CSV));
        Map<String, Object> fit = EisCommandLine.run(List.of("eis-fit", csv, "--circuit", "R0-p(R1,C1)-p(R2-Wo1,C2)",
                "--drop-inductive", "--starts", "2"));
        assertEquals(57, fit.get("points"));
        List<Map<String, Object>> left = leftOut(fit);
        assertEquals(9, left.size());
        for (Map<String, Object> p : left) {
            assertEquals("inductive", p.get("reason"));
            assertTrue(d.zImag()[(Integer) p.get("index")] > 0, p.toString());
        }
        for (int i = 0; i < d.size(); i++) {
            final int k = i;
            assertEquals(d.zImag()[i] > 0, left.stream().anyMatch(p -> p.get("index").equals(k)), "point " + i);
        }
        // the automatic start values are in the output, one per parameter
        @SuppressWarnings("unchecked")
        Map<String, Object> start = (Map<String, Object>) fit.get("start");
        assertEquals(Set.copyOf(Circuit.parse("R0-p(R1,C1)-p(R2-Wo1,C2)").parameterNames()), start.keySet());
        Map<String, Object> series = EisCommandLine.run(List.of("eis-series", csv, "--circuit", "R0-p(R1,C1)",
                "--drop-inductive", "--exclude", "0,1,5-7", "--starts", "1"));
        @SuppressWarnings("unchecked")
        Map<String, Object> row = ((List<Map<String, Object>>) series.get("fits")).get(0);
        assertEquals(66 - 9 - 5, selection(row).get("used"), "5 indices (0,1,5,6,7, all capacitive) and 9 inductive");
    }

    @Test
    void explicitIndexMask() throws Exception {
        assertEquals(Set.of(0, 1, 5, 6, 7), PointSelection.parseIndices("0,1,5-7"));
        assertThrows(IllegalArgumentException.class, () -> PointSelection.parseIndices("3-x"));
        assertThrows(IllegalArgumentException.class, () -> PointSelection.parseIndices("7-5"));
        String dta = SharedData.eis(SharedData.DTA).toString();
        Map<String, Object> kk = EisCommandLine.run(List.of("eis-kk", dta, "--exclude", "0,1,5-7", "--m", "20"));
        assertEquals(71 - 5, kk.get("points"));
        assertEquals(List.of(0, 1, 5, 6, 7), leftOut(kk).stream().map(p -> p.get("index")).toList());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EisCommandLine.run(List.of("eis-kk", dta, "--exclude", "71")));
        assertTrue(e.getMessage().contains("0..70"), e.getMessage());
    }

    /** A parameter the fit leaves at ~0 (R0 of data without a series resistance) is at its lower bound 0. */
    @Test
    void parameterPushedToZeroIsAtLowerBound(@TempDir Path dir) throws Exception {
        Circuit c = Circuit.parse("R0-p(R1,C1)");
        ImpedanceData d = Synthetic.spectrum(Circuit.parse("p(R1,C1)"), new double[] {100, 1e-6}, 1e-1, 1e5, 41, 0, 1);
        FitResult r = CnlsFitter.fit(c, d, new double[] {1e-20, 90, 1.2e-6}, FitOptions.local(Weighting.MODULUS));
        FittedParameter r0 = r.parameter("R0").orElseThrow();
        assertTrue(r0.value() < 1e-10, "R0 " + r0.value());
        assertTrue(r0.has(FitFlag.AT_BOUND), r0.flags().toString());
        assertTrue(Double.isNaN(r0.standardError()), "sigma undefined at the bound: " + r0.standardError());
        assertFalse(r.parameter("R1").orElseThrow().has(FitFlag.AT_BOUND));
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < d.size(); i++) {
            csv.append(String.format(Locale.ROOT, "%.10g,%.10g,%.10g%n", d.frequency(i), d.zReal()[i], d.zImag()[i]));
        }
        Path f = Files.writeString(dir.resolve("rc.csv"), csv);
        Map<String, Object> out = EisCommandLine.run(List.of("eis-fit", f.toString(), "--circuit", "R0-p(R1,C1)",
                "--initial", "1e-20,90,1.2e-6"));
        @SuppressWarnings("unchecked")
        Map<String, Object> p0 = ((List<Map<String, Object>>) out.get("parameters")).get(0);
        assertEquals("R0", p0.get("name"));
        assertEquals("at lower bound 0", p0.get("bound"), p0.toString());
        assertFalse(p0.containsKey("standardError"), p0.toString());
        assertTrue(((List<?>) p0.get("flags")).contains("AT_BOUND"));
    }
}
