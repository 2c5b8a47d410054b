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
        // mm-specs.xy: one P 2p curve, BE 139.87 -> 119.87, 401 points, 50 scans x 0.1 s
        Map<String, Object> out = XpsCommands.fit(SharedData.xps("specs/mm-specs.xy"), "p 2p", List.of("PS4", "PO4"));
        assertEquals("P 2p", out.get("coreLevel"));
        assertEquals(401, out.get("points"));
        assertEquals(true, out.get("converged"));
        List<Map<String, Object>> comps = (List<Map<String, Object>>) out.get("components");
        assertEquals(2, comps.size());
        double percent = 0;
        for (Map<String, Object> c : comps) {
            assertTrue(c.get("positionError") instanceof Double && (Double) c.get("positionError") > 0, c.toString());
            assertTrue((Double) c.get("areaError") > 0, c.toString());
            assertEquals(0.86, c.get("splitting"));
            percent += (Double) c.get("areaPercent");
        }
        assertEquals(100, percent, 1e-9);
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
