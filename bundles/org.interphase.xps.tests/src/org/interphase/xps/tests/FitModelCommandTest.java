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
}
