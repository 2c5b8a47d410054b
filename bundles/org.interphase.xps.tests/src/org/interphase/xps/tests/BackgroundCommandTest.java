package org.interphase.xps.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.interphase.core.api.BatchCommand;
import org.interphase.xps.api.Backgrounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import com.google.gson.Gson;

/** The headless xps-background command, run as the registered batch service. */
class BackgroundCommandTest {

    @TempDir
    Path dir;

    static BatchCommand command() throws Exception {
        BundleContext ctx = FrameworkUtil.getBundle(BackgroundCommandTest.class).getBundleContext();
        for (ServiceReference<BatchCommand> ref : ctx.getServiceReferences(BatchCommand.class, null)) {
            BatchCommand c = ctx.getService(ref);
            if (c != null && "xps-background".equals(c.name())) {
                return c;
            }
        }
        throw new AssertionError("xps-background is not registered");
    }

    @SuppressWarnings("unchecked")
    @Test
    void linearAndShirleyOnAnAnalyticStep() throws Exception {
        // y = 100 below 130 eV, 300 above 134 eV, a linear ramp in between: both backgrounds must start and end
        // on the plateaus (end points averaged over 5 flat points), the linear one is 200 halfway
        Path f = dir.resolve("step_p2p.csv");
        List<String> lines = new ArrayList<>(List.of("BE;cps"));
        double[] fullBe = new double[201];
        double[] fullY = new double[201];
        for (int i = 0; i <= 200; i++) {
            double be = 140 - 0.1 * i;
            double y = be > 134 ? 300 : be < 130 ? 100 : 100 + 200 * (be - 130) / 4;
            lines.add(String.format(Locale.ROOT, "%.1f;%.6f", be, y));
            fullBe[i] = Double.parseDouble(String.format(Locale.ROOT, "%.1f", be));
            fullY[i] = y;
        }
        Files.write(f, lines);
        BatchCommand c = command();
        Map<String, Object> lin = (Map<String, Object>) c.run(List.of("--type", "linear", "--range", "125:138", f.toString()));
        assertEquals("xps-background", lin.get("command"));
        assertEquals(131, lin.get("points"), "125.0 ... 138.0 in 0.1 eV steps");
        List<Double> bg = (List<Double>) lin.get("background");
        assertEquals(300, bg.get(0), 1e-9, "first point (138 eV) averaged over 5 flat points");
        assertEquals(100, bg.get(130), 1e-9);
        assertEquals(200, bg.get(65), 1e-6, "straight line halfway");
        Map<String, Object> sh = (Map<String, Object>) c.run(List.of("--type", "SHIRLEY", "--range", "138:125",
                "--block", "1", f.toString()));
        List<Double> s = (List<Double>) sh.get("background");
        List<Double> y = (List<Double>) sh.get("y");
        assertEquals(300, s.get(0), 1e-9);
        assertEquals(100, s.get(130), 1e-9);
        // the command returns the Shirley curve of exactly the selected points (the algorithm itself is checked
        // against CasaXPS and analytic cases in BackgroundAndShapeTest)
        double[] xs = ((List<Double>) sh.get("x")).stream().mapToDouble(Double::doubleValue).toArray();
        double[] ys = y.stream().mapToDouble(Double::doubleValue).toArray();
        // default: CasaXPS's convention on the whole spectrum (138 eV is point 20, 125 eV point 150)
        double[] ref = Backgrounds.shirley(fullBe, fullY, 20, 150, new Backgrounds.ShirleyOptions(2, 0, false));
        for (int i = 0; i < ref.length; i++) {
            assertEquals(ref[i], s.get(i), 1e-6);
        }
        Map<String, Object> one = (Map<String, Object>) c.run(List.of("--type", "shirley", "--range", "138:125",
                "--endpoints", "one-sided", f.toString()));
        List<Double> so = (List<Double>) one.get("background");
        double[] classic = Backgrounds.shirley(xs, ys, 2);
        for (int i = 0; i < classic.length; i++) {
            assertEquals(classic[i], so.get(i), 1e-9, "one-sided: the classic curve of the selected points");
        }
        String json = new Gson().toJson(sh);
        assertTrue(json.contains("\"type\":\"shirley\""), json.substring(0, 200));
    }

    @SuppressWarnings("unchecked")
    @Test
    void tougaardOnTheCasaFileMeetsBothEnds() throws Exception {
        // FeO_analyzed.vms: README says CasaXPS's U3 Tougaard background equals the data at both ends of
        // BE 750 -> 694 (6258.45 and 1442.15 CPS); our universal U2 with B fitted meets them too
        Map<String, Object> t = (Map<String, Object>) command().run(List.of("--type", "tougaard", "--range", "694:750",
                SharedData.xps("vamas/FeO_analyzed.vms").toString(), "--average", "0"));
        List<Double> bg = (List<Double>) t.get("background");
        List<Double> y = (List<Double>) t.get("y");
        assertEquals(1121, t.get("points"));
        assertEquals(6258.45, y.get(0), 0.01, "README: CPS at 750 eV");
        assertEquals(y.get(0), bg.get(0), 1e-6 * y.get(0), "meets the high-BE end (B fitted)");
        assertEquals(y.get(y.size() - 1), bg.get(bg.size() - 1), 1e-9, "starts at the low-BE end");
        assertNotNull(((Map<String, Object>) t.get("tougaard")).get("B"));
        assertTrue((Double) t.get("areaAboveBackground") > 0);
    }

    @SuppressWarnings("unchecked")
    @Test
    void windowAndClampOptions() throws Exception {
        Map<String, Object> t = (Map<String, Object>) command().run(List.of("--type", "shirley", "--range", "694:750",
                "--window", "0.1", "--clamp", "yes", SharedData.xps("vamas/FeO_analyzed.vms").toString()));
        assertEquals(5, t.get("endPointAveraging"), "0.1 eV at 0.05 eV steps: half width 2");
        assertEquals(true, t.get("clampedToEnvelope"));
        List<Double> bg = (List<Double>) t.get("background");
        List<Double> y = (List<Double>) t.get("y");
        for (int i = 0; i < y.size(); i++) {
            double env = Backgrounds.endAverage(y.stream().mapToDouble(Double::doubleValue).toArray(), i, 2);
            assertTrue(bg.get(i) <= env + 1e-9, "below the envelope at point " + i);
        }
    }

    @Test
    void usageErrorsAreClear() throws Exception {
        BatchCommand c = command();
        Path vms = SharedData.xps("vamas/mjr9_59c.vms");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> c.run(List.of("--type", "shirley", vms.toString())));
        assertTrue(e.getMessage().contains("--range"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> c.run(List.of("--type", "smooth", "--range", "1:2", vms.toString())));
        assertTrue(e.getMessage().contains("shirley, tougaard or linear"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> c.run(List.of("--type", "shirley", "--range", "170", vms.toString())));
        assertTrue(e.getMessage().contains("LO:HI"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> c.run(List.of("--type", "shirley", "--range", "170:160", "--block", "12", vms.toString())));
        assertTrue(e.getMessage().contains("9 region(s)"), e.getMessage());
        // block 6 = S 2p/9, BE 174 -> 156 (README): a range outside it has no points
        e = assertThrows(IllegalArgumentException.class,
                () -> c.run(List.of("--type", "shirley", "--range", "300:290", "--block", "6", vms.toString())));
        assertTrue(e.getMessage().contains("S 2p/9"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> c.run(List.of("--type", "shirley", "--range",
                "170:160", "--window", "-1", vms.toString())));
        assertTrue(e.getMessage().contains("--window"), e.getMessage());
        assertTrue(c.usage().startsWith("xps-background --type shirley|tougaard|linear --range LO:HI FILE"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void aShirleyAboveTheDataIsFlaggedAndTheClampSuggested() throws Exception {
        // mjr9_59c.vms block 3 = O 1s/6 (README), BE 538 -> 515 eV: a weak O 1s on a noisy, sloping level
        Map<String, Object> out = (Map<String, Object>) command().run(List.of("--type", "shirley", "--range", "515:538",
                "--block", "3", SharedData.xps("vamas/mjr9_59c.vms").toString()));
        assertEquals("O 1s/6", out.get("region"));
        List<Double> bg = (List<Double>) out.get("background");
        List<Double> y = (List<Double>) out.get("y");
        double a = bg.get(0);
        double b = bg.get(bg.size() - 1);
        double top = bg.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        Map<String, Object> check = (Map<String, Object>) out.get("backgroundCheck");
        System.out.printf(Locale.ROOT, "O 1s/6 Shirley: end levels %.1f / %.1f, rises to %.1f CPS; net area %.1f CPS eV; "
                + "%s%n", a, b, top, (Double) out.get("areaAboveBackground"), check);
        assertEquals(true, out.get("backgroundAboveData"), "flagged");
        assertEquals(true, check.get("outsideEndLevels"), "rises above both end levels: " + top);
        assertTrue(top > Math.max(a, b) + 5, "rises clearly above both end levels: " + top);
        List<String> warnings = (List<String>) out.get("warnings");
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("background above the data")), warnings.toString());
        Map<String, Object> suggestion = (Map<String, Object>) out.get("suggestion");
        assertEquals("--clamp yes", suggestion.get("option"));
        List<Double> clamped = (List<Double>) suggestion.get("background");
        double levels = ((List<Map<String, Object>>) out.get("endPoints")).stream()
                .mapToDouble(e -> (Double) e.get("averagedIntensity")).max().orElseThrow();
        for (int i = 0; i < clamped.size(); i++) {
            assertTrue(clamped.get(i) <= levels + 1e-9, "the clamped curve stays within its end levels");
        }
        assertTrue((Double) suggestion.get("areaAboveBackground") > 0, "the clamped net area is positive");
        assertEquals(false, ((Map<String, Object>) suggestion.get("backgroundCheck")).get("aboveData"));
        assertEquals(y.size(), clamped.size());
        // the one-sided convention gives the curve of the issue: 51.7 CPS between 28.4 and 21.0, net area -83.4
        Map<String, Object> one = (Map<String, Object>) command().run(List.of("--type", "shirley", "--range",
                "515:538", "--block", "3", "--endpoints", "one-sided", SharedData.xps("vamas/mjr9_59c.vms").toString()));
        List<Double> bo = (List<Double>) one.get("background");
        double topOne = bo.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        System.out.printf(Locale.ROOT, "one-sided: end levels %.1f / %.1f, rises to %.1f, net area %.1f; warnings %s%n",
                bo.get(0), bo.get(bo.size() - 1), topOne, (Double) one.get("areaAboveBackground"), one.get("warnings"));
        assertEquals(51.7, topOne, 0.05);
        assertEquals(-83.4, (Double) one.get("areaAboveBackground"), 0.05);
        assertEquals(true, one.get("backgroundAboveData"));
        assertEquals(2, ((List<String>) one.get("warnings")).size(), "above the data, and a negative area");
    }

    @SuppressWarnings("unchecked")
    @Test
    void wellBehavedBackgroundsAreNotFlagged() throws Exception {
        for (List<String> args : List.of(
                List.of("--type", "shirley", "--range", "694:750", SharedData.xps("vamas/FeO_analyzed.vms").toString()),
                List.of("--type", "tougaard", "--range", "694:750", SharedData.xps("vamas/FeO_analyzed.vms").toString()))) {
            Map<String, Object> out = (Map<String, Object>) command().run(args);
            System.out.println(args.get(1) + " " + out.get("region") + ": " + out.get("backgroundCheck"));
            assertEquals(false, out.get("backgroundAboveData"), args + ": " + out.get("backgroundCheck"));
            assertTrue(((List<String>) out.get("warnings")).isEmpty(), args + ": " + out.get("warnings"));
            assertEquals(null, out.get("suggestion"));
        }
    }
}
