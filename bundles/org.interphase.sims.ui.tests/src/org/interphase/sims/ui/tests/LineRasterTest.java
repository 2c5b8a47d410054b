package org.interphase.sims.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.interphase.sims.ui.internal.compare.LineRaster;
import org.junit.jupiter.api.Test;

/** The overlay's rasteriser: Bresenham pixel counts and Liang-Barsky clipping. */
class LineRasterTest {

    private static int drawn(LineRaster r) {
        int n = 0;
        for (byte b : r.mask()) {
            n += b != 0 ? 1 : 0;
        }
        return n;
    }

    @Test
    void segmentsClippedAndCounted() {
        LineRaster r = new LineRaster(20, 10);
        r.segment(0, 0, 9, 0, 0x123456);
        assertEquals(10, drawn(r), "horizontal: one pixel per column");
        assertEquals(0x123456, r.rgb()[5]);
        r.clear();
        r.segment(2, 1, 8, 7, 1);
        assertEquals(7, drawn(r), "45 degrees: max(|dx|, |dy|) + 1 pixels");
        assertEquals(1, r.rgb()[4 * 20 + 5]);
        r.clear();
        r.segment(-100, -5, -1, -50, 1);
        assertEquals(0, drawn(r), "outside: nothing");
        r.clear();
        r.segment(-1000, 5, 1000, 5, 1);
        assertEquals(20, drawn(r), "a long line is clipped to the 20 columns");
        r.clear();
        r.segment(5, -1e9, 5, 1e9, 1);
        assertEquals(10, drawn(r), "vertical through the whole height");
    }
}
