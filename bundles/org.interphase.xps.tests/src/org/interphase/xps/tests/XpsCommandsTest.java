package org.interphase.xps.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.interphase.xps.api.XpsCommands;
import org.junit.jupiter.api.Test;

import com.google.gson.Gson;

/** The headless xps-fit entry point on shared files. */
class XpsCommandsTest {

    @SuppressWarnings("unchecked")
    @Test
    void fitsASharedRegionAndReportsJson() throws Exception {
        // mm-specs.xy: one P 2p curve, BE 139.87 -> 119.87, 401 points, 50 scans x 0.1 s; its doublet
        // peaks near 129.2-129.9 eV (the LixP / P0 range); PS4 3- has nothing to fit, so its area may end on 0
        Map<String, Object> out = XpsCommands.fit(SharedData.xps("specs/mm-specs.xy"), "p 2p", List.of("LixP", "PS4"));
        assertEquals("P 2p", out.get("coreLevel"));
        assertEquals(401, out.get("points"));
        assertEquals(true, out.get("converged"));
        List<Map<String, Object>> comps = (List<Map<String, Object>>) out.get("components");
        assertEquals(2, comps.size());
        Map<String, Object> lixp = comps.get(0);
        assertEquals("LixP", lixp.get("name"));
        assertTrue((Double) lixp.get("positionError") > 0 && (Double) lixp.get("positionError") < 0.05, lixp.toString());
        assertTrue((Double) lixp.get("areaError") > 0, lixp.toString());
        double pos = (Double) lixp.get("position");
        assertTrue(pos > 128.8 && pos < 129.6, "P 2p3/2 below the 129.2-129.9 maxima: " + pos);
        assertEquals(0.86, lixp.get("splitting"));
        assertTrue((Double) lixp.get("areaPercent") > 90, lixp.toString());
        assertTrue((Double) comps.get(1).get("area") >= 0);
        assertTrue((Double) out.get("reducedChi2") > 0);
        String json = new Gson().toJson(out);
        assertEquals(out.get("region"), new Gson().fromJson(json, Map.class).get("region"));
    }

    @Test
    void clearErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> XpsCommands.fit(SharedData.xps("vamas/mjr9_59c.vms"), "S 2p", List.of("Li2S")));
        assertTrue(e.getMessage().contains("ambiguous") && e.getMessage().contains("S 2p/13"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> XpsCommands.fit(SharedData.xps("vamas/mjr9_59c.vms"), "S 2p/13", List.of("Li2Se")));
        assertTrue(e.getMessage().contains("Li2Se") && e.getMessage().contains("PS4"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> XpsCommands.fit(SharedData.xps("vamas/mjr9_59c.vms"), "Au 4f/14", List.of("x")));
        assertTrue(e.getMessage().contains("no core level"), e.getMessage());
    }
}
