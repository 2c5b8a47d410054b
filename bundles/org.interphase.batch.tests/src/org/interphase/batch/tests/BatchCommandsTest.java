package org.interphase.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.interphase.batch.internal.BatchApplication;
import org.interphase.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.Gson;

/**
 * The headless engine as a script uses it: every technique's importer answers {@code inspect}, and the
 * technique commands print the numbers documented in ../shared/data/README.md.
 */
class BatchCommandsTest {

    private static final Path DATA = SharedData.root();

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BatchApplication.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String line) {
        return new Gson().fromJson(line, Map.class);
    }

    @ParameterizedTest
    @CsvSource({ "eis/hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpt.txt, eis.biologic.mpt",
            "eis/hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpr, eis.biologic.mpr",
            "eis/hybriddrt_EISGALV_EISTest3.DTA, eis.gamry.dta", "xps/vamas/mjr9_59c.vms, xps.vamas",
            "xps/specs/mm-specs.xy, xps.specs.xy",
            "sims/iontof_depth_profiles/I241209m_A_MAPI_1f-1nA_pos-B4_NF.txt, sims.iontof.surfacelab.profile",
            "tomo/ucl_cylindrical_cell/cell_vol, tomo.tiff", "tomo/ucl_cylindrical_cell/mask_1.tif, tomo.tiff" })
    void inspectPicksTheRightImporter(String file, String importer) {
        Run r = run("inspect", DATA.resolve(file).toString());
        assertEquals(0, r.code(), r.err());
        Map<String, Object> j = json(r.out().strip());
        assertEquals(importer, j.get("importer"));
        assertTrue(j.containsKey("technique") && j.containsKey("format"), r.out());
    }

    @Test
    void inspectFactsMatchTheReadme() {
        Map<String, Object> eis = json(run("inspect", DATA.resolve("eis/hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpr")
                .toString()).out().strip());
        assertEquals(79.0, eis.get("totalPoints"));
        Map<String, Object> tomo = json(run("inspect", DATA.resolve("tomo/ucl_cylindrical_cell/cell_vol").toString())
                .out().strip());
        assertEquals(List.of(16.0, 728.0, 728.0), tomo.get("dims"));
        assertEquals("uint8", tomo.get("dtype"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void simsInterfacesReproducesTheReadmeTable() {
        Run r = run("sims-interfaces", DATA.resolve("sims/iontof_depth_profiles/I241209m_A_MAPI_1f-1nA_pos-B4_NF.txt")
                .toString(), "--signal", "Pb+");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        Map<String, Object> j = json(out.strip());
        List<Map<String, Object>> signals = (List<Map<String, Object>>) j.get("signals");
        assertEquals(1, signals.size(), out);
        // README §3: Pb+ falling edge t50 = 103.282 s, width 16-84 % = 7.590 s (interpolation, raw counts)
        assertTrue(out.contains("103.28"), out);
        assertTrue(out.contains("7.59"), out);
    }

    @Test
    void tomoProfileUsesOtsu() {
        Run r = run("tomo-profile", DATA.resolve("tomo/ucl_cylindrical_cell/cell_vol").toString());
        assertEquals(0, r.code(), r.err());
        Map<String, Object> j = json(r.out().strip());
        assertEquals(91.0, ((Number) j.get("threshold")).doubleValue(), 0, "Otsu threshold of the stack");
        assertEquals(16, ((List<?>) j.get("perSliceFractionAbove")).size());
    }

    @Test
    void eisFitAndKramersKronigFromTheCommandLine() {
        Run fit = run("eis-fit", DATA.resolve("eis/hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpt.txt").toString(),
                "--circuit", "R0-p(R1,CPE1)-CPE2");
        assertEquals(0, fit.code(), fit.err());
        // README §1.3: impedance.py converges to R1 between 1262 and 1306 Ohm depending on the start
        assertTrue(fit.out().contains("\"R1\""), fit.out());
        Run kk = run("eis-kk", DATA.resolve("eis/hybriddrt_EISGALV_EISTest3.DTA").toString());
        assertEquals(0, kk.code(), kk.err());
        assertTrue(kk.out().contains("valid"), kk.out());
    }

    @Test
    void badUsageAndBadFilesGiveOneClearLineAndNonZeroExit() {
        Run usage = run("sims-interfaces");
        assertEquals(2, usage.code());
        assertTrue(usage.err().startsWith("error: missing FILE"), usage.err());
        Run bad = run("sims-interfaces", DATA.resolve("eis/impedancepy_exampleData.csv").toString());
        assertEquals(1, bad.code(), bad.err());
        assertTrue(bad.err().startsWith("error: impedancepy_exampleData.csv"), bad.err());
        Run unknown = run("frobnicate");
        assertEquals(2, unknown.code());
    }
}
