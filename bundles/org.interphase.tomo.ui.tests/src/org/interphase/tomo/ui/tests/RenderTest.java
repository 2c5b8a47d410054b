package org.interphase.tomo.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.interphase.tomo.api.Volume;
import org.interphase.tomo.api.DataType;
import org.interphase.tomo.api.ArrayVolume;
import org.interphase.tomo.api.Histogram;
import org.interphase.tomo.ui.internal.render.ColourMap;
import org.interphase.tomo.ui.internal.render.Numbers;
import org.interphase.tomo.ui.internal.render.PhaseColours;
import org.interphase.tomo.ui.internal.render.SampledHistogram;
import org.interphase.tomo.ui.internal.render.SliceRenderer;
import org.interphase.tomo.ui.internal.render.WindowLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Colour maps, window/level, rendering to SWT image data and the sampled histogram (no display needed). */
class RenderTest {

    @Test
    void greyAndInvertedAreLinearRamps() {
        for (int i = 0; i < 256; i++) {
            assertEquals(new RGB(i, i, i), ColourMap.GREY.rgb(i));
            assertEquals(new RGB(255 - i, 255 - i, 255 - i), ColourMap.INVERTED.rgb(i));
        }
    }

    /** Viridis end points and mid point as published (matplotlib: #440154, #21918c at 0.5, #fde725). */
    @Test
    void viridisStopsAndMonotonicLightness() {
        assertEquals(new RGB(68, 1, 84), ColourMap.VIRIDIS.rgb(0));
        assertEquals(new RGB(253, 231, 37), ColourMap.VIRIDIS.rgb(255));
        RGB mid = ColourMap.VIRIDIS.rgb(128);
        assertEquals(33, mid.red, 2);
        assertEquals(145, mid.green, 2);
        assertEquals(140, mid.blue, 2);
        double previous = -1;
        for (int i = 0; i < 256; i++) {
            RGB c = ColourMap.VIRIDIS.rgb(i);
            double luma = 0.2126 * c.red + 0.7152 * c.green + 0.0722 * c.blue; // Rec. 709 luma
            assertTrue(luma >= previous - 1e-9, "lightness rises at " + i);
            previous = luma;
        }
    }

    @Test
    void windowMapsEdgesAndNaN() {
        WindowLevel w = new WindowLevel(10, 20);
        assertEquals(15, w.centre());
        assertEquals(10, w.width());
        assertEquals(0, w.index(Float.NaN));
        assertEquals(0, w.index(-5));
        assertEquals(0, w.index(10));
        assertEquals(128, w.index(15));
        assertEquals(255, w.index(20));
        assertEquals(255, w.index(1e9f));
        byte[] idx = w.indices(new float[] { 5, 12.5f, 17.5f, 25, Float.POSITIVE_INFINITY });
        assertArrayEquals(new int[] { 0, 64, 192, 255, 255 }, unsigned(idx));
        assertThrows(IllegalArgumentException.class, () -> new WindowLevel(3, 3));
        assertThrows(IllegalArgumentException.class, () -> new WindowLevel(Double.NaN, 3));
    }

    /** 1000 voxels uniform on 0..999 (integer bins): the 0.5 / 99.5 percentiles are 4 and 994. */
    @Test
    void percentileWindowOfUniformHistogram() {
        long[] c = new long[1000];
        java.util.Arrays.fill(c, 1);
        WindowLevel w = WindowLevel.percentiles(new Histogram(-0.5, 1, c, true), 0.5, 99.5);
        assertEquals(4, w.lower());
        assertEquals(994, w.upper());
        WindowLevel full = WindowLevel.percentiles(new Histogram(-0.5, 1, c, true), 0, 100);
        assertEquals(0, full.lower());
        assertEquals(999, full.upper());
        long[] single = new long[256];
        single[7] = 50;
        WindowLevel one = WindowLevel.percentiles(new Histogram(-0.5, 1, single, true), 0.5, 99.5);
        assertEquals(7, one.lower());
        assertEquals(8, one.upper(), "a single value still gets a valid window");
    }

    @Test
    void greyImageCarriesIndicesAndPalette() {
        float[] v = { 0, 100, 200, 255, 50, 150 };
        ImageData d = SliceRenderer.grey(v, 3, 2, new WindowLevel(0, 255), ColourMap.VIRIDIS);
        assertEquals(3, d.width);
        assertEquals(2, d.height);
        assertEquals(8, d.depth);
        int[] expected = { 0, 100, 200, 255, 50, 150 }; // floor(v * 256 / 255), 255 saturates
        for (int i = 0; i < 6; i++) {
            assertEquals(expected[i], d.getPixel(i % 3, i / 3));
        }
        assertEquals(ColourMap.VIRIDIS.rgb(255), d.palette.getRGB(d.getPixel(0, 1)));
        assertThrows(IllegalArgumentException.class, () -> SliceRenderer.grey(v, 4, 2, new WindowLevel(0, 1), ColourMap.GREY));
    }

    @Test
    void phasesOverlayAndComposite() {
        double[] t = { 10, 20 };
        assertEquals(0, SliceRenderer.phase(10, t), "at the threshold is below");
        assertEquals(1, SliceRenderer.phase(10.5f, t));
        assertEquals(2, SliceRenderer.phase(21, t));
        assertEquals(0, SliceRenderer.phase(Float.NaN, t));
        float[] v = { 5, 15, 25, 5 };
        ImageData o = SliceRenderer.overlay(v, 2, 2, t, new boolean[] { true, false, true });
        assertEquals(PhaseColours.ALPHA, o.getAlpha(0, 0));
        assertEquals(0, o.getAlpha(1, 0), "phase 1 hidden");
        assertEquals(PhaseColours.ALPHA, o.getAlpha(0, 1));
        ImageData base = SliceRenderer.grey(new float[] { 0, 0, 255, 255 }, 2, 2, new WindowLevel(0, 255), ColourMap.GREY);
        ImageData c = SliceRenderer.composite(base, o);
        assertEquals(24, c.depth);
        RGB p0 = c.palette.getRGB(c.getPixel(0, 0));
        RGB red = PhaseColours.of(0);
        int a = PhaseColours.ALPHA;
        assertEquals(red.red * a / 255, p0.red, "black blended with the void colour");
        assertEquals(new RGB(0, 0, 0), c.palette.getRGB(c.getPixel(1, 0)), "hidden phase leaves the slice");
        RGB p2 = c.palette.getRGB(c.getPixel(0, 1));
        RGB yellow = PhaseColours.of(2);
        assertEquals((255 * (255 - a) + yellow.blue * a) / 255, p2.blue);
        assertEquals("void (≤ 10)", PhaseColours.label(0, t));
        assertEquals("phase 2 (> 20)", PhaseColours.label(2, t));
    }

    @ParameterizedTest
    @EnumSource(ColourMap.class)
    void everyMapHas256Colours(ColourMap m) {
        assertEquals(256, m.lut().length);
        assertEquals(m, ColourMap.byLabel(m.label()));
    }

    @Test
    void numbers() {
        assertEquals("91", Numbers.format(91.0));
        assertEquals("2.5", Numbers.format(2.5));
        assertEquals("0.333333", Numbers.format(1 / 3.0));
        assertEquals(50, Numbers.nice(73));
        assertEquals(100, Numbers.nice(199.9), 1e-12, "largest 1-2-5 value not above the target");
        assertEquals(200, Numbers.nice(250), 1e-12);
        assertEquals(0.1, Numbers.nice(0.13), 1e-15);
    }

    /** The sampled histogram counts exactly when all slices are read, and samples evenly otherwise. */
    @Test
    void sampledHistogramOfSyntheticVolume() throws Exception {
        int nz = 10;
        float[] data = new float[nz * 2 * 3];
        for (int z = 0; z < nz; z++) {
            for (int i = 0; i < 6; i++) {
                data[z * 6 + i] = z; // slice z holds the value z everywhere
            }
        }
        ArrayVolume v = ArrayVolume.of(nz, 2, 3, DataType.UINT8, data);
        SampledHistogram all = SampledHistogram.compute(v, 32, null);
        assertTrue(all.exact());
        assertEquals(256, all.histogram().bins());
        for (int z = 0; z < nz; z++) {
            assertEquals(6, all.histogram().counts()[z]);
        }
        SampledHistogram some = SampledHistogram.compute(v, 5, null);
        assertEquals(5, some.slicesRead());
        assertEquals(30, some.histogram().total());
        assertEquals(6, some.histogram().counts()[1], "evenly spaced picks 1, 3, 5, 7, 9");
        assertEquals(0, some.histogram().counts()[0]);
    }

    private static int[] unsigned(byte[] b) {
        int[] out = new int[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = b[i] & 0xFF;
        }
        return out;
    }
}
