package org.interphase.batch.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.interphase.batch.internal.StagedOutputs;
import org.interphase.core.api.ImportException;
import org.interphase.model.Cell;
import org.interphase.model.Measurement;
import org.interphase.model.Study;
import org.interphase.model.persistence.StudyStore;
import org.interphase.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --study EXISTING} adds to the study and never loses it; outputs are written all or nothing. */
class StudySafetyTest {

    private static final Path DATA = SharedData.root();
    private static final Path MPT = DATA.resolve("eis/hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpt.txt");

    @TempDir
    Path dir;

    private Path method() throws IOException {
        Path m = dir.resolve("kk.json");
        Files.writeString(m, "{\"name\": \"KK check\", \"steps\": [{\"analysis\": \"eis-kk\"}]}");
        return m;
    }

    @Test
    void runAddsToAnExistingStudyAndChangesNothingElse() throws Exception {
        Path file = TestStudies.save(TestStudies.demoLike(), dir.resolve("demo.interphase"));
        Study before = StudyStore.load(file);
        BatchRun r = BatchRun.of("run", method().toString(), MPT.toString(), "--study", file.toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals("added", r.json().get("mode"));

        Study after = StudyStore.load(file);
        Cell cell = after.getCells().get(0);
        assertEquals(8, cell.getMeasurements().size(), "7 measurements kept, 1 added");
        Measurement added = cell.getMeasurements().get(7);
        assertEquals("eis-kk", added.getAnalyses().get(0).getAlgorithmId());
        assertTrue(TestStudies.equalExceptAddedMeasurements(before, after),
                "everything but the added measurement is as it was");
    }

    @Test
    void replaceStartsANewStudyOnlyWhenAsked() throws Exception {
        Path file = TestStudies.save(TestStudies.demoLike(), dir.resolve("demo.interphase"));
        BatchRun r = BatchRun.of("run", method().toString(), MPT.toString(), "--study", file.toString(), "--replace");
        assertEquals(0, r.code(), r.toString());
        assertEquals("replaced", r.json().get("mode"));
        Study after = StudyStore.load(file);
        assertEquals(1, after.getCells().size());
        assertEquals(1, after.getCells().get(0).getMeasurements().size());
    }

    @Test
    void aStudyWithoutCellsGetsOneFromRunButNotFromImport() throws Exception {
        Study empty = org.interphase.model.InterphaseFactory.eINSTANCE.createStudy();
        empty.setName("Empty");
        Path file = TestStudies.save(empty, dir.resolve("empty.interphase"));
        BatchRun imported = BatchRun.of("import", file.toString(), MPT.toString());
        assertEquals(1, imported.code(), imported.toString());
        assertTrue(imported.err().contains("no cell"), imported.toString());
        BatchRun r = BatchRun.of("run", method().toString(), MPT.toString(), "--study", file.toString(), "--cell", "A");
        assertEquals(0, r.code(), r.toString());
        Study after = StudyStore.load(file);
        assertEquals("Empty", after.getName(), "the study keeps its name");
        assertEquals("A", after.getCells().get(0).getName());
        assertEquals(1, after.getCells().get(0).getMeasurements().size());
    }

    @Test
    void aCsvFolderIsAnErrorBeforeAnythingIsWritten() throws Exception {
        Path file = TestStudies.save(TestStudies.demoLike(), dir.resolve("demo.interphase"));
        byte[] old = Files.readAllBytes(file);
        Path folder = Files.createDirectory(dir.resolve("tables"));
        BatchRun r = BatchRun.of("run", method().toString(), MPT.toString(), "--study", file.toString(), "--csv",
                folder.toString());
        assertEquals(1, r.code(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertTrue(r.err().contains("--csv names a folder"), r.toString());
        assertArrayEquals(old, Files.readAllBytes(file), "the study is untouched");
        Path fresh = dir.resolve("fresh.interphase");
        assertEquals(1, BatchRun.of("run", method().toString(), MPT.toString(), "--study", fresh.toString(), "--csv",
                folder.toString()).code());
        assertFalse(Files.exists(fresh), "no new study either");
        assertEquals(List.of("demo.interphase", "kk.json", "tables"), names(dir));
    }

    @Test
    void aFailureBetweenWritesLeavesTheOldFilesAndNoPartialOnes() throws Exception {
        Path study = Files.writeString(dir.resolve("s.interphase"), "old study");
        Path csv = Files.writeString(dir.resolve("s.csv"), "old table");
        StagedOutputs outputs = new StagedOutputs((target, temp) -> {
            assertTrue(Files.exists(temp), "the temporary file is written before the next one");
            if (target.equals(csv.toAbsolutePath())) {
                throw new IOException("disk full (injected)");
            }
        });
        outputs.add(study, "new study".getBytes(StandardCharsets.UTF_8));
        outputs.add(csv, "new table".getBytes(StandardCharsets.UTF_8));
        IOException e = assertThrows(IOException.class, outputs::commit);
        assertEquals("disk full (injected)", e.getMessage());
        assertEquals("old study", Files.readString(study));
        assertEquals("old table", Files.readString(csv));
        assertEquals(List.of("s.csv", "s.interphase"), names(dir), "no temporary file is left");
    }

    @Test
    void temporaryFilesOfAKilledRunAreRemovedByTheNextOne() throws Exception {
        Path csv = Files.writeString(dir.resolve("s.csv"), "old table");
        // what a run killed while writing leaves: a hidden temporary file named with its (dead) process id
        Path stale = Files.writeString(dir.resolve(".s.csv.4194305999.tmp"), "new ta");
        assertEquals("old table", Files.readString(csv), "a killed run never touched the file itself");
        StagedOutputs outputs = new StagedOutputs();
        outputs.add(csv, "new table".getBytes(StandardCharsets.UTF_8));
        outputs.commit();
        assertEquals("new table", Files.readString(csv));
        assertFalse(Files.exists(stale));
    }

    @Test
    void aRunKilledWhileWritingLeavesTheOldFiles() throws Exception {
        Path study = Files.writeString(dir.resolve("s.interphase"), "old study");
        Path csv = Files.writeString(dir.resolve("s.csv"), "old table");
        // the child runs the real StagedOutputs from class files copied out of the bundles, outside OSGi
        Path classes = dir.resolve("classes");
        for (Class<?> c : List.of(StagedOutputs.class, StagedOutputs.Hook.class, ImportException.class,
                KilledWriter.class)) {
            String resource = c.getName().replace('.', '/') + ".class";
            Path to = classes.resolve(resource);
            Files.createDirectories(to.getParent());
            try (InputStream in = c.getClassLoader().getResourceAsStream(resource)) {
                Files.copy(in, to);
            }
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", classes.toString(), KilledWriter.class.getName(),
                study.toString(), csv.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertEquals("PAUSED", line, "the child wrote both temporary files");
            child.destroyForcibly(); // SIGKILL
            child.waitFor();
        }
        assertEquals("old study", Files.readString(study));
        assertEquals("old table", Files.readString(csv));
        List<String> left = names(dir);
        assertEquals(List.of("classes", "s.csv", "s.interphase"), left.stream().filter(n -> !n.startsWith(".")).toList(),
                "no partial file under a visible name");
        assertEquals(2, left.stream().filter(n -> n.endsWith("." + child.pid() + ".tmp")).count(), left.toString());

        StagedOutputs next = new StagedOutputs();
        next.add(study, "next study".getBytes(StandardCharsets.UTF_8));
        next.add(csv, "next table".getBytes(StandardCharsets.UTF_8));
        next.commit();
        assertEquals("next study", Files.readString(study));
        assertEquals(List.of("classes", "s.csv", "s.interphase"), names(dir), "the next run removed the dead run's files");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
