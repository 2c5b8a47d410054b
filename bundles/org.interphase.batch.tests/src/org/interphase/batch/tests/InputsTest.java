package org.interphase.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.interphase.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code run} reads from folders: {@code --recursive}, every skipped file with its reason, never nothing. */
class InputsTest {

    private static final Path DATA = SharedData.root();
    private static final Path MPT = DATA.resolve("eis/hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpt.txt");
    private static final Path DTA = DATA.resolve("eis/hybriddrt_EISGALV_EISTest3.DTA");
    private static final Path VMS = DATA.resolve("xps/vamas/mjr9_59c.vms");

    @TempDir
    Path dir;

    private Path method() throws IOException {
        Path m = dir.resolve("kk.json");
        Files.writeString(m, "{\"name\": \"KK check\", \"steps\": [{\"analysis\": \"eis-kk\"}]}");
        return m;
    }

    /** in/ holds an EIS file, an XPS file, notes, a hidden file, junk and sub/ with a second EIS file. */
    private Path folder() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.copy(MPT, dir.resolve("in/a.mpt.txt"));
        Files.copy(VMS, dir.resolve("in/b.vms"));
        Files.writeString(dir.resolve("in/README.md"), "# notes\n");
        Files.writeString(dir.resolve("in/.hidden"), "x");
        Files.write(dir.resolve("in/junk.bin"), new byte[] { 0, 1, 2, 3 });
        Files.copy(DTA, in.resolve("c.DTA"));
        return dir.resolve("in");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> skipped(BatchRun r) {
        Map<String, String> reasons = new java.util.TreeMap<>();
        for (Object o : (List<Object>) r.json().get("skipped")) {
            Map<String, Object> m = (Map<String, Object>) o;
            reasons.put(Path.of((String) m.get("file")).getFileName().toString(), (String) m.get("reason"));
        }
        return reasons;
    }

    @Test
    void everySkippedFileIsReportedWithItsReason() throws Exception {
        BatchRun r = BatchRun.of("run", method().toString(), folder().toString(), "--study",
                dir.resolve("s.interphase").toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(1.0, r.json().get("files"), "only a.mpt.txt is analysed");
        Map<String, String> skipped = skipped(r);
        assertEquals(List.of(".hidden", "README.md", "b.vms", "junk.bin", "sub"), List.copyOf(skipped.keySet()), r.out());
        assertTrue(skipped.get("sub").contains("--recursive"), skipped.toString());
        assertTrue(skipped.get("b.vms").contains("no step of the method analyses xps"), skipped.toString());
        assertTrue(skipped.get("junk.bin").contains("no importer"), skipped.toString());
    }

    @Test
    void recursiveSearchesSubFolders() throws Exception {
        BatchRun r = BatchRun.of("run", method().toString(), folder().toString(), "--recursive", "--study",
                dir.resolve("s.interphase").toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(2.0, r.json().get("files"), "a.mpt.txt and sub/c.DTA");
        assertFalse(skipped(r).containsKey("sub"), r.out());
    }

    @Test
    void noMatchingInputIsAnErrorAndWritesNothing() throws Exception {
        Path xps = Files.createDirectories(dir.resolve("xps"));
        Files.copy(VMS, xps.resolve("b.vms"));
        Path study = dir.resolve("s.interphase");
        BatchRun r = BatchRun.of("run", method().toString(), xps.toString(), "--study", study.toString());
        assertEquals(1, r.code(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertTrue(r.err().contains("no input file for the method"), r.toString());
        assertFalse(Files.exists(study));
    }
}
