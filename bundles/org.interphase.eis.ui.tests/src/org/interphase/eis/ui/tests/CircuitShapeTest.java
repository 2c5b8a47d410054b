package org.interphase.eis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.eis.api.Circuit;
import org.interphase.eis.ui.internal.CircuitShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The circuit diagram's geometry, from both dialects (text width = 7 px per character). */
class CircuitShapeTest {

    private static CircuitShape.Drawing draw(String text) {
        return CircuitShape.layout(Circuit.parse(text).toImpedancePy(), s -> 7 * s.length());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = { "R0-p(R1,CPE1)-CPE2; R0 R1 CPE1 CPE2", "R(RQ)(RQ)W; R1 R2 Q1 R3 Q2 W1",
        "R0-p(R1,C1)-p(R2-Wo1,C2); R0 R1 C1 R2 Wo1 C2", "R(C[R(CR)]); R1 C1 R2 C2 R3", "R0; R0" })
    void everyElementGetsOneBoxInOrder(String circuit, String names) {
        CircuitShape.Drawing d = draw(circuit);
        assertEquals(List.of(names.split(" ")), d.boxes().stream().map(CircuitShape.Box::name).toList());
        for (CircuitShape.Box b : d.boxes()) {
            assertTrue(b.x() >= 0 && b.x() + b.width() <= d.width(), "box inside horizontally: " + b);
            assertTrue(b.y() >= 0 && b.y() + b.height() <= d.height(), "box inside vertically: " + b);
            assertTrue(b.width() >= 7 * b.name().length(), "label fits: " + b);
        }
        for (CircuitShape.Wire w : d.wires()) {
            assertTrue(w.x1() == w.x2() || w.y1() == w.y2(), "wires are horizontal or vertical: " + w);
        }
    }

    @Test
    void seriesSideBySideParallelStacked() {
        CircuitShape.Drawing d = draw("R0-p(R1,CPE1)-CPE2");
        CircuitShape.Box r0 = d.boxes().get(0);
        CircuitShape.Box r1 = d.boxes().get(1);
        CircuitShape.Box cpe1 = d.boxes().get(2);
        CircuitShape.Box cpe2 = d.boxes().get(3);
        assertTrue(r1.x() > r0.x() + r0.width(), "parallel group right of R0");
        assertTrue(cpe1.y() >= r1.y() + r1.height(), "CPE1 below R1 (parallel)");
        assertTrue(cpe2.x() > Math.max(r1.x() + r1.width(), cpe1.x() + cpe1.width()), "CPE2 after the group");
        // terminals and series elements sit on the mid line, between the two parallel branches
        assertEquals(d.mid(), r0.y() + r0.height() / 2);
        assertEquals(d.mid(), cpe2.y() + cpe2.height() / 2);
        assertTrue(d.mid() > r1.y() + r1.height() / 2 && d.mid() < cpe1.y() + cpe1.height() / 2);
        // two rails of the parallel group join the branch lines
        long rails = d.wires().stream().filter(w -> w.x1() == w.x2()).count();
        assertEquals(2, rails);
    }

    @Test
    void nestedGroupIsWiderThanItsContents() {
        CircuitShape.Drawing flat = draw("R0-R1");
        CircuitShape.Drawing nested = draw("R0-p(R1,C1-p(R2,C2))");
        assertTrue(nested.height() > 2 * flat.height(), "three branch levels stacked");
        assertTrue(nested.width() > flat.width());
    }
}
