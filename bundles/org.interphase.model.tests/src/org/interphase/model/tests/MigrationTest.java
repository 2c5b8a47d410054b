package org.interphase.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.interphase.model.AnalysisResult;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Measurement;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultFlag;
import org.interphase.model.ResultParameter;
import org.interphase.model.Study;
import org.interphase.model.persistence.StudyFormat;
import org.interphase.model.persistence.StudyStore;
import org.interphase.model.util.QuantityKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Format 1 → 2 on a real file: {@code resources/demo-v1.interphase} is the demo study as written by the
 * workbench before format 2 (main at d10042a, DemoStudy + DemoAnalyses, saved by StudyStore).
 */
class MigrationTest {

    @TempDir
    Path dir;

    private static final Path V1 = Path.of("resources/demo-v1.interphase");

    @Test
    void oldFileOpensAndIsMigrated() throws Exception {
        assertTrue(!Files.readString(V1).contains("formatVersion"), "the fixture is a format-1 file");
        Study study = StudyStore.load(V1);
        assertEquals(StudyFormat.CURRENT_VERSION, study.getFormatVersion());
        assertEquals(2, StudyFormat.CURRENT_VERSION);
        assertEquals(7, study.getCells().get(0).getMeasurements().size());
        ResultParameter ps4 = parameter(study, "PS4 fraction");
        // format 1 stored "0 +- 0 %" for a component pinned at its bound: the sigma becomes undefined and flagged
        assertEquals(0.0, ps4.getValue());
        assertTrue(Double.isNaN(ps4.getStandardError()), "sigma of 0 is not a measured sigma");
        assertTrue(Double.isNaN(ps4.getLower95()) && Double.isNaN(ps4.getUpper95()));
        assertEquals(List.of(ResultFlag.SIGMA_UNDEFINED), ps4.getFlags());
        ResultParameter li3p = parameter(study, "Li3P fraction");
        assertTrue(li3p.getStandardError() > 0 && li3p.getFlags().isEmpty(), "measured values keep their sigma");
        // the demo's "Li3P fraction" gets the key of the editor's "Li3P fraction of P 2p" (region from the settings)
        assertEquals("SPECIES_FRACTION/Li3P/P 2p", li3p.getQuantityKey());
        ResultParameter editor = InterphaseFactory.eINSTANCE.createResultParameter();
        editor.setName("Li3P fraction of P 2p");
        editor.setQuantity(QuantityKind.SPECIES_FRACTION);
        assertEquals(li3p.getQuantityKey(), QuantityKeys.keyOf(editor));
        assertEquals("Li3P fraction of P 2p", QuantityKeys.label(li3p.getQuantityKey()));
        ResultParameter r0 = parameter(study, "R0");
        assertEquals("BULK_RESISTANCE/R0", r0.getQuantityKey());
    }

    @Test
    void migratedFileIsSavedAsCurrentFormatAndReloadsUnchanged() throws Exception {
        Study study = StudyStore.load(V1);
        Path file = dir.resolve("migrated.interphase");
        StudyStore.save(study, file);
        String xml = Files.readString(file);
        assertTrue(xml.contains("formatVersion=\"2\""), "the saved file says its format");
        Study again = StudyStore.load(file);
        assertEquals(List.of(ResultFlag.SIGMA_UNDEFINED), parameter(again, "PS4 fraction").getFlags());
        assertEquals("SPECIES_FRACTION/Li3P/P 2p", parameter(again, "Li3P fraction").getQuantityKey());
    }

    @Test
    void warningTextsOfFormat1BecomeFlags() throws Exception {
        String xml = Files.readString(V1).replaceFirst("name=\"R1\" ", "name=\"R1\" notes=\"at bound, non-identifiable\" ");
        Path file = dir.resolve("notes.interphase");
        Files.writeString(file, xml);
        ResultParameter r1 = parameter(StudyStore.load(file), "R1");
        assertEquals(List.of(ResultFlag.AT_BOUND, ResultFlag.NOT_IDENTIFIABLE, ResultFlag.SIGMA_UNDEFINED), r1.getFlags());
        assertTrue(Double.isNaN(r1.getStandardError()));
    }

    private static ResultParameter parameter(Study study, String name) {
        for (Measurement m : study.getCells().get(0).getMeasurements()) {
            for (AnalysisResult a : m.getAnalyses()) {
                for (ResultParameter p : a.getParameters()) {
                    if (name.equals(p.getName())) {
                        return p;
                    }
                }
            }
        }
        throw new AssertionError("no parameter " + name);
    }
}
