package org.interphase.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.interphase.model.util.DoubleArrays;
import org.junit.jupiter.api.Test;

class DoubleArraysTest {

    @Test
    void roundTripsFullPrecision() {
        double[] v = { 1e-10, Math.PI, -0.0, 12345.678, Double.NaN };
        assertArrayEquals(v, DoubleArrays.parse(DoubleArrays.format(v)));
    }

    @Test
    void blankIsEmpty() {
        assertEquals(0, DoubleArrays.parse("  ").length);
    }

    @Test
    void badTokenNamesPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DoubleArrays.parse("1 2 x"));
        assertEquals("not a number at position 3: 'x'", e.getMessage());
    }
}
