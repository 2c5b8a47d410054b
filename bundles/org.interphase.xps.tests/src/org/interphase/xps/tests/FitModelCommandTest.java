package org.interphase.xps.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.interphase.xps.api.XpsCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code xps-fit FILE --model MODEL.json}: a JSON fit model with doublets, bounds and a link on a known spectrum. */
class FitModelCommandTest {

    @TempDir
    Path dir;

    /** Noise-free S 2p doublets A and B on a Shirley-type background (Synthetic), written as a CSV column file. */
    private Path spectrum() throws Exception {
        double[] x = Synthetic.x();
        double[] y = Synthetic.clean();
        StringBuilder s = new StringBuilder("# S 2p\nBE;cps\n");
        for (int i = 0; i < x.length; i++) {
            s.append(String.format(Locale.ROOT, "%.4f;%.6f%n", x[i], y[i]));
        }
        Path file = dir.resolve("s2p.csv");
        Files.writeString(file, s);
        return file;
    }

    @SuppressWarnings("unchecked")
    @Test
    void jsonModelRecoversTheKnownDoublets() throws Exception {
        Path model = dir.resolve("s2p-model.json");
        Files.writeString(model, """
                {"background": {"type": "shirley", "average": 2},
                 "peaks": [
                   {"name": "A", "shape": "GL(30)", "position": {"value": 159.8, "min": 159, "max": 161},
                    "fwhm": {"value": 1.0, "min": 0.5, "max": 2}, "area": 4000, "doublet": {"splitting": 1.18, "ratio": 0.5}},
                   {"name": "B", "shape": "GL(30)", "position": "A + 1.7",
                    "fwhm": {"value": 1.0, "min": 0.5, "max": 2}, "area": 10000, "doublet": {"splitting": 1.18, "ratio": 0.5}}]}
                """);
        Map<String, Object> out = XpsCommands.fitModel(spectrum(), null, model);
        assertEquals(true, out.get("converged"));
        List<Map<String, Object>> c = (List<Map<String, Object>>) out.get("components");
        // B is linked to A + 1.7 eV, which is exactly the synthetic separation (161.7 - 160.0)
        assertEquals(Synthetic.POS_A, (Double) c.get(0).get("position"), 0.01);
        assertEquals(Synthetic.POS_B, (Double) c.get(1).get("position"), 0.01);
        assertEquals(Synthetic.FWHM_A, (Double) c.get(0).get("fwhmParameter"), 0.01);
        assertEquals(Synthetic.FWHM_B, (Double) c.get(1).get("fwhmParameter"), 0.01);
        // areas within 2 % (the held Shirley background is computed from the data, not the generating one)
        assertEquals(Synthetic.AREA_A, (Double) c.get(0).get("area"), 0.02 * Synthetic.AREA_A);
        assertEquals(Synthetic.AREA_B, (Double) c.get(1).get("area"), 0.02 * Synthetic.AREA_B);
        assertEquals(1.18, c.get(0).get("splitting"));
        assertEquals("s2p-model.json", out.get("model"));
    }

    @Test
    void badModelsNameTheFileAndTheJsonPath() throws Exception {
        Path file = spectrum();
        Path m1 = dir.resolve("m1.json");
        Files.writeString(m1, "{\"peaks\": [{\"name\": \"A\", \"position\": 160, \"fwhm\": 1}]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> XpsCommands.fitModel(file, null, m1));
        assertEquals("m1.json: peaks[0]: give either \"area\" or \"height\"", e.getMessage());
        Path m2 = dir.resolve("m2.json");
        Files.writeString(m2, "{\"peaks\": [{\"name\": \"A\", \"position\": \"x\", \"fwhm\": [1], \"area\": 1}]}");
        e = assertThrows(IllegalArgumentException.class, () -> XpsCommands.fitModel(file, null, m2));
        assertTrue(e.getMessage().startsWith("m2.json: peaks[0].fwhm:"), e.getMessage());
        Path m3 = dir.resolve("m3.json");
        Files.writeString(m3, "{\"peaks\": [");
        e = assertThrows(IllegalArgumentException.class, () -> XpsCommands.fitModel(file, null, m3));
        assertTrue(e.getMessage().startsWith("m3.json: not valid JSON"), e.getMessage());
        Path m4 = dir.resolve("m4.json");
        Files.writeString(m4, "{\"background\": {\"type\": \"spline\"}, \"peaks\": []}");
        e = assertThrows(IllegalArgumentException.class, () -> XpsCommands.fitModel(file, null, m4));
        assertTrue(e.getMessage().contains("background.type: 'spline'"), e.getMessage());
    }

    @SuppressWarnings("unchecked")
    @Test
    void aBackgroundAboveTheDataIsFlaggedInTheFit() throws Exception {
        // mjr9_59c.vms O 1s/6 (BE 538 -> 515 eV): the held Shirley rises above the data (BackgroundCommandTest)
        Path model = dir.resolve("o1s.json");
        Files.writeString(model, """
                {"region": "O 1s/6", "range": [515, 538], "background": {"type": "shirley", "average": 2},
                 "peaks": [{"name": "O", "shape": "GL(30)", "position": {"value": 532, "min": 529, "max": 535},
                            "fwhm": {"value": 1.6, "min": 0.8, "max": 3}, "area": 50}]}
                """);
        Map<String, Object> out = XpsCommands.fitModel(SharedData.xps("vamas/mjr9_59c.vms"), null, model);
        System.out.println("O 1s/6 fit: " + out.get("backgroundCheck") + " warnings " + out.get("warnings"));
        assertEquals(true, out.get("backgroundAboveData"));
        assertTrue(((List<String>) out.get("warnings")).get(0).startsWith("background above the data"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void areasAndFwhmsAreNonNegativeUnlessTheModelSaysOtherwise() throws Exception {
        // mjr9_59c.vms O 1s/6 (weak O 1s): the held Shirley lies above the data near 535 eV
        // (BackgroundCommandTest), so a component there is pulled negative unless bounded
        Path file = SharedData.xps("vamas/mjr9_59c.vms");
        String peaks = """
                   {"name": "O", "shape": "GL(30)", "position": {"value": 532, "min": 529, "max": 534},
                    "fwhm": 1.6, "area": 50},
                   {"name": "Ghost", "shape": "GL(30)", "position": {"value": 535, "fixed": true},
                    "fwhm": {"value": 1.5, "fixed": true}, "area": %s}],
                 "region": "O 1s/6", "range": [515, 538""";
        Path dflt = dir.resolve("default.json");
        Files.writeString(dflt, "{\"peaks\": [" + peaks.formatted("50") + "]}");
        Path open = dir.resolve("open.json");
        Files.writeString(open, "{\"peaks\": [" + peaks.formatted("{\"value\": 50, \"min\": -1e9}") + "]}");
        Map<String, Object> d = XpsCommands.fitModel(file, null, dflt);
        Map<String, Object> o = XpsCommands.fitModel(file, null, open);
        Map<String, Object> ghostD = ((List<Map<String, Object>>) d.get("components")).get(1);
        Map<String, Object> ghostO = ((List<Map<String, Object>>) o.get("components")).get(1);
        System.out.println("Ghost area: default bounds " + ghostD.get("area") + " " + ghostD.get("atBound") + " "
                + ghostD.get("areaPercent") + "; min -1e9: " + ghostO.get("area") + " " + ghostO.get("areaPercent"));
        assertTrue((Double) ghostD.get("area") >= 0, "non-negative by default: " + ghostD.get("area"));
        assertTrue((Double) ghostO.get("area") < 0, "this noise pulls the unbounded area negative: " + ghostO.get("area"));
        assertTrue(ghostO.get("areaPercent") instanceof String, "no percentage of a negative area");
        assertTrue(((List<String>) o.get("warnings")).stream().anyMatch(w -> w.contains("no area percentages")));
        Map<String, Object> fwhmA = ((List<Map<String, Object>>) d.get("parameters")).stream()
                .filter(p -> p.get("name").equals("O.fwhm")).findFirst().orElseThrow();
        assertEquals(0.01, fwhmA.get("min"));
        Map<String, Object> areaGhost = ((List<Map<String, Object>>) d.get("parameters")).stream()
                .filter(p -> p.get("name").equals("Ghost.amount")).findFirst().orElseThrow();
        assertEquals(0.0, areaGhost.get("min"));
        Path neg = dir.resolve("neg.json");
        Files.writeString(neg, "{\"peaks\": [" + peaks.formatted("-5") + "]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> XpsCommands.fitModel(file,
                null, neg));
        assertTrue(e.getMessage().startsWith("neg.json: peaks[1].area: -5.0 is below 0.0"), e.getMessage());
    }

    @Test
    void namesWithSymbolsAreQuotedInLinksAndTheErrorSaysSo() throws Exception {
        Path file = spectrum();
        String model = """
                {"peaks": [{"name": "S-Au", "shape": "GL(30)", "position": {"value": 159.8, "min": 159, "max": 161},
                            "fwhm": 1.0, "area": 4000, "doublet": {"splitting": 1.18, "ratio": 0.5}},
                           {"name": "B", "shape": "GL(30)", "position": "%s", "fwhm": 1.0, "area": 10000,
                            "doublet": {"splitting": 1.18, "ratio": 0.5}}]}""";
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, model.formatted("S-Au.position + 1.7"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> XpsCommands.fitModel(file,
                null, bad));
        System.out.println(e.getMessage());
        assertTrue(e.getMessage().contains("'S-Au'.position"), e.getMessage());
        Path good = dir.resolve("good.json");
        Files.writeString(good, model.formatted("'S-Au'.position + 1.7"));
        Map<String, Object> out = XpsCommands.fitModel(file, null, good);
        List<Map<String, Object>> c = (List<Map<String, Object>>) out.get("components");
        assertEquals((Double) c.get(0).get("position") + 1.7, (Double) c.get(1).get("position"), 1e-9);
    }
}
