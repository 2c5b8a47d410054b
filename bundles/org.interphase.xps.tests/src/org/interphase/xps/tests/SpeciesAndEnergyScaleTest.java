package org.interphase.xps.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.interphase.model.AnalysisResult;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.XpsRegion;
import org.interphase.model.XpsSpectrum;
import org.interphase.xps.api.BackgroundSpec;
import org.interphase.xps.api.ChargeCorrection;
import org.interphase.xps.api.EnergyKind;
import org.interphase.xps.api.EnergyScale;
import org.interphase.xps.api.FitOptions;
import org.interphase.xps.api.FitResult;
import org.interphase.xps.api.IntensityUnit;
import org.interphase.xps.api.Peak;
import org.interphase.xps.api.PeakFitter;
import org.interphase.xps.api.PeakModel;
import org.interphase.xps.api.Species;
import org.interphase.xps.api.SpeciesLibrary;
import org.interphase.xps.api.SpeciesModels;
import org.interphase.xps.api.XpsRegionData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped species library, species-to-component constraints, and charge correction with audit trail. */
class SpeciesAndEnergyScaleTest {

    @Test
    void libraryCoversDomainSpeciesWithSources() throws IOException {
        SpeciesLibrary lib = SpeciesLibrary.shipped();
        assertFalse(lib.version().isBlank());
        Map<String, List<String>> required = Map.of("S 2p", List.of("Li2S", "PS4", "P2Sx", "S8", "SO3", "SO4"),
                "P 2p", List.of("Li3P", "LixP", "PS4", "P2S7", "PO4"), "Li 1s", List.of("Li+"), "Cl 2p",
                List.of("LiCl"), "O 1s", List.of("Li2O", "LiOH", "Li2CO3", "POxSOx", "lattice"), "F 1s",
                List.of("LiF"), "C 1s", List.of("CC", "CO3"));
        required.forEach((level, labels) -> labels.forEach(l -> assertTrue(lib.find(level, l).isPresent(), level + "/" + l)));
        for (Species s : lib.species()) {
            assertTrue(s.beMin() <= s.beDefault() && s.beDefault() <= s.beMax(), s.id());
            assertTrue(s.fwhmMin() <= s.fwhmDefault() && s.fwhmDefault() <= s.fwhmMax(), s.id());
            for (String src : List.of(s.beSource(), s.fwhmSource(), s.lineShapeSource())) {
                assertFalse(src.isBlank(), s.id());
            }
            s.doublet().ifPresent(d -> assertFalse(d.splittingSource().isBlank() || d.ratioSource().isBlank()));
        }
        Species.DoubletRule s2p = lib.find("S 2p", "Li2S").orElseThrow().doublet().orElseThrow();
        assertEquals(1.18, s2p.splitting(), 0);
        assertEquals(0.5, s2p.ratio(), 0);
        assertEquals(0.86, lib.find("p2p", "ps4").orElseThrow().doublet().orElseThrow().splitting(), 0);
        assertEquals(2.0 / 3, lib.find("In 3d", "In0").orElseThrow().doublet().orElseThrow().ratio(), 1e-12);
        assertTrue(lib.find("O 1s", "LiOH").orElseThrow().doublet().isEmpty());
    }

    @Test
    void editedLibraryIsCheckedForSources(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("lib.json");
        Files.writeString(f, """
                {"version":"x","coreLevels":[{"name":"S 2p","fwhm":{"default":1,"min":0.5,"max":2,"source":"me"}}],
                 "species":[{"coreLevel":"S 2p","label":"A","be":{"min":1,"max":2,"default":1.5},
                             "lineShape":{"value":"GL(30)","source":"me"}}]}""");
        IOException e = assertThrows(IOException.class, () -> SpeciesLibrary.load(f));
        assertTrue(e.getMessage().contains("species 1") && e.getMessage().contains("source"), e.getMessage());
    }

    /** Picking Li2S and PS4 for the synthetic S 2p spectrum gives doublets that fit back the known values. */
    @Test
    void pickedSpeciesFitSyntheticS2p() throws IOException {
        SpeciesLibrary lib = SpeciesLibrary.shipped();
        List<Species> picked = List.of(lib.find("S 2p", "Li2S").orElseThrow(), lib.find("S 2p", "PS4").orElseThrow());
        PeakModel m = SpeciesModels.model(Synthetic.x(), Synthetic.clean(), picked, BackgroundSpec.shirley(0));
        Peak li2s = m.peak("Li2S").orElseThrow();
        assertEquals(1.18, li2s.doublet().orElseThrow().splitting().value(), 0);
        assertTrue(li2s.doublet().orElseThrow().splitting().fixed());
        assertEquals(159.8 - SpeciesModels.DEFAULT_MARGIN, li2s.position().min(), 1e-12);
        FitResult r = PeakFitter.fit(Synthetic.x(), Synthetic.clean(), m, FitOptions.poisson(Synthetic.CPS_FACTOR));
        assertEquals(Synthetic.POS_A, r.component("Li2S").orElseThrow().position(), 2e-3);
        assertEquals(Synthetic.POS_B, r.component("PS4").orElseThrow().position(), 2e-3);
        assertEquals(Synthetic.AREA_B, r.component("PS4").orElseThrow().area(), 2e-3 * Synthetic.AREA_B);
    }

    static XpsRegionData c1s(double position) {
        int n = 201;
        double[] be = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            be[i] = 290 - 0.05 * i;
            y[i] = 100 + 2000 * Synthetic.GL30.value(be[i] - position, 1.1);
        }
        return new XpsRegionData("C 1s", "C", "1s", "block 0", 1486.6, EnergyKind.BINDING, be, y,
                IntensityUnit.COUNTS_PER_SECOND, Double.NaN, Double.NaN, Optional.empty(), List.of(), List.of(), Map.of());
    }

    @Test
    void chargeCorrectionByPeakAndByComponent() throws IOException {
        XpsRegionData r = c1s(285.33);
        ChargeCorrection byMax = EnergyScale.byPeakMaximum(r, 280, 290, "C 1s C-C", EnergyScale.ADVENTITIOUS_C1S);
        assertEquals(285.33, byMax.measuredEnergy(), 0.005, "parabolic refinement on a 0.05 eV grid");
        XpsRegionData corrected = EnergyScale.apply(r, byMax);
        ChargeCorrection again = EnergyScale.byPeakMaximum(corrected, 280, 290, "C 1s C-C", 284.8);
        assertEquals(0, again.shift(), 0.005);
        SpeciesLibrary lib = SpeciesLibrary.shipped();
        PeakModel m = SpeciesModels.model(r.bindingEnergy(), r.intensity(), List.of(lib.find("C 1s", "CC").orElseThrow()),
                BackgroundSpec.shirley(0));
        // the shipped CC bounds (284.6-285.0 +- 0.5) contain 285.33
        FitResult fit = PeakFitter.fit(r.bindingEnergy(), r.intensity(), m, FitOptions.poisson(1));
        ChargeCorrection byFit = EnergyScale.byComponent(fit, "CC", "C 1s", "C 1s C-C", 284.8);
        assertEquals(284.8 - 285.33, byFit.shift(), 1e-4);
        assertThrows(IllegalArgumentException.class, () -> EnergyScale.byComponent(fit, "nope", "C 1s", "x", 1));
        assertThrows(IllegalArgumentException.class, () -> EnergyScale.byPeakMaximum(r, 10, 20, "x", 1));
    }

    @Test
    void correctionIsRecordedPerSpectrumAsAuditTrail() {
        XpsSpectrum s = InterphaseFactory.eINSTANCE.createXpsSpectrum();
        for (String label : List.of("C 1s", "S 2p")) {
            XpsRegion r = InterphaseFactory.eINSTANCE.createXpsRegion();
            r.setLabel(label);
            r.setBindingEnergyStartEV(label.startsWith("C") ? 295 : 175);
            r.setBindingEnergyEndEV(label.startsWith("C") ? 285 : 155);
            s.getRegions().add(r);
        }
        ChargeCorrection first = EnergyScale.byPeakMaximum(c1s(285.3), 280, 290, "C 1s C-C", 284.8);
        AnalysisResult a = EnergyScale.apply(s, first);
        assertEquals(EnergyScale.ALGORITHM_ID, a.getAlgorithmId());
        assertEquals(175 + first.shift(), s.getRegions().get(1).getBindingEnergyStartEV(), 1e-12);
        ChargeCorrection second = new ChargeCorrection("PS4 S 2p3/2", 161.6, 161.5, "fitted component PS4", "S 2p",
                java.time.Instant.parse("2025-01-01T00:00:00Z"));
        EnergyScale.apply(s, second);
        List<ChargeCorrection> h = EnergyScale.history(s);
        assertEquals(2, h.size());
        assertEquals(first.shift(), h.get(0).shift(), 1e-12);
        assertEquals(second, h.get(1));
        double total = s.getAnalyses().get(1).getParameters().stream().filter(p -> p.getName().equals("totalShift"))
                .findFirst().orElseThrow().getValue();
        assertEquals(first.shift() + 0.1, total, 1e-12);
        assertEquals(175 + first.shift() + 0.1, s.getRegions().get(1).getBindingEnergyStartEV(), 1e-12);
        assertTrue(a.getSummary().contains("C 1s C-C"), a.getSummary());
    }
}
