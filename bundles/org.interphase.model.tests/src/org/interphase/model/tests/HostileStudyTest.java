package org.interphase.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.interphase.model.persistence.StudyLoadException;
import org.interphase.model.persistence.StudyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 items 4 and 8: a study resolves only references inside itself (never another file, never the
 * network), and its format version and physical sizes are checked, with the line and without class names.
 */
class HostileStudyTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private Path saved(String name) throws Exception {
        Path file = dir.resolve(name);
        StudyStore.save(TestStudies.symmetricCell(), file);
        return file;
    }

    private static int lineOf(String xml, String text) {
        int at = xml.indexOf(text);
        assertTrue(at >= 0, text);
        return (int) xml.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private StudyLoadException refused(Path file) {
        ResourceSet rs = StudyStore.newResourceSet();
        StudyLoadException e = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(StudyLoadException.class, () -> StudyStore.load(rs, file)));
        assertTrue(rs.getResources().isEmpty(), "nothing half-loaded is left behind");
        assertTrue(e.getMessage().startsWith(file.getFileName() + ""), e.getMessage());
        assertFalse(e.getMessage().matches("(?s).*(Impl@|org\\.|java\\.|javax\\.|com\\.sun).*"), e.getMessage());
        return e;
    }

    @Test
    void aLinkToAServerIsRefusedWithoutConnecting() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Path file = saved("web.interphase");
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/evil.interphase#";
            String xml = Files.readString(file).replaceFirst(" lower=\"(_[^\"]+)\"", " lower=\"" + url + "$1\"");
            Files.writeString(file, xml);
            StudyLoadException e = refused(file);
            assertEquals(lineOf(xml, url), e.line(), e.getMessage());
            assertTrue(e.getMessage().contains("Interface 'Li | LPSCl': its lower links to http://127.0.0.1:"),
                    e.getMessage());
            server.setSoTimeout(200);
            assertThrows(SocketTimeoutException.class, server::accept, "nothing connected to the server");
        }
    }

    @Test
    void aLinkToAnotherStudyFileIsRefusedWithItsLine() throws Exception {
        saved("other.interphase");
        Path file = saved("main.interphase");
        String xml = Files.readString(file).replaceFirst(" upper=\"(_[^\"]+)\"", " upper=\"other.interphase#$1\"");
        Files.writeString(file, xml);
        StudyLoadException e = refused(file);
        assertEquals(lineOf(xml, "other.interphase#"), e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("only refer to objects inside the same study"), e.getMessage());
    }

    @Test
    void aNegativeFormatVersionIsRefused() throws Exception {
        Path file = saved("v.interphase");
        String saved = Files.readString(file);
        // a saved study carries its format version (format 2 on): overwrite it, else add one
        String xml = saved.contains("formatVersion=\"")
                ? saved.replaceFirst("formatVersion=\"\\d+\"", "formatVersion=\"-1\"")
                : saved.replaceFirst("<interphase:Study ", "<interphase:Study formatVersion=\"-1\" ");
        Files.writeString(file, xml);
        StudyLoadException e = refused(file);
        assertTrue(e.getMessage().contains("formatVersion -1 is not a valid format version"), e.getMessage());
        // StAX reports the line where the root element's start tag ends
        assertTrue(e.line() >= lineOf(xml, "formatVersion") && e.line() <= lineOf(xml, "<cells"), "line " + e.line());
    }

    @Test
    void nonFiniteOrNegativeSizesAreRefusedWithTheirLine() throws Exception {
        for (String bad : new String[] { "NaN", "1e999", "-Infinity", "-5.0" }) {
            Path file = saved("size.interphase");
            String xml = Files.readString(file).replaceFirst("thicknessUm=\"500.0\"", "thicknessUm=\"" + bad + "\"");
            Files.writeString(file, xml);
            StudyLoadException e = refused(file);
            assertEquals(lineOf(xml, "thicknessUm=\"" + bad), e.line(), e.getMessage());
            assertTrue(e.getMessage().contains("Layer 'LPSCl': thicknessUm is "), e.getMessage());
        }
        Path area = saved("area.interphase");
        String xml = Files.readString(area).replaceFirst("areaCm2=\"0.785\"", "areaCm2=\"NaN\"");
        Files.writeString(area, xml);
        assertTrue(refused(area).getMessage().contains("areaCm2 is NaN"));
    }

    @Test
    void theUntouchedStudyStillLoads() throws Exception {
        Path file = saved("fine.interphase");
        assertEquals("Symmetric test", StudyStore.load(file).getName());
    }

    @Test
    void anObjectOfTheWrongTypeIsNamedByItsTypeNotItsClass() throws Exception {
        Path file = saved("type.interphase");
        String xml = Files.readString(file);
        if (!xml.contains("xmlns:xsi=")) {
            xml = xml.replaceFirst("<interphase:Study ",
                    "<interphase:Study xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ");
        }
        xml = xml.replaceFirst("<layers ", "<layers xsi:type=\"interphase:Cell\" ");
        Files.writeString(file, xml);
        StudyLoadException e = refused(file); // asserts: no Impl@, no package names
        System.out.println("wrong type: " + e.getMessage());
        assertTrue(e.line() > 1, e.getMessage());
    }
}
