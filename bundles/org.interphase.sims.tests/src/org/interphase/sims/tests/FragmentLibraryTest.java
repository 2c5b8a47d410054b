package org.interphase.sims.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hipparchus.special.Erf;
import org.interphase.model.Polarity;
import org.interphase.sims.api.DepthProfiles;
import org.interphase.sims.api.FragmentLibrary;
import org.interphase.sims.api.IonMass;
import org.interphase.sims.api.ProfileData;
import org.interphase.sims.api.SignalData;
import org.interphase.sims.internal.math.ErfTable;
import org.interphase.sims.internal.math.FastErf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FragmentLibraryTest {

    @TempDir
    Path dir;

    @Test
    void shippedLibraryHasSourcesAndMasses() throws Exception {
        FragmentLibrary lib = FragmentLibrary.shipped();
        for (String label : List.of("LiS-", "PS-", "PO_2-", "PO_3-", "SO_3-", "LiF_2-", "Cl-", "NiO-", "CoO_2-")) {
            assertTrue(lib.fragments().stream().anyMatch(f -> f.label().equals(label)), label);
        }
        for (FragmentLibrary.Fragment f : lib.fragments()) {
            assertFalse(f.source().isBlank(), f.label());
            assertTrue(f.exactMass().isPresent(), "exact mass of " + f.label());
            assertTrue(f.name().polarity() != Polarity.UNKNOWN, f.label());
        }
        assertEquals(3, lib.search("phosphate").size());
    }

    /** Exact masses against hand sums (AME2020 nuclides, electron added for anions). */
    @Test
    void exactMasses() {
        assertEquals(30.973762 + 3 * 15.994915 + IonMass.ELECTRON, IonMass.of("PO_3-").orElseThrow(), 1e-9);
        assertEquals(78.959056, IonMass.of("PO_3-").orElseThrow(), 2e-6);
        assertEquals(13.003355 + 5 * 1.007825 + 2 * 14.003074 - IonMass.ELECTRON,
                IonMass.of("^13CH_5N_2+").orElseThrow(), 1e-9);
        assertTrue(IonMass.of("Xx-").isEmpty());
        assertTrue(IonMass.of("total").isEmpty());
    }

    /**
     * The exported m/z (SurfaceLab peak centres, calibrated by the instrument) agree with the exact masses to
     * 0.005 u + 300 ppm (the exported peak centres drift from the exact masses by up to ~160 ppm, e.g.
     * CH_5N_2I_2- 298.9013 vs 298.8548; the worst is printed).
     */
    @Test
    void agreesWithExportedMasses() throws Exception {
        int checked = 0;
        double worstPpm = 0;
        for (String file : List.of(SharedData.POS, SharedData.NEG)) {
            ProfileData d = DepthProfiles.readData(SharedData.profile(file));
            for (SignalData s : d.signals()) {
                var exact = IonMass.of(s.label());
                if (s.massToCharge().isPresent() && exact.isPresent()) {
                    double m = exact.getAsDouble();
                    double dev = Math.abs(m - s.massToCharge().getAsDouble());
                    worstPpm = Math.max(worstPpm, 1e6 * dev / m);
                    assertEquals(m, s.massToCharge().getAsDouble(), 0.005 + 3e-4 * m, s.label());
                    checked++;
                }
            }
        }
        assertTrue(checked > 50, "checked " + checked);
        System.out.printf("[sims masses] %d exported m/z checked, worst deviation %.0f ppm%n", checked, worstPpm);
    }

    @Test
    void editedLibraryAndErrors() throws Exception {
        Path f = dir.resolve("mine.json");
        Files.writeString(f, "{\"formatVersion\":1,\"fragments\":[{\"label\":\"PO_3-\",\"species\":\"Li3PO4\","
                + "\"category\":\"x\",\"source\":\"own\"}]}");
        FragmentLibrary lib = FragmentLibrary.load(f);
        assertEquals(1, lib.fragments().size());
        ProfileData d = DepthProfiles.readData(SharedData.profile(SharedData.NEG));
        assertEquals(List.of("PO_3-"), lib.matching(d).stream().map(SignalData::label).toList());
        Files.writeString(f, "{\"fragments\":[{\"label\":\"PO_3-\"}]}");
        IOException e = assertThrows(IOException.class, () -> FragmentLibrary.load(f));
        assertTrue(e.getMessage().contains("fragment 1 needs a label and a source"), e.getMessage());
        Files.writeString(f, "[1,2");
        assertThrows(IOException.class, () -> FragmentLibrary.load(f));
    }

    /** The fast erfc used in fits matches Hipparchus' to 1e-15 absolute over the useful range. */
    @Test
    void fastErfc() {
        for (double x = -8; x <= 8; x += 0.00713) {
            assertEquals(Erf.erfc(x), FastErf.erfc(x), 1e-15, "x = " + x);
            // the tabulated Taylor erfc of the fit loop: absolute accuracy, including at the table's nodes
            assertEquals(Erf.erfc(x), ErfTable.erfc(x), 1e-15, "x = " + x);
        }
        for (int i = -200; i <= 200; i++) {
            assertEquals(Erf.erfc(i / 32.0 + 1 / 64.0), ErfTable.erfc(i / 32.0 + 1 / 64.0), 1e-15);
        }
    }
}
