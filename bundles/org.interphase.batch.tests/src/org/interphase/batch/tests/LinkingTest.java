package org.interphase.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.interphase.model.Cell;
import org.interphase.model.Measurement;
import org.interphase.model.Study;
import org.interphase.model.persistence.StudyStore;
import org.interphase.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} links what it adds to an interface and a cycle state: from {@code --interface} and {@code --cycle},
 * else from the file name ({@code cycle10}, {@code pristine}, {@code after 200 cycles}).
 */
class LinkingTest {

    private static final Path MPT = SharedData.root().resolve("eis/hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpt.txt");

    @TempDir
    Path dir;

    private Path method() throws IOException {
        Path m = dir.resolve("kk.json");
        Files.writeString(m, "{\"name\": \"KK check\", \"steps\": [{\"analysis\": \"eis-kk\"}]}");
        return m;
    }

    @Test
    void optionsLinkToTheNamedInterfaceAndCycle() throws Exception {
        Path study = TestStudies.save(TestStudies.demoLike(), dir.resolve("demo.interphase"));
        BatchRun r = BatchRun.of("run", method().toString(), MPT.toString(), "--study", study.toString(), "--cell", "1",
                "--interface", "Li6PS5Cl | NMC811", "--cycle", "10");
        assertEquals(0, r.code(), r.toString());
        Cell cell = StudyStore.load(study).getCells().get(0);
        Measurement added = cell.getMeasurements().get(7);
        assertEquals("Li6PS5Cl | NMC811", added.getInterface().getName());
        assertEquals("Cycle 10, discharged", added.getCycleState().getName(), "the existing state of cycle 10");
        assertEquals(4, cell.getCycleStates().size(), "no state added");
        @SuppressWarnings("unchecked")
        Map<String, Object> file = (Map<String, Object>) ((List<Object>) r.json().get("imported")).get(0);
        assertEquals("Li6PS5Cl | NMC811", file.get("interface"));
        assertEquals("Cycle 10, discharged", file.get("cycleState"));
    }

    @Test
    void fileNamesGiveTheCycleWhenNoOptionDoes() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(MPT, in.resolve("LPSCl_cycle10.mpt.txt"));
        Files.copy(MPT, in.resolve("LPSCl pristine.mpt.txt"));
        Files.copy(MPT, in.resolve("LPSCl after 200 cycles.mpt.txt"));
        Files.copy(MPT, in.resolve("LPSCl.mpt.txt"));
        Path study = TestStudies.save(TestStudies.demoLike(), dir.resolve("demo.interphase"));
        BatchRun r = BatchRun.of("run", method().toString(), in.toString(), "--study", study.toString(), "--interface",
                "li | li6ps5cl");
        assertEquals(0, r.code(), r.toString());
        Study s = StudyStore.load(study);
        Cell cell = s.getCells().get(0);
        List<Measurement> added = cell.getMeasurements().subList(7, 11);
        // folder contents are read in name order
        assertEquals(List.of("Cycle 200", "Pristine", "LPSCl", "Cycle 10, discharged"), added.stream()
                .map(m -> m.getCycleState() == null ? "LPSCl" : m.getCycleState().getName()).toList());
        added.forEach(m -> assertEquals("Li | Li6PS5Cl", m.getInterface().getName()));
        assertEquals(List.of(0, 1, 10, 50, 200), cell.getCycleStates().stream().map(c -> c.getCycleNumber()).toList(),
                "cycle 200 was created, in cycle order");
        assertTrue(cell.getCycleStates().get(0) == added.get(1).getCycleState(), "the existing pristine state");
    }

    @Test
    void anUnknownInterfaceIsUsageAndWritesNothing() throws Exception {
        Path study = TestStudies.save(TestStudies.demoLike(), dir.resolve("demo.interphase"));
        byte[] old = Files.readAllBytes(study);
        BatchRun r = BatchRun.of("run", method().toString(), MPT.toString(), "--study", study.toString(), "--interface",
                "Li | LLZO");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("interfaces: 'Li | Li6PS5Cl', 'Li6PS5Cl | NMC811'"), r.toString());
        assertTrue(java.util.Arrays.equals(old, Files.readAllBytes(study)));
    }

    @Test
    void aNewStudyGetsTheNamedCellAndInterface() throws Exception {
        Path study = dir.resolve("new.interphase");
        BatchRun r = BatchRun.of("run", method().toString(), MPT.toString(), "--study", study.toString(), "--cell",
                "Cell A", "--interface", "Li | LPSCl", "--cycle", "0");
        assertEquals(0, r.code(), r.toString());
        Cell cell = StudyStore.load(study).getCells().get(0);
        assertEquals("Cell A", cell.getName());
        Measurement m = cell.getMeasurements().get(0);
        assertEquals("Li | LPSCl", m.getInterface().getName());
        assertEquals("Pristine", m.getCycleState().getName());
    }
}
