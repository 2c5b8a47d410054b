package org.interphase.xps.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.interphase.core.api.ImportException;
import org.interphase.xps.api.VamasBlock;
import org.interphase.xps.api.VamasFile;
import org.interphase.xps.api.XpsFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every number of the VAMAS tables in shared/data/README.md section 2 (three independent readers agree
 * on them). Tolerances: abscissae 1e-9 eV (REGULAR x = start + i*step), ordinates exact as written,
 * sums to the README's 6 significant digits.
 */
class VamasReferenceFactsTest {

    @ParameterizedTest(name = "{0} block {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            mjr9_59c.vms | 0 | Wide/2            | Wide   | None | 1486.69 | Kinetic Energy | 1101 | 2 | 386.69  | 1486.69 | 2751    | 79      | 2.49241e6
            mjr9_59c.vms | 1 | Wide/5            | Wide   | None | 1486.69 | Kinetic Energy | 601  | 2 | 886.69  | 1486.69 | 10294   | 254     | 3.62955e6
            mjr9_59c.vms | 2 | O 1s/6            | O      | 1s   | 1486.69 | Kinetic Energy | 231  | 2 | 948.69  | 971.69  | 75      | 52      | 16065
            mjr9_59c.vms | 3 | N 1s/7            | N      | 1s   | 1486.69 | Kinetic Energy | 211  | 2 | 1076.69 | 1097.69 | 73      | 70      | 14145
            mjr9_59c.vms | 4 | C 1s/8            | C      | 1s   | 1486.69 | Kinetic Energy | 231  | 2 | 1193.69 | 1216.69 | 30      | 28      | 9901
            mjr9_59c.vms | 5 | S 2p/9            | S      | 2p   | 1486.69 | Kinetic Energy | 181  | 2 | 1312.69 | 1330.69 | 61      | 73      | 14134
            mjr9_59c.vms | 6 | Au 4f/10          | Au     | 4f   | 1486.69 | Kinetic Energy | 301  | 2 | 1386.69 | 1416.69 | 37      | 26      | 12934
            mjr9_59c.vms | 7 | S 2p/13           | S      | 2p   | 1486.69 | Kinetic Energy | 181  | 2 | 1312.69 | 1330.69 | 579     | 603     | 109766
            mjr9_59c.vms | 8 | Au 4f/14          | Au     | 4f   | 1486.69 | Kinetic Energy | 301  | 2 | 1386.69 | 1416.69 | 340     | 174     | 100856
            regular.vms  | 0 | Survey            | Survey | ''   | 1486.61 | kinetic energy | 1351 | 2 | 136.61  | 1486.61 | 1559.87 | 18.1529 | 3.1883e6
            irregular.vms| 0 | Counts per Second | Survey | ''   | 1486.61 | Kinetic Energy | 1351 | 3 | 136.61  | 1486.61 | 15598.7 | 181.529 | 3.1883e7
            FeO_analyzed.vms | 0 | Fe 2p         | Fe     | 2p   | 1486.61 | Kinetic Energy | 1121 | 3 | 736.61  | 792.61  | 12516.9 | 2884.3  | 1.39912e7
            Pt4f.vms     | 0 | Pt4f PE20         | Pt     | 4f   | 1486.68 | Kinetic Energy | 281  | 2 | 1396.68 | 1424.68 | 544.369 | 136.04  | 221290
            """)
    void blockFacts(String file, int index, String id, String species, String transition, double hv,
            String abscissa, int points, int corrVars, double firstX, double lastX, double firstY, double lastY,
            double sumY) throws ImportException {
        VamasFile f = XpsFiles.readVamas(SharedData.xps("vamas/" + file));
        VamasBlock b = f.blocks().get(index);
        assertEquals(id, b.blockId());
        assertEquals(species, b.species());
        assertEquals(transition, b.transition());
        assertEquals("XPS", b.technique());
        assertEquals(hv, b.sourceEnergy().orElseThrow(), 1e-9);
        assertEquals(abscissa, b.abscissaLabel());
        assertEquals(points, b.pointCount());
        assertEquals(corrVars, b.correspondingVariables().size());
        double[] x = b.abscissa();
        assertEquals(firstX, x[0], 1e-9);
        assertEquals(lastX, x[x.length - 1], 1e-9);
        double[] y = b.ordinates().get(0);
        assertEquals(firstY, y[0], 0);
        assertEquals(lastY, y[y.length - 1], 0);
        double sum = Arrays.stream(y).sum();
        assertEquals(sumY, sum, Math.abs(sumY) * 5e-6, "sum of y0");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            mjr9_59c.vms     | MAP  | REGULAR   | 9 | Etch Time    | 0 | Kratos Axis   | 6
            regular.vms      | NORM | REGULAR   | 1 | Exp Variable | 5 | Not Specified | 0
            irregular.vms    | NORM | IRREGULAR | 1 | Value        | 5 | Not Specified | 1
            FeO_analyzed.vms | NORM | IRREGULAR | 1 | Exp Variable | 5 | Not Specified | 0
            Pt4f.vms         | NORM | REGULAR   | 1 | Exp Variable | 4 | Not Specified | 1
            """)
    void headerFacts(String file, String expMode, String scanMode, int blocks, String expVar, int commentLines,
            String instrument, int declaredRegions) throws ImportException {
        VamasFile f = XpsFiles.readVamas(SharedData.xps("vamas/" + file));
        assertEquals(expMode, f.experimentMode());
        assertEquals(scanMode, f.scanMode());
        assertEquals(blocks, f.blocks().size(), "trust the block count, not the region count");
        assertEquals(List.of(expVar), f.experimentalVariables().stream().map(v -> v.label()).toList());
        assertEquals(0, f.inclusionCount());
        assertEquals(commentLines, f.comments().size());
        assertEquals("Not Specified", f.institution());
        assertEquals(instrument, f.instrumentModel());
        assertEquals(declaredRegions, f.spectralRegions().orElseThrow());
    }

    @org.junit.jupiter.api.Test
    void mjr9MapDetails() throws ImportException {
        VamasFile f = XpsFiles.readVamas(SharedData.xps("vamas/mjr9_59c.vms"));
        assertEquals(1, f.analysisPositions().orElseThrow());
        VamasBlock b = f.blocks().get(0);
        assertEquals(List.of("16384", "16384"), b.lines(org.interphase.xps.api.VamasItem.MAP_COORDINATES));
        assertEquals(List.of("6000", "6000"), b.lines(org.interphase.xps.api.VamasItem.FIELD_OF_VIEW));
        assertEquals(-4.455, b.workFunction().orElseThrow(), 0);
        assertEquals("Mono(Al (Mono))", b.sourceLabel());
        assertTrue(b.comments().stream().anyMatch(c -> c.contains("C/N :On")));
        assertEquals(2, f.blocks().stream().filter(k -> k.species().equals("S")).count());
    }
}
