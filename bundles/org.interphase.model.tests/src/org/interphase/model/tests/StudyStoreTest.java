package org.interphase.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.interphase.model.util.ModelEquality;
import org.interphase.model.Cell;
import org.interphase.model.ImpedanceSpectrum;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Layer;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultParameter;
import org.interphase.model.Study;
import org.interphase.model.persistence.StudyLoadException;
import org.interphase.model.persistence.StudyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyStoreTest {

    @TempDir
    Path dir;

    @Test
    void roundTripKeepsEveryValueAndCrossReference() throws Exception {
        Study study = TestStudies.symmetricCell();
        Path file = dir.resolve("cell.interphase");
        StudyStore.save(study, file);

        Study loaded = StudyStore.load(file);
        assertTrue(ModelEquality.equal(study, loaded), "loaded study differs from the saved one");
        Cell cell = loaded.getCells().get(0);
        Layer anode = cell.getLayers().get(0);
        assertSame(anode, cell.getInterfaces().get(0).getLower(), "cross reference resolves to the same layer");
        assertSame(loaded.getMaterials().get(0), anode.getMaterial());
        ImpedanceSpectrum eis = (ImpedanceSpectrum) cell.getMeasurements().get(0);
        assertSame(cell.getInterfaces().get(0), eis.getInterface());
        ResultParameter r = eis.getAnalyses().get(0).getParameters().get(0);
        assertEquals(QuantityKind.INTERFACIAL_RESISTANCE, r.getQuantity());
        assertEquals(1306.0, r.getValue());
        assertEquals(8.7, r.getStandardError());
        assertArrayEquals(new double[] { 1e-1, 1.0, 1e7 }, eis.getAnalyses().get(0).getSeries().get(0).getX());
    }

    @Test
    void secondSaveIsByteIdentical() throws Exception {
        Study study = TestStudies.symmetricCell();
        Path file = dir.resolve("a.interphase");
        StudyStore.save(study, file);
        byte[] first = Files.readAllBytes(file);
        StudyStore.save(study, file);
        assertArrayEquals(first, Files.readAllBytes(file), "saving twice must be stable (ids are kept)");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left next to the study");
        }
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)), "a new study is readable like any other file");
    }

    @Test
    void truncatedFileNamesFileAndLineAndLeavesItUntouched() throws Exception {
        Path file = savedStudy();
        String xml = Files.readString(file);
        Files.writeString(file, xml.substring(0, xml.length() / 2));
        byte[] before = Files.readAllBytes(file);
        ResourceSet rs = StudyStore.newResourceSet();

        StudyLoadException e = assertThrows(StudyLoadException.class, () -> StudyStore.load(rs, file));
        assertTrue(e.getMessage().startsWith("bad.interphase, line "), e.getMessage());
        assertTrue(e.line() > 1, "line of the error is known");
        assertTrue(rs.getResources().isEmpty(), "nothing half-loaded is left in the resource set");
        assertArrayEquals(before, Files.readAllBytes(file), "the file on disk is not modified");
    }

    @Test
    void wrongRootIsRejectedWithItsName() throws Exception {
        Path file = dir.resolve("bad.interphase");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<project><modelVersion>4</modelVersion></project>\n");
        StudyLoadException e = assertThrows(StudyLoadException.class, () -> StudyStore.load(file));
        assertEquals("bad.interphase, line 2: the root element is <project>, expected an interphase:Study in "
                + "http://interphase.org/model/1", e.getMessage());
    }

    @Test
    void newerFormatVersionIsRefused() throws Exception {
        Path file = savedStudy();
        String xml = Files.readString(file).replaceFirst("formatVersion=\"\\d+\"", "formatVersion=\"7\"");
        Files.writeString(file, xml);
        StudyLoadException e = assertThrows(StudyLoadException.class, () -> StudyStore.load(file));
        assertTrue(e.getMessage().contains("newer Interphase Workbench (format version 7)"), e.getMessage());
        assertTrue(e.line() >= 2, "line of the root element: " + e.line());
    }

    @Test
    void unknownAttributeIsAnErrorNotSilentlyDropped() throws Exception {
        Path file = savedStudy();
        String xml = Files.readString(file).replaceFirst("thicknessUm=", "thicknessMiles=\"3\" thicknessUm=");
        Files.writeString(file, xml);
        StudyLoadException e = assertThrows(StudyLoadException.class, () -> StudyStore.load(file));
        assertTrue(e.getMessage().contains("thicknessMiles"), e.getMessage());
        assertTrue(e.line() > 2);
    }

    @Test
    void emptyAndMissingFiles() throws IOException {
        Path empty = dir.resolve("empty.interphase");
        Files.write(empty, new byte[0]);
        StudyLoadException e = assertThrows(StudyLoadException.class, () -> StudyStore.load(empty));
        assertTrue(e.getMessage().startsWith("empty.interphase"), e.getMessage());
        StudyLoadException missing = assertThrows(StudyLoadException.class,
                () -> StudyStore.load(dir.resolve("nope.interphase")));
        assertEquals("nope.interphase: no such file", missing.getMessage());
    }

    @Test
    void failedSaveKeepsThePreviousFile() throws Exception {
        Path file = savedStudy();
        byte[] before = Files.readAllBytes(file);
        Study study = TestStudies.symmetricCell();
        // A resource that cannot be serialised: a dangling reference to an object in no resource.
        Layer orphan = InterphaseFactory.eINSTANCE.createLayer();
        study.getCells().get(0).getInterfaces().get(0).setUpper(orphan);
        assertThrows(Exception.class, () -> StudyStore.save(study, file));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(new String(before, StandardCharsets.UTF_8).isEmpty());
    }

    private Path savedStudy() throws IOException {
        Path file = dir.resolve("bad.interphase");
        StudyStore.save(TestStudies.symmetricCell(), file);
        return file;
    }
}
