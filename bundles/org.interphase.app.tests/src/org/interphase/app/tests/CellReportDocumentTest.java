package org.interphase.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.interphase.app.demo.DemoProject;
import org.interphase.core.api.InterfaceTimeline;
import org.interphase.model.Cell;
import org.interphase.model.Interface;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Study;
import org.interphase.model.edit.Labels;
import org.interphase.model.persistence.StudyStore;
import org.interphase.report.api.CellReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The cell report of both demo cells as a document: well-formed XHTML, no enum literal or "Ohm" in its text,
 * per interface one chart section per technique (the techniques counted from the model), every chart of an
 * interface on the same cycle axis that holds all its cycles, each quantity charted once, provenance folded in
 * {@code <details>}, and an A4 {@code @page} rule. The pages are kept in target/report for a browser screenshot.
 */
class CellReportDocumentTest {

    @TempDir
    static Path dir;

    private static Study study;

    @BeforeAll
    static void installDemo() throws Exception {
        study = StudyStore.load(DemoProject.install(dir));
    }

    @Test
    void everyDemoCellGivesAWellFormedDocument() throws Exception {
        assertEquals(2, study.getCells().size(), "the demo's two cells");
        Files.createDirectories(Path.of("target", "report"));
        for (Cell cell : study.getCells()) {
            String html = CellReport.html(cell);
            Files.writeString(Path.of("target", "report", cell.getName().replaceAll("[^A-Za-z0-9]+", "_") + ".html"), html);
            Document doc = parse(html);
            String text = text(doc.getDocumentElement());
            for (String literal : enumLiterals()) {
                assertFalse(Pattern.compile("\\b" + literal + "\\b").matcher(text).find(),
                        "enum literal " + literal + " in the text of the report of " + cell.getName());
            }
            assertFalse(text.contains("Ohm"), "'Ohm' in the report of " + cell.getName());
            assertFalse(text.contains("NaN"), "NaN in the report of " + cell.getName());
            String css = doc.getElementsByTagNameNS("*", "style").item(0).getTextContent();
            assertTrue(Pattern.compile("@page\\s*\\{[^}]*size:\\s*A4").matcher(css).find(), "@page A4 rule: " + css);
            assertEquals(0, doc.getElementsByTagNameNS("*", "link").getLength(), "no external stylesheet");
            assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength(), "no script");
            assertEquals(0, doc.getElementsByTagNameNS("*", "img").getLength(), "charts are inline SVG, not images");
            for (Interface i : cell.getInterfaces()) {
                checkInterface(cell, i, section(doc, i.getName()));
            }
        }
    }

    private static void checkInterface(Cell cell, Interface i, Element section) {
        List<InterfaceTimeline.Series> series = InterfaceTimeline.of(i);
        Set<String> techniques = new LinkedHashSet<>();
        Set<Integer> cycles = new HashSet<>();
        for (InterfaceTimeline.Series s : series) {
            for (InterfaceTimeline.Point p : s.points()) {
                techniques.add(Labels.technique(p.measurement()));
                cycles.add(p.cycle().getCycleNumber());
            }
        }
        List<Element> sections = children(section, "section");
        List<String> shown = sections.stream().map(e -> e.getAttribute("data-technique")).toList();
        assertEquals(techniques, new HashSet<>(shown), "one chart section per technique for " + i.getName());
        assertEquals(techniques.size(), shown.size(), "no technique twice for " + i.getName() + ": " + shown);
        String range = null;
        Set<String> quantities = new HashSet<>();
        int charts = 0;
        for (Element t : sections) {
            NodeList figures = t.getElementsByTagNameNS("*", "figure");
            assertTrue(figures.getLength() > 0, "charts under " + t.getAttribute("data-technique"));
            for (int k = 0; k < figures.getLength(); k++) {
                Element figure = (Element) figures.item(k);
                assertTrue(quantities.add(t.getAttribute("data-technique") + " " + figure.getAttribute("data-quantity")),
                        "quantity charted twice at " + i.getName() + ": " + figure.getAttribute("data-quantity"));
                Element svg = (Element) figure.getElementsByTagNameNS("*", "svg").item(0);
                String r = svg.getAttribute("data-x-min") + "…" + svg.getAttribute("data-x-max");
                assertTrue(range == null || range.equals(r), "shared cycle axis at " + i.getName() + ": " + range + " vs " + r);
                range = r;
                double lo = Double.parseDouble(svg.getAttribute("data-x-min"));
                double hi = Double.parseDouble(svg.getAttribute("data-x-max"));
                assertTrue(lo >= 0 && hi - lo >= 2, "a cycle axis from " + lo + " to " + hi);
                cycles.forEach(c -> assertTrue(c >= lo && c <= hi, "cycle " + c + " on the axis " + lo + "…" + hi));
                charts++;
            }
        }
        assertEquals(series.isEmpty(), charts == 0, "charts for " + i.getName());
        if (!series.isEmpty()) {
            assertTrue(section.getElementsByTagNameNS("*", "details").getLength() >= 1, "provenance folded for " + i.getName());
            assertTrue(text(section).contains("Provenance"), "provenance summary for " + i.getName());
        }
    }

    private static Element section(Document doc, String iface) {
        NodeList all = doc.getElementsByTagNameNS("*", "section");
        for (int k = 0; k < all.getLength(); k++) {
            Element e = (Element) all.item(k);
            if (iface.equals(e.getAttribute("data-interface"))) {
                return e;
            }
        }
        throw new AssertionError("no section for interface " + iface);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** The document's text without the stylesheet. */
    private static String text(Node n) {
        if (n instanceof Element e && "style".equals(e.getLocalName())) {
            return "";
        }
        if (n.getNodeType() == Node.TEXT_NODE) {
            return n.getNodeValue();
        }
        StringBuilder b = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            b.append(text(c)).append(' ');
        }
        return b.toString();
    }

    /** Literals of the model's enums that are not words of their own (XPS, EIS stay). */
    private static List<String> enumLiterals() {
        List<String> out = new ArrayList<>();
        for (EClassifier c : InterphasePackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof EEnum e) {
                for (EEnumLiteral l : e.getELiterals()) {
                    if (!Labels.ACRONYMS.containsKey(l.getName())) {
                        out.add(l.getName());
                    }
                }
            }
        }
        assertTrue(out.contains("SOLID_ELECTROLYTE") && out.contains("BULK_RESISTANCE") && out.contains("AT_BOUND"), out.toString());
        return out;
    }

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }
}
