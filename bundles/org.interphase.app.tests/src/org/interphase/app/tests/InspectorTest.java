package org.interphase.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.interphase.app.demo.DemoProject;
import org.interphase.batch.api.Inspector;
import org.interphase.core.api.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

class InspectorTest {

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void studyListsCellsLayersInterfacesAndMeasurements() throws Exception {
        Path file = DemoProject.install(dir);
        Map<String, Object> json = Inspector.inspect(file, List.of());
        assertEquals("study", json.get("technique"));
        List<Map<String, Object>> cells = (List<Map<String, Object>>) json.get("cells");
        assertEquals(2, cells.size(), "the solid-state cell and the Li-ion stand-in with its 130-cycle series");
        assertEquals(3, ((List<?>) cells.get(0).get("layers")).size());
        assertEquals(2, ((List<?>) cells.get(0).get("interfaces")).size());
        assertEquals(7, ((List<?>) cells.get(0).get("measurements")).size());
        assertEquals(130, ((List<?>) cells.get(1).get("measurements")).size());
        String text = new Gson().toJson(json);
        assertTrue(text.contains("\"Li6PS5Cl\""), text);
    }

    @Test
    void badStudyGivesFileAndLine() throws Exception {
        Path file = dir.resolve("broken.interphase");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<interphase:Study xmlns:interphase=\"http://interphase.org/model/1\"\n");
        ImportException e = assertThrows(ImportException.class, () -> Inspector.inspect(file, List.of()));
        assertTrue(e.getMessage().startsWith("broken.interphase, line "), e.getMessage());
    }

    @Test
    void unknownFormatIsOneClearLine() throws Exception {
        Path file = dir.resolve("notes.bin");
        Files.write(file, new byte[] { 1, 2, 3 });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = org.interphase.batch.internal.BatchApplication.run(
                List.of("inspect", file.toString(), dir.resolve("missing.txt").toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        String[] lines = err.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(2, lines.length, err.toString(StandardCharsets.UTF_8));
        assertEquals("error: " + file + ": no importer recognises this file format", lines[0]);
        assertEquals("error: " + dir.resolve("missing.txt") + ": no such file or folder", lines[1]);
    }
}
