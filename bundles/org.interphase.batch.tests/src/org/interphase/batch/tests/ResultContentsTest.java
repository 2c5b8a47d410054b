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
import java.util.Set;
import java.util.stream.Collectors;

import org.interphase.batch.internal.BatchApplication;
import org.interphase.model.AnalysisResult;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultFlag;
import org.interphase.model.ResultParameter;
import org.interphase.model.SignalKind;
import org.interphase.model.Study;
import org.interphase.model.persistence.StudyStore;
import org.interphase.sims.api.DepthProfiles;
import org.interphase.sims.api.SignalData;
import org.interphase.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code batch run} stores is complete and made by the technique builders: a SIMS profile with more than
 * 64 signals keeps every signal (the old flattening dropped lists longer than 64 and stored 0 parameters), and an
 * XPS fit keeps its units, kinds and at-bound flags.
 */
class ResultContentsTest {

    private static final Path DATA = SharedData.root();
    private static final Path SIMS = DATA.resolve("sims/iontof_depth_profiles/I241209m_A_MAPI_1f-1nA_pos-B4_NF.txt");
    private static final Path XPS = DATA.resolve("xps/specs/mm-specs.xy");

    @TempDir
    Path dir;

    @Test
    void everySignalOfALongProfileIsStored() throws Exception {
        Study s = run("""
                {"name": "edges", "version": 1, "steps": [{"analysis": "sims-interfaces"}]}
                """, SIMS);
        AnalysisResult a = s.getCells().get(0).getMeasurements().get(0).getAnalyses().get(0);
        assertEquals("sims.interfaces", a.getAlgorithmId());
        List<String> signals = DepthProfiles.readData(SIMS).signals().stream()
                .filter(x -> x.name().kind() != SignalKind.TOTAL).map(SignalData::label).toList();
        assertTrue(signals.size() > 64, "the profile has more signals than the old cap: " + signals.size());
        Set<String> stored = a.getParameters().stream().map(ResultParameter::getName)
                .filter(n -> n.endsWith(" t50")).map(n -> n.replaceAll(" (rising|falling) t50$", ""))
                .collect(Collectors.toSet());
        assertEquals(Set.copyOf(signals), stored, "every signal has its edges stored");
        assertTrue(a.getParameters().stream().anyMatch(p -> p.getQuantity() == QuantityKind.INTERFACE_WIDTH
                && "s".equals(p.getUnit()) && Double.isFinite(p.getValue())), "widths with unit and kind");
    }

    @Test
    void xpsFitKeepsUnitsKindsAndFlags() throws Exception {
        Study s = run("""
                {"name": "P 2p", "version": 1, "steps": [{"analysis": "xps-fit",
                  "settings": {"region": "P 2p", "species": ["Li3P", "LixP", "PS4"]}}]}
                """, XPS);
        AnalysisResult a = s.getCells().get(0).getMeasurements().get(0).getAnalyses().get(0);
        assertEquals("xps.fit", a.getAlgorithmId());
        ResultParameter lixp = a.getParameters().stream().filter(p -> p.getName().equals("LixP fraction of P 2p"))
                .findFirst().orElseThrow();
        assertEquals("%", lixp.getUnit());
        assertEquals(QuantityKind.SPECIES_FRACTION, lixp.getQuantity());
        assertEquals("SPECIES_FRACTION/LixP/P 2p", lixp.getQuantityKey());
        for (ResultParameter p : a.getParameters()) {
            assertFalse(p.getStandardError() == 0.0 && !p.isFixed(), p.getName() + " is stored as a measured +-0");
            if (p.getFlags().contains(ResultFlag.AT_BOUND)) {
                assertTrue(Double.isNaN(p.getStandardError()), p.getName());
            }
        }
    }

    private Study run(String methodJson, Path input) throws Exception {
        Path method = dir.resolve("method.json");
        Files.writeString(method, methodJson);
        Path study = dir.resolve("out.interphase");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BatchApplication.run(List.of("run", method.toString(), input.toString(), "--study", study.toString()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return StudyStore.load(study);
    }
}
