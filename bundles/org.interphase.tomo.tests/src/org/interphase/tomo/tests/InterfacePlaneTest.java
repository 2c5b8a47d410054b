package org.interphase.tomo.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.interphase.model.Cell;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Layer;
import org.interphase.tomo.api.ArrayVolume;
import org.interphase.tomo.api.Axis;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.InterfaceQuantities;
import org.interphase.tomo.api.LayerStack;
import org.interphase.tomo.api.Progress;
import org.interphase.tomo.api.Roi;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.Volumes;
import org.junit.jupiter.api.Test;

/** Interface planes placed from the cell's layer thicknesses, and the quantities measured on them. */
class InterfacePlaneTest {

    static Cell cell() {
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        Cell c = f.createCell();
        for (String[] l : new String[][] { { "Li", "20" }, { "LPSCl", "30" }, { "Li top", "20" } }) {
            Layer layer = f.createLayer();
            layer.setName(l[0]);
            layer.setThicknessUm(Double.parseDouble(l[1]));
            c.getLayers().add(layer);
        }
        Interface lower = f.createInterface();
        lower.setName("Li | LPSCl");
        lower.setLower(c.getLayers().get(0));
        lower.setUpper(c.getLayers().get(1));
        c.getInterfaces().add(lower);
        return c;
    }

    @Test
    void planesFollowTheCumulativeThicknesses() {
        Cell c = cell();
        // z edge 2 µm, first layer starts 4 µm above slice 0: interfaces at 24 µm (slice 12) and 54 µm (27)
        List<LayerStack.Plane> planes = LayerStack.planes(c, 4, 2, 30);
        assertEquals(2, planes.size());
        assertEquals("Li | LPSCl", planes.get(0).name());
        assertEquals(24, planes.get(0).positionUm(), 1e-12);
        assertEquals(12, planes.get(0).index());
        assertTrue(planes.get(0).inside());
        assertSame(c.getInterfaces().get(0), planes.get(0).iface().orElseThrow());
        assertEquals(54, planes.get(1).positionUm(), 1e-12);
        assertEquals(27, planes.get(1).index());
        assertTrue(planes.get(1).iface().isEmpty(), "the cell has no Interface object for the upper pair");
        assertFalse(LayerStack.planes(c, 4, 2, 27).get(1).inside());
        // 2.5 µm edge: 24 / 2.5 = 9.6 -> slice 10
        assertEquals(10, LayerStack.planes(c, 4, 2.5, 30).get(0).index());
        c.getLayers().get(1).setThicknessUm(0);
        assertThrows(IllegalArgumentException.class, () -> LayerStack.planes(c, 0, 1, 10));
    }

    /**
     * 30 slices of 12 x 12; solid 200, voids 10: a 3 x 3 void on slices 11-13 (27 voxels) and a 2 x 1 void on
     * slice 12 (2 voxels) plus one on slice 20 (outside the slab). Plane 12: 11 void voxels of 144.
     */
    @Test
    void contactVoidFractionAndVoidsInTheSlab() throws Exception {
        ArrayVolume v = ArrayVolume.of(30, 12, 12, DataType.UINT8, (z, y, x) -> {
            boolean a = z >= 11 && z <= 13 && x >= 2 && x < 5 && y >= 2 && y < 5;
            boolean b = z == 12 && y == 8 && x >= 8 && x < 10;
            boolean c = z == 20 && x == 1 && y == 1;
            return a || b || c ? 10 : 200;
        });
        InterfaceQuantities q = InterfaceQuantities.measure(v, Axis.Z, 12, 2, 100, Roi.WHOLE, Progress.NONE);
        assertEquals(1 - 11.0 / 144, q.contact().fraction(), 1e-15);
        assertEquals(10, q.slabFrom());
        assertEquals(14, q.slabTo());
        assertEquals(29.0 / (5 * 144), q.voidFraction(), 1e-15);
        assertArrayEquals(new long[] { 27, 2 }, q.voids().sizes());
        // a ROI that leaves out the small void
        InterfaceQuantities r = InterfaceQuantities.measure(v, Axis.Z, 12, 2, 100, new Roi.Rectangle(0, 0, 6, 12),
                Progress.NONE);
        assertArrayEquals(new long[] { 27 }, r.voids().sizes());
        assertEquals(1 - 9.0 / 72, r.contact().fraction(), 1e-15);
        // slab clipped at the volume's end
        assertEquals(29, InterfaceQuantities.measure(v, Axis.Z, 29, 3, 100, Roi.WHOLE, Progress.NONE).slabTo());
        // the same plane seen along y (plane y = 3 crosses void a)
        InterfaceQuantities side = InterfaceQuantities.measure(v, Axis.Y, 3, 1, 100, new Roi.Rectangle(0, 0, 6, 12),
                Progress.NONE);
        assertEquals(1 - 9.0 / (30 * 6), side.contact().fraction(), 1e-15);
        assertArrayEquals(new long[] { 27 }, side.voids().sizes());
    }

    @Test
    void croppedVolumesEqualTheirSource() throws Exception {
        ArrayVolume v = ArrayVolume.of(7, 6, 5, DataType.FLOAT32, (z, y, x) -> 100 * z + 10 * y + x);
        for (Axis crop : Axis.values()) {
            Volume c = Volumes.crop(v, crop, 1, 4);
            assertEquals(3, c.size(crop));
            for (Axis a : Axis.values()) {
                float[] s = new float[c.sliceLength(a)];
                int[] shape = c.sliceShape(a);
                for (int i = 0; i < c.size(a); i++) {
                    c.readSlice(a, i, s);
                    for (int r = 0; r < shape[0]; r++) {
                        for (int col = 0; col < shape[1]; col++) {
                            int[] zyx = switch (a) {
                                case Z -> new int[] { i, r, col };
                                case Y -> new int[] { r, i, col };
                                case X -> new int[] { r, col, i };
                            };
                            zyx[crop.ordinal()] += 1;
                            assertEquals(v.get(zyx[0], zyx[1], zyx[2]), s[r * shape[1] + col], crop + " crop, " + a + " slice");
                        }
                    }
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Volumes.crop(v, Axis.Z, 3, 3));
        // materialising a lazy view gives the same voxels in memory
        ArrayVolume copy = ArrayVolume.copyOf(Volumes.crop(v, Axis.Y, 2, 5), Progress.NONE);
        assertEquals(3, copy.sizeY());
        assertEquals(v.get(6, 4, 3), copy.get(6, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> ArrayVolume.of(2, 2, 2, DataType.UINT8, new float[7]));
    }
}
