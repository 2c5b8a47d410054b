package org.interphase.eis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.interphase.core.api.Hashes;
import org.interphase.eis.api.Circuit;
import org.interphase.eis.api.CnlsFitter;
import org.interphase.eis.api.EisReaders;
import org.interphase.eis.api.EisResults;
import org.interphase.eis.api.FitFlag;
import org.interphase.eis.api.FitOptions;
import org.interphase.eis.api.FitResult;
import org.interphase.eis.api.FitRun;
import org.interphase.eis.api.FittedParameter;
import org.interphase.eis.api.ImpedanceData;
import org.interphase.eis.api.Weighting;
import org.interphase.eis.internal.commands.EisBatchCommands;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.ImpedanceSpectrum;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultFlag;
import org.interphase.model.ResultParameter;
import org.junit.jupiter.api.Test;

/**
 * One result whichever path makes it: the {@code eis-fit} batch command's result (what {@code batch run}
 * stores) equals the editor's builder call ({@code ResultRecorder.toResult} = {@link EisResults#cnls}) on the
 * same fit, and fit flags reach the model (the Gamry fit's AT_BOUND is no longer only in a summary string).
 */
class ResultPathsTest {

    private static final String CIRCUIT = "L0-R0-p(R1,CPE1)-p(R2,CPE2)";

    @Test
    void headlessCommandAndEditorBuilderStoreTheSameResult() throws Exception {
        Path file = SharedData.eis(SharedData.DTA);
        ImpedanceSpectrum m = measurement(file);
        AnalysisResult headless = new EisBatchCommands.Fit().analyse(m, List.of(file.toString(), "--circuit", CIRCUIT,
                "--weighting", "modulus", "--starts", "16", "--tag", "R1=interfacial_resistance", "--tag",
                "R0=bulk_resistance")).get(0);

        // what the editor does on "Save": its own fit of the spectrum, then the builder
        ImpedanceData d = EisReaders.readFirst(file);
        Circuit c = Circuit.parse(CIRCUIT);
        FitOptions o = FitOptions.local(Weighting.MODULUS).withStarts(16);
        FitResult fit = CnlsFitter.fit(c, d, o);
        double[] x0 = fit.parameters().stream().mapToDouble(FittedParameter::initial).toArray();
        FitRun run = new FitRun(c, d, x0, o, fit, Map.of("R1", QuantityKind.INTERFACIAL_RESISTANCE, "R0",
                QuantityKind.BULK_RESISTANCE));
        AnalysisResult editor = EisResults.cnls(run, m, new Date());

        assertEquals("eis.cnls", headless.getAlgorithmId());
        assertFalse(headless.getAlgorithmVersion().isBlank());
        assertEquals(editor.getAlgorithmId(), headless.getAlgorithmId());
        assertEquals(editor.getAlgorithmVersion(), headless.getAlgorithmVersion());
        assertEquals(editor.getSettings(), headless.getSettings());
        assertEquals(editor.getInputs(), headless.getInputs());
        assertEquals(editor.getFlags(), headless.getFlags());
        assertEquals(editor.getParameters().size(), headless.getParameters().size());
        for (int i = 0; i < editor.getParameters().size(); i++) {
            ResultParameter e = editor.getParameters().get(i);
            ResultParameter h = headless.getParameters().get(i);
            String n = e.getName();
            assertEquals(n, h.getName());
            assertEquals(e.getValue(), h.getValue(), n);
            assertEquals(e.getStandardError(), h.getStandardError(), n);
            assertEquals(e.getLower95(), h.getLower95(), n);
            assertEquals(e.getUpper95(), h.getUpper95(), n);
            assertEquals(e.getUnit(), h.getUnit(), n);
            assertEquals(e.getQuantity(), h.getQuantity(), n);
            assertEquals(e.getQuantityKey(), h.getQuantityKey(), n);
            assertEquals(e.getFlags(), h.getFlags(), n);
            assertSame(m.getInterface(), h.getInterface(), n);
            assertSame(m.getCycleState(), h.getCycleState(), n);
        }
        assertEquals(QuantityKind.INTERFACIAL_RESISTANCE, parameter(headless, "R1").getQuantity());
        assertEquals("INTERFACIAL_RESISTANCE/R1", parameter(headless, "R1").getQuantityKey());
        assertEquals("Ohm", parameter(headless, "R1").getUnit());
    }

    @Test
    void fitFlagsAreStoredAndSigmaAtABoundIsUndefined() throws Exception {
        Path file = SharedData.eis(SharedData.DTA);
        ImpedanceSpectrum m = measurement(file);
        AnalysisResult r = new EisBatchCommands.Fit().analyse(m, List.of(file.toString(), "--circuit", CIRCUIT)).get(0);
        FitResult fit = CnlsFitter.fit(Circuit.parse(CIRCUIT), EisReaders.readFirst(file),
                FitOptions.local(Weighting.MODULUS).withStarts(16));
        assertEquals(Set.copyOf(EisResults.flags(fit.flags())), Set.copyOf(r.getFlags()), "run-level flags stored");
        int atBound = 0;
        for (FittedParameter p : fit.parameters()) {
            ResultParameter rp = parameter(r, p.name());
            Set<ResultFlag> expected = EnumSet.noneOf(ResultFlag.class);
            expected.addAll(EisResults.flags(p.flags()));
            if (p.has(FitFlag.AT_BOUND)) {
                atBound++;
                expected.add(ResultFlag.SIGMA_UNDEFINED);
                assertTrue(Double.isNaN(rp.getStandardError()), p.name() + " at a bound has no sigma");
                assertTrue(Double.isNaN(rp.getLower95()) && Double.isNaN(rp.getUpper95()));
            }
            assertTrue(rp.getFlags().containsAll(expected), p.name() + ": " + rp.getFlags() + " vs " + expected);
            assertFalse(rp.getStandardError() == 0.0 && !rp.isFixed(), p.name() + ": a free value never has sigma 0");
        }
        // default tags without --tag: resistors in parallel with a CPE are interfacial, R0 is bulk
        assertEquals(QuantityKind.INTERFACIAL_RESISTANCE, parameter(r, "R2").getQuantity());
        assertEquals(QuantityKind.BULK_RESISTANCE, parameter(r, "R0").getQuantity());
        assertTrue(atBound >= 0);
    }

    private static ImpedanceSpectrum measurement(Path file) throws Exception {
        InterphaseFactory f = InterphaseFactory.eINSTANCE;
        Cell cell = f.createCell();
        Interface iface = f.createInterface();
        CycleState cycle = f.createCycleState();
        cycle.setCycleNumber(3);
        cell.getInterfaces().add(iface);
        cell.getCycleStates().add(cycle);
        ImpedanceSpectrum m = f.createImpedanceSpectrum();
        m.setSourceUri(file.toUri().toString());
        m.setSha256(Hashes.sha256(file));
        m.setInterface(iface);
        m.setCycleState(cycle);
        cell.getMeasurements().add(m);
        return m;
    }

    private static ResultParameter parameter(AnalysisResult r, String name) {
        return r.getParameters().stream().filter(p -> p.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no parameter " + name));
    }
}
