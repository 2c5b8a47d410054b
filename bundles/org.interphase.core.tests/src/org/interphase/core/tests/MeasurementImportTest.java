package org.interphase.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.interphase.core.api.Hashes;
import org.interphase.core.api.ImportCandidate;
import org.interphase.core.api.Importers;
import org.interphase.core.api.MeasurementImport;
import org.interphase.core.api.MeasurementImport.FileResult;
import org.interphase.core.api.MeasurementImport.Request;
import org.interphase.core.api.MeasurementImport.Storage;
import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.ImpedanceSpectrum;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Measurement;
import org.interphase.model.Study;
import org.interphase.model.util.ModelEquality;
import org.interphase.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import engine on real files, through the registered importer services. */
class MeasurementImportTest {

    private static final Path MPT = SharedData.file("eis", "hybriddrt_PEIS_LPSCl_IonBlocking_-25C.mpt.txt");
    private static final Path DTA = SharedData.file("eis", "hybriddrt_EISGALV_EISTest3.DTA");

    @TempDir
    Path tmp;

    private static Cell cellWithInterface() {
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        Study study = f.createStudy();
        Cell cell = f.createCell();
        cell.setName("Cell 1");
        study.getCells().add(cell);
        Interface iface = f.createInterface();
        iface.setName("Li | LPSCl");
        cell.getInterfaces().add(iface);
        CycleState c5 = f.createCycleState();
        c5.setName("Cycle 5");
        c5.setCycleNumber(5);
        cell.getCycleStates().add(c5);
        return cell;
    }

    @Test
    void candidatesAreRankedAndTheBestReadsTheFile() throws Exception {
        List<ImportCandidate> found = Importers.candidates(MPT);
        assertFalse(found.isEmpty(), "an EC-Lab text export is recognised");
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).confidence() >= found.get(i).confidence());
        }
        assertTrue(found.get(0).importer().id().startsWith("eis."), found.get(0).importer().id());
    }

    @Test
    void readsLinksAndUndoesAsOneCommand() throws Exception {
        Cell cell = cellWithInterface();
        Cell before = org.eclipse.emf.ecore.util.EcoreUtil.copy(cell);
        Path missing = tmp.resolve("nothing-here.mpt");
        Path unknown = Files.writeString(tmp.resolve("notes_cycle3.txt"), "just some words\nnothing to import\n");
        List<Request> requests = List.of(
                new Request(MPT, null, "Li | LPSCl", 5),
                new Request(DTA, null, "Li | LPSCl", 10),
                new Request(missing, null, null, null),
                new Request(unknown, null, null, 3));
        List<String> seen = new ArrayList<>();
        List<FileResult> results = MeasurementImport.read(requests, Storage.LINK, null,
                (name, done, total) -> seen.add(name + " " + done + "/" + total));
        assertEquals(List.of(MPT.getFileName() + " 0/4", DTA.getFileName() + " 1/4",
                "nothing-here.mpt 2/4", "notes_cycle3.txt 3/4"), seen);
        assertTrue(results.get(0).ok(), results.get(0).error());
        assertTrue(results.get(1).ok(), results.get(1).error());
        assertTrue(results.get(2).error().contains("nothing-here.mpt"), results.get(2).error());
        assertTrue(results.get(3).error().contains("notes_cycle3.txt"), results.get(3).error());
        assertEquals(0, cell.getMeasurements().size(), "reading never touches the study");

        Measurement eis = results.get(0).measurements().get(0);
        assertEquals(Hashes.sha256(MPT), eis.getSha256());
        assertEquals(MPT.toAbsolutePath().toUri().toString(), eis.getSourceUri());
        assertNotNull(eis.getImporterId());

        BasicCommandStack stack = new BasicCommandStack();
        Command command = MeasurementImport.command(cell, requests, results);
        assertTrue(command.canExecute());
        stack.execute(command);
        int added = MeasurementImport.measurements(results).size();
        assertEquals(added, cell.getMeasurements().size());
        assertSame(cell.getInterfaces().get(0), eis.getInterface());
        assertSame(cell.getCycleStates().get(0), eis.getCycleState(), "existing cycle 5 is reused");
        assertEquals(List.of(5, 10), cell.getCycleStates().stream().map(CycleState::getCycleNumber).toList());
        assertEquals("Cycle 10", cell.getCycleStates().get(1).getName());
        assertTrue(cell.getMeasurements().stream().allMatch(m -> m.getInterface() != null));
        assertFalse(cell.getCycleStates().stream().anyMatch(s -> s.getCycleNumber() == 3),
                "a failed file creates no cycle state");

        stack.undo();
        assertTrue(ModelEquality.equal(before, cell),
                "undo restores the cell exactly");
        stack.redo();
        assertEquals(added, cell.getMeasurements().size());
        assertEquals(2, cell.getCycleStates().size());
    }

    @Test
    void copiesIntoTheProjectAndRecordsTheSameHash() throws Exception {
        Path into = tmp.resolve("project").resolve("measurements");
        List<Request> requests = List.of(Request.of(MPT), Request.of(MPT));
        List<FileResult> results = MeasurementImport.read(requests, Storage.COPY, into, MeasurementImport.Progress.NONE);
        Path stored = results.get(0).storedAt();
        assertEquals(into.resolve(MPT.getFileName()), stored);
        assertEquals(stored, results.get(1).storedAt(), "identical bytes are not copied twice");
        assertEquals(Hashes.sha256(MPT), results.get(0).measurements().get(0).getSha256());
        assertEquals(stored.toUri().toString(), results.get(0).measurements().get(0).getSourceUri());
        try (var files = Files.list(into)) {
            assertEquals(1, files.count(), "no temporary or duplicate copies are left");
        }
    }

    @Test
    void cancellingFailsTheRemainingFiles() {
        List<Request> requests = List.of(Request.of(MPT), Request.of(DTA));
        List<FileResult> results = MeasurementImport.read(requests, Storage.LINK, null,
                (name, done, total) -> done == 0);
        assertTrue(results.get(0).ok());
        assertTrue(results.get(1).error().endsWith("cancelled"), results.get(1).error());
    }

    @Test
    void anUnknownInterfaceIsRefusedNamingTheOnesThere() {
        Cell cell = cellWithInterface();
        List<Request> requests = List.of(new Request(MPT, null, "Li | LLZO", null));
        List<FileResult> results = MeasurementImport.read(requests, Storage.LINK, null, MeasurementImport.Progress.NONE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MeasurementImport.command(cell, requests, results));
        assertTrue(e.getMessage().contains("Li | LPSCl"), e.getMessage());
        assertEquals(0, cell.getMeasurements().size());
    }

    @Test
    void nothingReadMeansNothingToExecute() {
        Cell cell = cellWithInterface();
        List<Request> requests = List.of(Request.of(tmp.resolve("missing.DTA")));
        List<FileResult> results = MeasurementImport.read(requests, Storage.LINK, null, MeasurementImport.Progress.NONE);
        assertFalse(MeasurementImport.command(cell, requests, results).canExecute());
        assertNull(results.get(0).storedAt());
        assertTrue(cell.getMeasurements().isEmpty());
        assertTrue(results.get(0).measurements().isEmpty());
        assertFalse(results.get(0).measurements().stream().anyMatch(ImpedanceSpectrum.class::isInstance));
    }
}
