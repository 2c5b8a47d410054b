package org.interphase.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.interphase.eis.internal.commands.EisCommandLine;
import org.junit.jupiter.api.Test;

/** The headless eis-fit / eis-kk / eis-drt maps. */
class EisCommandsTest {

    @Test
    @SuppressWarnings("unchecked")
    void fitKkAndDrtMaps() throws Exception {
        String csv = SharedData.eis(SharedData.CSV).toString();
        Map<String, Object> fit = EisCommandLine.run(List.of("eis-fit", csv, "--circuit", "L0-R0-p(R1,CPE1)-p(R2,CPE2)",
                "--weighting", "modulus"));
        assertEquals("impedancepy_exampleData.csv", fit.get("file"));
        assertEquals(66, fit.get("points"));
        List<Map<String, Object>> ps = (List<Map<String, Object>>) fit.get("parameters");
        assertEquals(8, ps.size());
        assertEquals("L0", ps.get(0).get("name"));
        assertTrue(fit.containsKey("pseudoChiSquare") && fit.containsKey("evaluations") && fit.containsKey("wallTimeMs"));

        Map<String, Object> kk = EisCommandLine.run(List.of("eis-kk", SharedData.eis(SharedData.DTA).toString()));
        assertEquals(Boolean.TRUE, kk.get("valid"), String.valueOf(kk.get("verdict")));
        assertEquals(71, ((List<?>) kk.get("curve")).size());
        for (List<String> order : List.of(List.of("--method", "fixed", "--m", "40"), List.of("--m", "40", "--method", "fixed"),
                List.of("--m", "40"))) {
            List<String> args = new java.util.ArrayList<>(List.of("eis-kk", SharedData.eis(SharedData.DTA).toString()));
            args.addAll(order);
            Map<String, Object> fixed = EisCommandLine.run(args);
            assertEquals(40, ((Number) fixed.get("M")).intValue(), order.toString());
            assertEquals(1, ((List<?>) fixed.get("curve")).size(), "only M = 40 is solved");
        }
        IllegalArgumentException noM = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> EisCommandLine.run(List.of("eis-kk", SharedData.eis(SharedData.DTA).toString(), "--method", "fixed")));
        assertTrue(noM.getMessage().contains("--m"), noM.getMessage());
        Map<String, Object> mu = EisCommandLine.run(List.of("eis-kk", SharedData.eis(SharedData.DTA).toString(),
                "--method", "mu", "--threshold", "1"));
        assertEquals(Boolean.FALSE, mu.get("valid"));

        Map<String, Object> drt = EisCommandLine.run(List.of("eis-drt", SharedData.eis(SharedData.MPT).toString(),
                "--capacitance", "--peaks", "1"));
        Map<String, Object> seeded = (Map<String, Object>) drt.get("seededFit");
        assertEquals("R0-p(R1,CPE1)-CPE2", seeded.get("circuit"));
        assertEquals(Boolean.TRUE, seeded.get("converged"));
        assertThrows(IllegalArgumentException.class, () -> EisCommandLine.run(List.of("eis-nope", csv)));
        // CommandArgs: FILE last (the usage), Boukamp weighting, admittance flag
        Map<String, Object> y = EisCommandLine.run(List.of("eis-fit", "--circuit", "R0-p(R1,C1)-p(R2-Wo1,C2)",
                "--weight", "boukamp", "--admittance", "--starts", "2", csv));
        assertEquals("boukamp", y.get("weighting"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> EisCommandLine.run(List.of("eis-fit", csv, "--circuit", "R0", "--starts", "many")));
        assertEquals("--starts: 'many' is not an integer", bad.getMessage());
        bad = assertThrows(IllegalArgumentException.class,
                () -> EisCommandLine.run(List.of("eis-kk", csv, "--circuit", "R0")));
        assertTrue(bad.getMessage().contains("--circuit"), "eis-kk has no --circuit: " + bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EisCommandLine.run(List.of("eis-fit", csv)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void seriesOverAllLoopsOfAFile() throws Exception {
        // two sweeps: R0 = 10 Ohm, C1 = 1 uF, R1 = 100 then 150 Ohm (resources/zview/README.md)
        Map<String, Object> s = EisCommandLine.run(List.of("eis-series", "resources/zview/two_sweeps_space.z",
                "--circuit", "R0-p(R1,C1)", "--shared", "R0", "--threads", "1"));
        assertEquals(2, s.get("spectra"));
        List<Map<String, Object>> fits = (List<Map<String, Object>>) s.get("fits");
        List<Map<String, Object>> p2 = (List<Map<String, Object>>) fits.get(1).get("parameters");
        assertEquals("R1", p2.get(1).get("name"));
        assertEquals(150, (Double) p2.get(1).get("value"), 0.01);
        List<Map<String, Object>> shared = (List<Map<String, Object>>) s.get("shared");
        assertEquals("R0", shared.get(0).get("name"));
        assertEquals(10, (Double) shared.get(0).get("value"), 0.001);
        assertEquals(3, ((String) s.get("csv")).lines().count());
    }
}
