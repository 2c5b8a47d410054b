package org.interphase.xps.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.interphase.xps.api.BackgroundCommands;
import org.interphase.xps.api.BackgroundSpec;
import org.interphase.xps.api.Backgrounds;
import org.interphase.xps.api.FitOptions;
import org.interphase.xps.api.FitResult;
import org.interphase.xps.api.LineShape;
import org.interphase.xps.api.Param;
import org.interphase.xps.api.Peak;
import org.interphase.xps.api.PeakFitter;
import org.interphase.xps.api.PeakModel;
import org.interphase.xps.api.TougaardCrossSection;
import org.interphase.xps.api.XpsCommands;
import org.interphase.xps.api.XpsFiles;
import org.interphase.xps.api.XpsRegionData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One region, one background: the fit's held Shirley is the one xps-background and the Backgrounds API give
 * for the same range (CasaXPS's end levels centred on each range end, points outside the range included).
 */
class HeldBackgroundTest {

    @TempDir
    Path dir;

    static PeakModel model(int halfWidth, String shape, double pos, double lo, double hi) {
        return PeakModel.of(new BackgroundSpec(BackgroundSpec.Kind.SHIRLEY, false, halfWidth,
                TougaardCrossSection.universal())).add(Peak.singlet("P", LineShape.parse(shape),
                        Param.bounded(pos, lo, hi), Param.bounded(1.5, 0.3, 6), Param.bounded(1000, 0, 1e9)));
    }

    static double maxDiff(double[] a, double[] b, int offset) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[offset + i]));
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    static double[] list(Object o) {
        return ((List<Number>) o).stream().mapToDouble(Number::doubleValue).toArray();
    }

    /**
     * The casa_csv F 1s region (691.725-684.6 eV, CasaXPS's average width 3 points): the fit's background equals
     * Backgrounds.shirley of the range to 1e-9 and CasaXPS's exported background within 1 % of the step; the
     * fit of the cut-out window (end levels from inside points only, the fitter's behaviour before) is reported
     * for comparison. The file-level path (xps-fit --model with a range vs xps-background) gives the same.
     */
    @Test
    void casaCsvRegion() throws Exception {
        CasaCsvTest.load();
        double[] be = CasaCsvTest.be;
        double[] cps = CasaCsvTest.cps;
        int[] range = CasaCsvTest.backgroundRange();
        int from = range[0];
        int to = range[1];
        double step = Math.abs(CasaCsvTest.background[from] - CasaCsvTest.background[to]);
        PeakModel m = model(1, "LA(1.53,243)", 688, 686, 690);
        FitResult fit = PeakFitter.fit(be, cps, from, to, m, FitOptions.poisson(1));
        double[] api = Backgrounds.shirley(be, cps, from, to, new Backgrounds.ShirleyOptions(1, 0, false));
        assertEquals(0, maxDiff(fit.background(), api, 0), 1e-9 * step);
        double casa = maxDiff(fit.background(), CasaCsvTest.background, from);
        FitResult cut = PeakFitter.fit(java.util.Arrays.copyOfRange(be, from, to + 1),
                java.util.Arrays.copyOfRange(cps, from, to + 1), m, FitOptions.poisson(1));
        double before = maxDiff(cut.background(), CasaCsvTest.background, from);
        System.out.printf(Locale.ROOT, "casa_csv F 1s: fitter's held Shirley vs CasaXPS's background %.3f %% of the "
                + "step (cut-out window, as before: %.2f %%)%n", 100 * casa / step, 100 * before / step);
        assertTrue(casa < 0.01 * step, "within 1 % of the step: " + casa);
        assertTrue(before > 0.05 * step, "the cut-out window gives another background: " + before);

        Path csv = SharedData.xps("casa_csv/20240220_Au_MPPipTFSI4AMSIol3_F_1s.csv");
        Path json = dir.resolve("m.json");
        Files.writeString(json, String.format(Locale.ROOT, """
                {"range": [%.3f, %.3f], "background": {"type": "shirley", "average": 1},
                 "peaks": [{"name": "F", "shape": "LA(1.53,243)", "position": {"value": 688, "min": 686, "max": 690},
                            "fwhm": {"value": 1.5, "min": 0.3, "max": 6}, "area": 50000}]}""", be[to], be[from]));
        FitResult viaFile = XpsCommands.fitModelRun(csv, null, json).fit();
        Map<String, Object> bg = BackgroundCommands.background(csv, BackgroundCommands.Type.SHIRLEY, be[to], be[from], 1,
                new Backgrounds.ShirleyOptions(1, 0, false));
        double[] cmd = list(bg.get("background"));
        assertEquals(cmd.length, viaFile.background().length);
        assertEquals(0, maxDiff(viaFile.background(), cmd, 0), 1e-9 * step, "xps-fit --model and xps-background");
    }

    /**
     * FeO_analyzed.vms over CasaXPS's region of the oracle (as binding energies): the fit's held Shirley equals
     * xps-background's for the same range and end-point averaging.
     */
    @Test
    void feoOracleRegion() throws Exception {
        Path file = SharedData.xps("vamas/FeO_analyzed.vms");
        XpsRegionData feo = XpsFiles.readData(file).get(0);
        double hv = feo.photonEnergy();
        double lo = hv - feo.casaRegions().get(0).end();
        double hi = hv - feo.casaRegions().get(0).start();
        double[] be = feo.bindingEnergy();
        double[] cps = feo.cps();
        int from = -1;
        int to = -1;
        for (int i = 0; i < be.length; i++) {
            if (be[i] >= lo - 1e-9 && be[i] <= hi + 1e-9) {
                from = from < 0 ? i : from;
                to = i;
            }
        }
        FitResult fit = PeakFitter.fit(be, cps, from, to, model(2, "GL(30)", 710, 705, 715), FitOptions.poisson(
                feo.poissonFactor()));
        Map<String, Object> bg = BackgroundCommands.background(file, BackgroundCommands.Type.SHIRLEY, lo, hi, 1,
                new Backgrounds.ShirleyOptions(2, 0, false));
        double[] cmd = list(bg.get("background"));
        double step = Math.abs(cmd[0] - cmd[cmd.length - 1]);
        assertEquals(cmd.length, fit.background().length);
        assertEquals(0, maxDiff(fit.background(), cmd, 0), 1e-9 * step);
        FitResult cut = PeakFitter.fit(java.util.Arrays.copyOfRange(be, from, to + 1),
                java.util.Arrays.copyOfRange(cps, from, to + 1), model(2, "GL(30)", 710, 705, 715),
                FitOptions.poisson(feo.poissonFactor()));
        System.out.printf(Locale.ROOT, "FeO region %.2f-%.2f eV: fitter's held Shirley = xps-background's; the cut-out "
                + "window differed by %.3f %% of the step%n", lo, hi, 100 * maxDiff(cut.background(), cmd, 0) / step);
    }

    /**
     * A series member cut from a region keeps the region for its held background: a one-spectrum series of the
     * casa_csv F 1s window has the single fit's background and area (the series path used the cut-out window).
     */
    @Test
    void seriesMemberOfAWindowHasTheSingleFitsBackground() throws Exception {
        CasaCsvTest.load();
        double[] be = CasaCsvTest.be;
        double[] cps = CasaCsvTest.cps;
        int[] range = CasaCsvTest.backgroundRange();
        int from = range[0];
        int to = range[1];
        double step = Math.abs(CasaCsvTest.background[from] - CasaCsvTest.background[to]);
        PeakModel m = model(1, "LA(1.53,243)", 688, 686, 690);
        FitResult single = PeakFitter.fit(be, cps, from, to, m, FitOptions.poisson(1));
        org.interphase.xps.api.SeriesFitter.Result series = org.interphase.xps.api.SeriesFitter.fit(
                List.of(org.interphase.xps.api.SeriesFitter.Member.window("F 1s", be, cps, from, to, 1)), m,
                java.util.Set.of(), FitOptions.Weighting.POISSON, () -> false);
        FitResult joint = series.fits().get(0);
        assertEquals(0, maxDiff(joint.background(), single.background(), 0), 1e-9 * step);
        double a = single.components().get(0).area();
        assertEquals(a, joint.components().get(0).area(), 1e-4 * a);
        org.interphase.xps.api.SeriesFitter.Result cut = org.interphase.xps.api.SeriesFitter.fit(
                List.of(new org.interphase.xps.api.SeriesFitter.Member("F 1s", java.util.Arrays.copyOfRange(be, from,
                        to + 1), java.util.Arrays.copyOfRange(cps, from, to + 1), 1)), m, java.util.Set.of(),
                FitOptions.Weighting.POISSON, () -> false);
        System.out.printf(Locale.ROOT, "casa_csv F 1s series of one: area %.2f (single fit %.2f; cut-out window %.2f)%n",
                joint.components().get(0).area(), a, cut.fits().get(0).components().get(0).area());
    }
}
