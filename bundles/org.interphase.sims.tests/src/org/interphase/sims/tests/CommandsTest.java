package org.interphase.sims.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.interphase.sims.api.SimsCommands;
import org.junit.jupiter.api.Test;

import com.google.gson.Gson;

/** The headless sims-interfaces command. */
class CommandsTest {

    @SuppressWarnings("unchecked")
    @Test
    void rawReproducesReadmeRowsAndSerialises() throws Exception {
        Map<String, Object> out = SimsCommands.interfaces(SharedData.profile(SharedData.POS), List.of("Pb+", "In+"), null);
        assertEquals("none", out.get("normalisation"));
        List<Map<String, Object>> signals = (List<Map<String, Object>>) out.get("signals");
        assertEquals(2, signals.size());
        Map<String, Object> pbFall = (Map<String, Object>) signals.get(0).get("falling");
        assertEquals(103.282, (double) pbFall.get("t50S"), 1e-3);
        assertEquals(7.590, (double) pbFall.get("widthS"), 1e-3);
        assertTrue(pbFall.containsKey("t50ErrorS"));
        Map<String, Object> fit = (Map<String, Object>) pbFall.get("fit");
        assertEquals("ERF", fit.get("model"));
        assertTrue((double) fit.get("centreErrorS") > 0);
        Map<String, Object> inRise = (Map<String, Object>) signals.get(1).get("rising");
        assertEquals(95.483, (double) inRise.get("t50S"), 1e-3);
        String json = new Gson().toJson(out);
        assertFalse(json.contains("NaN") || json.contains("Infinity"), json);
    }

    @SuppressWarnings("unchecked")
    @Test
    void allSignalsNormalised() throws Exception {
        Map<String, Object> total = SimsCommands.interfaces(SharedData.profile(SharedData.NEG), List.of(), "total");
        assertEquals(131, ((List<Object>) total.get("signals")).size(), "every signal but total");
        Map<String, Object> matrix = SimsCommands.interfaces(SharedData.profile(SharedData.POS), List.of("Sn+"),
                "matrix:Pb+");
        assertEquals("matrix:Pb+", matrix.get("normalisation"));
        String json = new Gson().toJson(total);
        assertFalse(json.contains("NaN") || json.contains("Infinity"));
    }

    @Test
    void badArguments() {
        assertThrows(IllegalArgumentException.class,
                () -> SimsCommands.interfaces(SharedData.profile(SharedData.POS), List.of("Xx+"), null));
        assertThrows(IllegalArgumentException.class,
                () -> SimsCommands.interfaces(SharedData.profile(SharedData.POS), List.of("Pb+"), "plateau"));
    }
}
