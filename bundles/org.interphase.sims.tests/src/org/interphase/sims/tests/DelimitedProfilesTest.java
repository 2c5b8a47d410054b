package org.interphase.sims.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.interphase.core.api.FileProbe;
import org.interphase.core.api.ImportException;
import org.interphase.core.api.Imported;
import org.interphase.model.DepthProfile;
import org.interphase.model.Polarity;
import org.interphase.sims.api.ColumnMapping;
import org.interphase.sims.api.DelimitedProfiles;
import org.interphase.sims.api.DepthProfiles;
import org.interphase.sims.api.ProfileData;
import org.interphase.sims.internal.DelimitedProfileImporter;
import org.junit.jupiter.api.Test;

/** Generic CSV/TXT depth profiles: mapping guess, reading, malformed rows, importer (files in resources/delimited). */
class DelimitedProfilesTest {

    static Path file(String name) {
        return Path.of("resources", "delimited", name);
    }

    @Test
    void semicolonWithDecimalCommaAndTwoCommentRows() throws Exception {
        ColumnMapping m = DelimitedProfiles.guess(file("semicolon_decimal_comma.csv"));
        assertEquals(';', m.delimiter());
        assertTrue(m.decimalComma());
        assertEquals(3, m.headerRows());
        assertEquals(0, m.xColumn());
        assertEquals(ColumnMapping.Axis.TIME_S, m.x());
        assertEquals(List.of("Li+", "PS-", "PO_3-"), m.signalNames(), "the dose column is not a signal");
        assertTrue(m.confidence() >= ColumnMapping.CONFIDENT, "named time column: " + m.confidence());
        ProfileData d = DepthProfiles.readData(file("semicolon_decimal_comma.csv"));
        assertEquals(5, d.points());
        assertEquals(6.0, d.totalSputterTimeS(), 0);
        assertEquals(1100.25, d.signal("Li+").orElseThrow().intensity()[2], 0);
        assertEquals(12.25, d.signal("PO_3-").orElseThrow().intensity()[4], 0);
        assertEquals(Polarity.NEGATIVE, d.polarity(), "two negative ions, one positive");
        ColumnMapping back = DelimitedProfiles.fromJson(DelimitedProfiles.toJson(m));
        assertEquals(m, back);
    }

    @Test
    void tabSeparatedDepth() throws Exception {
        ColumnMapping m = DelimitedProfiles.guess(file("tab_depth.txt"));
        assertEquals('\t', m.delimiter());
        assertEquals(false, m.decimalComma());
        assertEquals(1, m.headerRows());
        assertEquals(ColumnMapping.Axis.DEPTH_NM, m.x());
        ProfileData d = DepthProfiles.readData(file("tab_depth.txt"), m);
        assertEquals(10.0, d.timeS()[4], 0);
        assertEquals(List.of("S-", "Cl-"), d.signals().stream().map(s -> s.label()).toList());
    }

    @Test
    void withoutHeaderTheGuessIsNotConfident() throws Exception {
        ColumnMapping m = DelimitedProfiles.guess(file("no_header.csv"));
        assertEquals(',', m.delimiter());
        assertEquals(0, m.headerRows());
        assertEquals(0, m.xColumn(), "first strictly increasing column");
        assertEquals(List.of("column 2", "column 3"), m.signalNames());
        assertTrue(m.confidence() < ColumnMapping.CONFIDENT, "no names: the editor asks; " + m.confidence());
    }

    @Test
    void badCellsShortRowsAndFallingXNameFileAndLine() throws Exception {
        ColumnMapping m = new ColumnMapping(',', false, 1, 0, ColumnMapping.Axis.TIME_S, List.of(1, 2),
                List.of("A-", "B-"), 1);
        ImportException e = assertThrows(ImportException.class, () -> DelimitedProfiles.read(file("bad_cell.csv"), m));
        assertTrue(e.getMessage().contains("bad_cell.csv, line 4"), e.getMessage());
        ColumnMapping wide = new ColumnMapping(',', false, 1, 0, ColumnMapping.Axis.TIME_S, List.of(5), List.of("C"),
                1);
        e = assertThrows(ImportException.class, () -> DelimitedProfiles.read(file("tab_depth.txt"), wide));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("needs 6"), e.getMessage());
        ColumnMapping backwards = new ColumnMapping(',', false, 0, 2, ColumnMapping.Axis.TIME_S, List.of(1),
                List.of("x"), 1);
        ProfileData ok = DelimitedProfiles.read(file("no_header.csv"), backwards);
        assertEquals(4, ok.points());
        ColumnMapping falling = new ColumnMapping(';', true, 3, 1, ColumnMapping.Axis.TIME_S, List.of(0),
                List.of("t"), 1);
        e = assertThrows(ImportException.class, () -> DelimitedProfiles.read(file("semicolon_decimal_comma.csv"),
                falling));
        assertTrue(e.getMessage().contains("line 5") && e.getMessage().contains("does not increase"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ColumnMapping.guess(List.of("a;b", "text only")));
        assertThrows(IllegalArgumentException.class, () -> DelimitedProfiles.fromJson("{\"delimiter\":\",\"}"));
    }

    @Test
    void importerDetectsModestlyAndKeepsTheMapping() throws Exception {
        DelimitedProfileImporter imp = new DelimitedProfileImporter();
        double c = imp.detect(FileProbe.of(file("semicolon_decimal_comma.csv")));
        // the header names sputter time and dose: confident, yet below SurfaceLab's 0.95
        assertTrue(c >= 0.5 && c < 0.95, "depth-profile header: " + c);
        assertEquals(0, imp.detect(FileProbe.of(SharedData.profile(SharedData.POS))), "SurfaceLab files are not ours");
        Imported i = imp.read(file("semicolon_decimal_comma.csv"));
        DepthProfile p = (DepthProfile) i.measurements().get(0);
        assertEquals(5, p.getPointCount());
        assertEquals(3, p.getSignals().size());
        String json = p.getMetadata().stream().filter(e -> e.getKey().equals(DelimitedProfiles.MAPPING_KEY))
                .findFirst().orElseThrow().getValue();
        assertEquals(DelimitedProfiles.guess(file("semicolon_decimal_comma.csv")), DelimitedProfiles.fromJson(json));
        assertEquals(true, i.facts().get("decimalComma"));
    }
}
