package org.interphase.tomo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.interphase.tomo.api.TomoCommands;
import org.junit.jupiter.api.Test;

/** The headless {@code tomo-profile} command: JSON-ready output and argument errors. */
class CommandsTest {

    @Test
    void fixedThresholdAlongY() throws Exception {
        Path mask = SharedData.ucl().resolve("mask_1.tif");
        int[] px = SharedData.imageIoPixels(mask);
        Map<String, Object> out = TomoCommands.tomoProfile(List.of(mask.toString(), "--threshold", "100", "--axis", "y"));
        assertEquals("value", out.get("thresholdMethod"));
        assertEquals(100.0, out.get("threshold"));
        assertEquals("y", out.get("axis"));
        assertEquals(List.of(1, 576, 576), out.get("dims"));
        List<?> rows = (List<?>) out.get("perSliceFractionAbove");
        assertEquals(576, rows.size());
        for (int y = 0; y < 576; y++) {
            int n = 0;
            for (int x = 0; x < 576; x++) {
                n += px[y * 576 + x] > 100 ? 1 : 0;
            }
            assertEquals(n / 576.0, (double) rows.get(y), 1e-15, "row " + y);
        }
        assertEquals(76433 / 331776.0, (double) out.get("fractionAbove"), 1e-15);
    }

    @Test
    void badArgumentsExplainUsage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TomoCommands.tomoProfile(List.of("x.tif", "--axis", "w")));
        assertEquals("unknown axis 'w'; usage: " + TomoCommands.PROFILE_USAGE, e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TomoCommands.tomoProfile(List.of("--threshold")));
        assertEquals("--threshold needs a value; usage: " + TomoCommands.PROFILE_USAGE, e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TomoCommands.tomoProfile(List.of()));
        assertEquals("missing FILE_OR_DIR; usage: " + TomoCommands.PROFILE_USAGE, e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TomoCommands.tomoProfile(
                List.of(SharedData.ucl().resolve("mask_1.tif").toString(), "--threshold", "NaN")));
        assertEquals("threshold must be finite, got 'NaN'; usage: " + TomoCommands.PROFILE_USAGE, e.getMessage());
    }
}
