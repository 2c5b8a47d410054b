package org.interphase.xps.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.interphase.model.AnalysisResult;
import org.interphase.model.Cell;
import org.interphase.model.Interface;
import org.interphase.model.Interphase;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultFlag;
import org.interphase.model.ResultParameter;
import org.interphase.model.XpsSpectrum;
import org.interphase.xps.api.XpsCommands;
import org.interphase.xps.api.XpsResults;
import org.interphase.xps.internal.commands.XpsFitCommand;
import org.junit.jupiter.api.Test;

/**
 * The XPS result builder on the headless path ({@code xps-fit} as {@code batch run} stores it): a component
 * whose area ends on its bound is flagged with an undefined σ (the report no longer says "PS4 fraction 0 ± 0 %"),
 * fractions carry the key {@code SPECIES_FRACTION/species/region} and link the interface's interphase.
 */
class XpsResultsTest {

    @SuppressWarnings("unchecked")
    @Test
    void headlessFitStoresFlagsKeysAndLinks() throws Exception {
        Path file = SharedData.xps("specs/mm-specs.xy");
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        Cell cell = f.createCell();
        Interface iface = f.createInterface();
        Interphase li3p = f.createInterphase();
        li3p.setSpecies("Li3P");
        iface.getInterphases().add(li3p);
        cell.getInterfaces().add(iface);
        XpsSpectrum m = f.createXpsSpectrum();
        m.setSha256("abc");
        m.setInterface(iface);
        cell.getMeasurements().add(m);
        List<String> args = List.of(file.toString(), "--region", "P 2p", "--species", "Li3P", "--species", "LixP",
                "--species", "PS4");
        AnalysisResult a = new XpsFitCommand().analyse(m, args).get(0);
        assertEquals(XpsResults.FIT, a.getAlgorithmId());
        assertFalse(a.getAlgorithmVersion().isBlank());
        assertTrue(a.getInputs().contains("sha256:abc"));
        // the independent reference: the command's JSON names which areas ended on their bound
        Map<String, Object> json = XpsCommands.fit(file, "P 2p", List.of("Li3P", "LixP", "PS4"));
        int flagged = 0;
        for (Map<String, Object> c : (List<Map<String, Object>>) json.get("components")) {
            String name = (String) c.get("name");
            ResultParameter p = parameter(a, name + " fraction of P 2p");
            assertEquals(QuantityKind.SPECIES_FRACTION, p.getQuantity());
            assertEquals("SPECIES_FRACTION/" + name + "/P 2p", p.getQuantityKey());
            assertEquals((Double) c.get("areaPercent"), p.getValue(), 1e-9);
            if (Boolean.TRUE.equals(c.get("areaAtBound"))) {
                flagged++;
                assertTrue(p.getFlags().contains(ResultFlag.AT_BOUND), name + ": " + p.getFlags());
                assertTrue(p.getFlags().contains(ResultFlag.SIGMA_UNDEFINED));
                assertTrue(Double.isNaN(p.getStandardError()), name + " at its bound has no sigma");
            } else {
                assertFalse(p.getFlags().contains(ResultFlag.AT_BOUND), name);
                assertFalse(p.getStandardError() == 0.0, name + ": a measured sigma is never exactly 0");
            }
            ResultParameter pos = parameter(a, name + " position");
            assertEquals(Boolean.TRUE.equals(c.get("positionAtBound")), pos.getFlags().contains(ResultFlag.AT_BOUND),
                    name + " position: " + pos.getFlags());
        }
        assertTrue(flagged >= 1, "PS4 has nothing to fit in this spectrum: its area ends on 0");
        assertSame(li3p, parameter(a, "Li3P fraction of P 2p").getInterphase());
        assertSame(iface, parameter(a, "LixP fraction of P 2p").getInterface());
    }

    private static ResultParameter parameter(AnalysisResult r, String name) {
        return r.getParameters().stream().filter(p -> p.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no parameter " + name + " in " + r.getParameters().stream()
                        .map(ResultParameter::getName).toList()));
    }
}
