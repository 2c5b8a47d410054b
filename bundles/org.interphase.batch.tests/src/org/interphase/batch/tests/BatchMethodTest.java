package org.interphase.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interphase.batch.internal.BatchApplication;
import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.CnlsFitter;
import org.interphase.eis.api.EisReaders;
import org.interphase.eis.api.FitOptions;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.Weighting;
import org.interphase.model.Measurement;
import org.interphase.model.ResultParameter;
import org.interphase.model.Study;
import org.interphase.model.persistence.StudyStore;
import org.interphase.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code interphase batch run METHOD.json ...}: a saved method over many files, all or nothing. */
class BatchMethodTest {

    private static final Path DATA = SharedData.root();
    private static final Path MPT = DATA.resolve("eis/hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpt.txt");
    private static final Path MPR = DATA.resolve("eis/hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpr");
    private static final Path STACK = DATA.resolve("tomo/ucl_cylindrical_cell/cell_vol");

    @TempDir
    Path dir;

    private int run(ByteArrayOutputStream err, String... args) {
        return BatchApplication.run(List.of(args), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path method() throws Exception {
        Path m = dir.resolve("method.json");
        Files.writeString(m, """
                {"name": "LPSCl blocking cell", "version": 2,
                 "steps": [{"analysis": "eis-fit", "settings": {"circuit": "R0-p(R1,CPE1)-CPE2", "weighting": "modulus", "starts": 16}},
                           {"analysis": "tomo-profile", "settings": {"threshold": "otsu"}}]}
                """);
        return m;
    }

    @Test
    void methodWritesStudyAndCsvWithTheEditorsNumbers() throws Exception {
        Path study = dir.resolve("out.interphase");
        Path csv = dir.resolve("out.csv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(err, "run", method().toString(), MPT.toString(), MPR.toString(), STACK.toString(), "--study",
                study.toString(), "--csv", csv.toString());
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("[3/3] cell_vol: tomo-profile"), "progress lines");

        Study s = StudyStore.load(study);
        List<Measurement> ms = s.getCells().get(0).getMeasurements();
        assertEquals(3, ms.size());
        // eis-fit applies to the two spectra only, tomo-profile to the stack only; results are the technique
        // builders' (the editor's algorithm ids, units, links)
        assertEquals("eis.cnls", ms.get(0).getAnalyses().get(0).getAlgorithmId());
        assertEquals(1, ms.get(0).getAnalyses().size());
        assertEquals("tomo.profile", ms.get(2).getAnalyses().get(0).getAlgorithmId());

        // the same settings through the fitter the EIS editor calls give the same R1
        FitResult direct = CnlsFitter.fit(Circuit.parse("R0-p(R1,CPE1)-CPE2"), EisReaders.readFirst(MPT),
                FitOptions.local(Weighting.MODULUS).withStarts(16));
        double r1 = direct.parameter("R1").orElseThrow().value();
        double batchR1 = value(ms.get(0), "R1");
        assertEquals(r1, batchR1, Math.abs(r1) * 1e-9, "batch R1 equals the direct fit");
        assertEquals(batchR1, value(ms.get(1), "R1"), Math.abs(r1) * 1e-4, ".mpr and .mpt hold the same spectrum");
        assertEquals(91.0, value(ms.get(2), "threshold"), 0, "Otsu threshold of the stack");

        List<String> lines = Files.readAllLines(csv);
        assertEquals("file,technique,analysis,quantity,value", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains(",eis.cnls,R1,")), String.join("\n", lines));
    }

    @Test
    void badInputWritesNothing() throws Exception {
        Path junk = dir.resolve("junk.bin");
        Files.write(junk, new byte[] { 0, 1, 2 });
        Path study = dir.resolve("out.interphase");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(err, "run", method().toString(), MPT.toString(), junk.toString(), "--study", study.toString());
        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("junk.bin: no importer recognises this file format"),
                err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(study), "no partial study on failure");
    }

    @Test
    void unknownAnalysisIsRejectedBeforeAnyWork() throws Exception {
        Path m = dir.resolve("bad.json");
        Files.writeString(m, "{\"steps\": [{\"analysis\": \"eis-magic\"}]}");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(1, run(err, "run", m.toString(), MPT.toString(), "--study", dir.resolve("x.interphase").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown analysis 'eis-magic'"));
    }

    private static double value(Measurement m, String suffix) {
        return m.getAnalyses().get(0).getParameters().stream().filter(p -> p.getName().equals(suffix))
                .map(ResultParameter::getValue).findFirst().orElseThrow(() -> new AssertionError("no " + suffix + " in "
                        + m.getAnalyses().get(0).getParameters().stream().map(ResultParameter::getName).toList()));
    }
}
