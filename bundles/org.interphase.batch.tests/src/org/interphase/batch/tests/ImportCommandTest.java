package org.interphase.batch.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.interphase.core.api.Hashes;
import org.interphase.model.Cell;
import org.interphase.model.Measurement;
import org.interphase.model.Study;
import org.interphase.model.persistence.StudyStore;
import org.interphase.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch import}: adds the user's files to an existing study, linked to interface and cycle state, and
 * changes nothing else; refuses files no importer is confident about unless {@code --as} names one.
 */
class ImportCommandTest {

    private static final Path DATA = SharedData.root();
    private static final Path MPT = DATA.resolve("eis/hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpt.txt");
    private static final Path VMS = DATA.resolve("xps/vamas/mjr9_59c.vms");
    private static final Path SIMS = DATA.resolve("sims/iontof_depth_profiles/I241209m_A_MAPI_1f-1nA_pos-B4_NF.txt");
    private static final Path STACK = DATA.resolve("tomo/ucl_cylindrical_cell/cell_vol");

    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(BatchRun r, String key) {
        return (List<Map<String, Object>>) r.json().get(key);
    }

    @Test
    void importAddsFilesOfEveryTechniqueAndChangesNothingElse() throws Exception {
        Path study = TestStudies.save(TestStudies.demoLike(), dir.resolve("demo.interphase"));
        Study before = StudyStore.load(study);
        BatchRun r = BatchRun.of("import", study.toString(), MPT.toString(), VMS.toString(), SIMS.toString(),
                STACK.toString(), "--interface", "Li | Li6PS5Cl", "--cycle", "50");
        assertEquals(0, r.code(), r.toString());
        List<Map<String, Object>> imported = list(r, "imported");
        assertEquals(List.of("eis", "xps", "tof_sims", "tomography"), imported.stream().map(m -> m.get("technique")).toList());
        assertEquals(List.of("eis.biologic.mpt", "xps.vamas", "sims.iontof.surfacelab.profile", "tomo.tiff"),
                imported.stream().map(m -> m.get("importer")).toList());
        imported.forEach(m -> {
            assertEquals("Li | Li6PS5Cl", m.get("interface"));
            assertEquals("Cycle 50, discharged", m.get("cycleState"));
            assertFalse(((List<?>) m.get("measurements")).isEmpty(), m.toString());
        });
        assertTrue(list(r, "failed").isEmpty(), r.out());

        Study after = StudyStore.load(study);
        Cell cell = after.getCells().get(0);
        int added = imported.stream().mapToInt(m -> ((List<?>) m.get("measurements")).size()).sum();
        assertEquals(7 + added, cell.getMeasurements().size());
        Measurement eis = cell.getMeasurements().get(7);
        assertEquals(Hashes.sha256(MPT), eis.getSha256(), "provenance: the file's SHA-256");
        assertEquals("eis.biologic.mpt", eis.getImporterId());
        assertTrue(TestStudies.equalExceptAddedMeasurements(before, after), "nothing else changed");
    }

    @Test
    void fileNamesGiveTheCycleAndCopyStoresAFile() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(MPT, in.resolve("LPSCl_C01.mpt.txt"));
        Path study = TestStudies.save(TestStudies.demoLike(), dir.resolve("demo.interphase"));
        Path copies = dir.resolve("data");
        BatchRun r = BatchRun.of("import", study.toString(), in.toString(), "--copy", copies.toString());
        assertEquals(0, r.code(), r.toString());
        Map<String, Object> file = list(r, "imported").get(0);
        assertEquals("Cycle 1, charged", file.get("cycleState"));
        assertEquals(null, file.get("interface"));
        Path copy = copies.resolve("LPSCl_C01.mpt.txt");
        assertEquals(copy.toAbsolutePath().toString(), file.get("storedAt"));
        assertArrayEquals(Files.readAllBytes(MPT), Files.readAllBytes(copy));
        Measurement m = StudyStore.load(study).getCells().get(0).getMeasurements().get(7);
        assertTrue(m.getSourceUri().endsWith("data/LPSCl_C01.mpt.txt"), m.getSourceUri());
    }

    @Test
    void anUnsureFileIsRefusedWithItsCandidatesUntilAsNamesTheImporter() throws Exception {
        // unnamed columns with a growing x: a kinetic-energy scan or a sputter-time profile, nobody can tell
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int i = 0; i < 60; i++) {
            csv.append(270 + i * 0.5).append(',').append(1000 + 40 * Math.exp(-Math.pow((285 - (270 + i * 0.5)) / 1.2, 2)))
                    .append('\n');
        }
        Path unsure = Files.writeString(dir.resolve("region.csv"), csv);
        Path study = TestStudies.save(TestStudies.demoLike(), dir.resolve("demo.interphase"));
        byte[] old = Files.readAllBytes(study);
        BatchRun refused = BatchRun.of("import", study.toString(), unsure.toString());
        assertEquals(1, refused.code(), refused.toString());
        String reason = (String) list(refused, "failed").get(0).get("reason");
        assertTrue(reason.contains("candidates: ") && reason.contains("--as"), reason);
        assertEquals(1, refused.errLines().size(), refused.toString());
        assertArrayEquals(old, Files.readAllBytes(study), "nothing imported, study untouched");

        BatchRun forced = BatchRun.of("import", study.toString(), unsure.toString(), "--as", "xps:columns");
        assertEquals(0, forced.code(), forced.toString());
        assertEquals("xps.columns", list(forced, "imported").get(0).get("importer"));
        assertEquals(8, StudyStore.load(study).getCells().get(0).getMeasurements().size());
    }

    @Test
    void aFailingFileIsReportedAndTheOthersAreImported() throws Exception {
        Path junk = Files.write(dir.resolve("junk.mpt"), new byte[] { 0, 1, 2, 3 });
        Path study = TestStudies.save(TestStudies.demoLike(), dir.resolve("demo.interphase"));
        BatchRun r = BatchRun.of("import", study.toString(), MPT.toString(), junk.toString());
        assertEquals(1, r.code(), "not a full success: " + r);
        assertEquals(1, list(r, "imported").size(), r.out());
        assertEquals(junk.toString(), list(r, "failed").get(0).get("file"));
        assertEquals(8, StudyStore.load(study).getCells().get(0).getMeasurements().size());
    }

    @Test
    void noStudyNoImport() throws Exception {
        Path study = dir.resolve("missing.interphase");
        BatchRun r = BatchRun.of("import", study.toString(), MPT.toString());
        assertEquals(1, r.code(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertFalse(Files.exists(study));
        BatchRun unknownAs = BatchRun.of("import", TestStudies.save(TestStudies.demoLike(), dir.resolve("d.interphase"))
                .toString(), MPT.toString(), "--as", "nmr");
        assertEquals(2, unknownAs.code(), unknownAs.toString());
    }
}
