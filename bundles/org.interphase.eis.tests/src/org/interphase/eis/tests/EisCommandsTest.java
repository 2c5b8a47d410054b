package org.interphase.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.interphase.eis.api.EisCommands;
import org.junit.jupiter.api.Test;

/** The headless eis-fit / eis-kk / eis-drt maps. */
class EisCommandsTest {

    @Test
    @SuppressWarnings("unchecked")
    void fitKkAndDrtMaps() throws Exception {
        String csv = SharedData.eis(SharedData.CSV).toString();
        Map<String, Object> fit = EisCommands.run(List.of("eis-fit", csv, "--circuit", "L0-R0-p(R1,CPE1)-p(R2,CPE2)",
                "--weighting", "modulus"));
        assertEquals("impedancepy_exampleData.csv", fit.get("file"));
        assertEquals(66, fit.get("points"));
        List<Map<String, Object>> ps = (List<Map<String, Object>>) fit.get("parameters");
        assertEquals(8, ps.size());
        assertEquals("L0", ps.get(0).get("name"));
        assertTrue(fit.containsKey("pseudoChiSquare") && fit.containsKey("evaluations") && fit.containsKey("wallTimeMs"));

        Map<String, Object> kk = EisCommands.run(List.of("eis-kk", SharedData.eis(SharedData.DTA).toString()));
        assertEquals(Boolean.TRUE, kk.get("valid"), String.valueOf(kk.get("verdict")));
        assertEquals(71, ((List<?>) kk.get("curve")).size());
        Map<String, Object> mu = EisCommands.run(List.of("eis-kk", SharedData.eis(SharedData.DTA).toString(),
                "--method", "mu", "--threshold", "1"));
        assertEquals(Boolean.FALSE, mu.get("valid"));

        Map<String, Object> drt = EisCommands.run(List.of("eis-drt", SharedData.eis(SharedData.MPT).toString(),
                "--capacitance", "--peaks", "1"));
        Map<String, Object> seeded = (Map<String, Object>) drt.get("seededFit");
        assertEquals("R0-p(R1,CPE1)-CPE2", seeded.get("circuit"));
        assertEquals(Boolean.TRUE, seeded.get("converged"));
        assertThrows(IllegalArgumentException.class, () -> EisCommands.run(List.of("eis-nope", csv)));
        assertThrows(IllegalArgumentException.class, () -> EisCommands.run(List.of("eis-fit", csv)));
    }
}
