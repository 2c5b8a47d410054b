package org.interphase.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Measurement;
import org.interphase.model.Study;
import org.interphase.model.persistence.StudyLoadException;
import org.interphase.model.persistence.StudyStore;
import org.interphase.model.technique.Techniques;
import org.interphase.model.util.Measurements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Studies keep reading after the technique enum went, and hold measurements of plug-in packages. */
class ForeignPackageStudyTest {

    /** Written by main at 6cc326a (the enum still in the model): one measurement of each built-in class. */
    private static final Path MAIN_FIXTURE = Path.of("resources/four-techniques-main.interphase");

    @TempDir
    Path dir;

    @Test
    void aStudyWrittenBeforeTheChangeOpensUnchanged() throws Exception {
        byte[] before = Files.readAllBytes(MAIN_FIXTURE);
        Study study = StudyStore.load(MAIN_FIXTURE);
        Cell cell = study.getCells().get(0);
        assertEquals(List.of("S 2p", "PEIS -25C", "depth profile", "mass spectrum", "CT volume"),
                cell.getMeasurements().stream().map(Measurement::getName).toList());
        // what Measurements.technique gave on main, as enum literal names
        assertEquals(List.of("XPS", "EIS", "TOF_SIMS", "TOF_SIMS", "TOMOGRAPHY"),
                cell.getMeasurements().stream().map(Measurements::technique).toList());
        assertEquals(2, study.getFormatVersion());
        assertArrayEquals(before, Files.readAllBytes(MAIN_FIXTURE), "loading does not touch the file");

        Path copy = dir.resolve("copy.interphase");
        StudyStore.save(study, copy);
        assertEquals(Files.readString(MAIN_FIXTURE), Files.readString(copy), "saved again byte for byte");
    }

    @Test
    void aMeasurementOfARegisteredForeignPackageIsSavedAndReloaded() throws Exception {
        ForeignMeasurements foreign = new ForeignMeasurements();
        EPackage.Registry.INSTANCE.put(ForeignMeasurements.NS_URI, foreign.pack);
        try {
            Study study = InterphaseFactory.eINSTANCE.createStudy();
            study.setName("with cycling");
            Cell cell = InterphaseFactory.eINSTANCE.createCell();
            study.getCells().add(cell);
            CycleState c0 = InterphaseFactory.eINSTANCE.createCycleState();
            cell.getCycleStates().add(c0);
            Measurement m = foreign.create(foreign.cyclingRecord);
            m.setName("GCPL");
            m.setCycleState(c0);
            m.eSet(foreign.cycles, 42);
            cell.getMeasurements().add(m);
            cell.getMeasurements().add(InterphaseFactory.eINSTANCE.createImpedanceSpectrum());
            Path file = dir.resolve("foreign.interphase");
            StudyStore.save(study, file);
            String xml = Files.readString(file);
            assertTrue(xml.contains(ForeignMeasurements.NS_URI), xml);

            Study back = StudyStore.load(file);
            Measurement read = back.getCells().get(0).getMeasurements().get(0);
            assertEquals(foreign.cyclingRecord, read.eClass());
            assertEquals(42, read.eGet(foreign.cycles));
            assertEquals("GCPL", read.getName());
            assertEquals(back.getCells().get(0).getCycleStates().get(0), read.getCycleState());
            assertEquals("CyclingRecord", Techniques.idOf(read));
            assertEquals("EIS", Techniques.idOf(back.getCells().get(0).getMeasurements().get(1)));
        } finally {
            EPackage.Registry.INSTANCE.remove(ForeignMeasurements.NS_URI);
        }
    }

    @Test
    void aMeasurementOfAnUnregisteredPackageIsRefusedWithoutFetchingIt() throws Exception {
        Path file = dir.resolve("unknown.interphase");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <interphase:Study xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:interphase="http://interphase.org/model/1"
                    xmlns:gone="http://127.0.0.1:9/not-installed/1" name="s" formatVersion="2">
                  <cells name="c">
                    <measurements xsi:type="gone:Thing" name="m"/>
                  </cells>
                </interphase:Study>
                """);
        long start = System.nanoTime();
        StudyLoadException e = assertThrows(StudyLoadException.class, () -> StudyStore.load(file));
        assertTrue(e.getMessage().contains("127.0.0.1:9/not-installed/1"), e.getMessage());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "no network wait");
    }
}
