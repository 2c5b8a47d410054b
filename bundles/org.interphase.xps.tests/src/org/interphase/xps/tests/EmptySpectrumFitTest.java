package org.interphase.xps.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.interphase.core.api.ImportException;
import org.interphase.xps.api.XpsCommands;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13 item 11: a spectrum of zeros or negatives is refused, never a "converged" fit with chi2 0. */
class EmptySpectrumFitTest {

    @TempDir
    Path tmp;

    /** The shared SPECS P 2p export with every intensity replaced by {@code value}. */
    private Path specsWithIntensity(String value) throws Exception {
        List<String> lines = Files.readAllLines(SharedData.xps("specs/mm-specs.xy"), StandardCharsets.ISO_8859_1);
        String text = lines.stream().map(l -> {
            String[] f = l.trim().split("\\s+");
            return l.startsWith("#") || f.length < 2 ? l : f[0] + "  " + value + (f.length > 2 ? "  " + f[2] : "");
        }).collect(Collectors.joining("\n", "", "\n"));
        return Files.writeString(tmp.resolve("flat.xy"), text, StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "-12.5" })
    void aSpectrumWithoutPositiveIntensityIsRefused(String value) throws Exception {
        Path file = specsWithIntensity(value);
        ImportException e = assertThrows(ImportException.class,
                () -> XpsCommands.fit(file, "p 2p", List.of("LixP", "PS4")));
        assertEquals("flat.xy: region 'P 2p': no positive intensity: all 401 points are zero or negative, so there"
                + " is no peak to fit (an empty or background-subtracted export?)", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "-1" })
    void thePeakFitterRefusesItToo(String value) {
        double[] x = { 1, 2, 3, 4, 5 };
        double[] y = { 0, 0, Double.parseDouble(value), 0, 0 };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> org.interphase.xps.api.PeakFitter.fit(x, y, null, null));
        assertTrue(e.getMessage().startsWith("no positive intensity"), e.getMessage());
    }
}
