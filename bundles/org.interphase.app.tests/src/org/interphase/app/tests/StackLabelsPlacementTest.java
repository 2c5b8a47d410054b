package org.interphase.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.app.editor.StackGeometry;
import org.interphase.app.editor.StackLabels;
import org.interphase.model.Cell;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Layer;
import org.junit.jupiter.api.Test;

/**
 * {@link StackLabels} without SWT, texts measured at 7 px a character and 17 px a line: the demo stack (Li 200 µm,
 * Li6PS5Cl 500 µm, NMC811 97 µm) whose cathode label does not fit its band goes to the column, where it and the
 * interface label "Li6PS5Cl | NMC811" at the band's lower edge are pushed apart; boxes never overlap.
 */
class StackLabelsPlacementTest {

    private static final InterphaseFactory F = InterphaseFactory.eINSTANCE;

    @Test
    void cathodeLabelAndInterfaceLabelAreSeparated() {
        Cell cell = F.createCell();
        Layer li = layer(cell, "Li foil", 200);
        Layer lpscl = layer(cell, "Li6PS5Cl separator", 500);
        Layer nmc = layer(cell, "NMC811 composite cathode", 97);
        iface(cell, "Li | Li6PS5Cl", li, lpscl);
        iface(cell, "Li6PS5Cl | NMC811", lpscl, nmc);
        StackGeometry g = StackGeometry.of(cell, 250);
        List<String[]> layers = g.bands().stream().map(b -> new String[] { b.layer().getName() + "  "
                + (int) b.layer().getThicknessUm() + " µm", b.layer().getName(), (int) b.layer().getThicknessUm() + " µm" })
                .toList();
        List<String[]> ifaces = g.lines().stream()
                .map(l -> new String[] { l.iface().getName(), "[Li2S, Li3P]" }).toList();
        List<StackLabels.Placed> placed = StackLabels.place(g, layers, ifaces, t -> 7 * t.length(), 17, 86, 41, 150, 430,
                27, 319);
        assertEquals(5, placed.size());
        StackLabels.Placed cathode = placed.stream().filter(p -> p.lines().get(0).startsWith("NMC811")).findFirst()
                .orElseThrow();
        assertTrue(cathode.x() > 86 + 150, "the cathode's label (217 px) does not fit the 150 px stack: in the column");
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                StackLabels.Placed a = placed.get(i);
                StackLabels.Placed b = placed.get(j);
                boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x() || a.y() + a.height() <= b.y()
                        || b.y() + b.height() <= a.y();
                assertTrue(apart, a + " overlaps " + b);
            }
            assertTrue(placed.get(i).y() >= 27 && placed.get(i).y() + placed.get(i).height() <= 319, placed.get(i) + " inside");
        }
        StackLabels.Placed inside = placed.stream().filter(p -> p.lines().get(0).startsWith("Li6PS5Cl separator"))
                .findFirst().orElseThrow();
        assertFalse(inside.moved(), "a label inside its band stays at its centre");
    }

    private static Layer layer(Cell cell, String name, double um) {
        Layer l = F.createLayer();
        l.setName(name);
        l.setThicknessUm(um);
        cell.getLayers().add(l);
        return l;
    }

    private static void iface(Cell cell, String name, Layer lower, Layer upper) {
        Interface i = F.createInterface();
        i.setName(name);
        i.setLower(lower);
        i.setUpper(upper);
        cell.getInterfaces().add(i);
    }
}
