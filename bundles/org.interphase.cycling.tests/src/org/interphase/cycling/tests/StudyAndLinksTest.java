package org.interphase.cycling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.interphase.core.api.Importers;
import org.interphase.cycling.api.CycleStateLinks;
import org.interphase.cycling.api.CycleSummary;
import org.interphase.cycling.api.CyclingAnalysis;
import org.interphase.cycling.api.CyclingFiles;
import org.interphase.cycling.api.CyclingResults;
import org.interphase.cycling.model.CyclingPackage;
import org.interphase.cycling.model.CyclingRecord;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Measurement;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultParameter;
import org.interphase.model.Study;
import org.interphase.model.persistence.StudyStore;
import org.interphase.model.technique.Techniques;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cycling record in a study: technique, save and reload, and results linked to the cell's cycle states. */
class StudyAndLinksTest {

    private static final InterphaseFactory F = InterphaseFactory.eINSTANCE;

    @TempDir
    Path dir;

    private static Cell cellWith(Measurement m, int... existingCycles) {
        Study study = F.createStudy();
        study.setName("cycling study");
        Cell cell = F.createCell();
        cell.setName("cell A");
        study.getCells().add(cell);
        for (int c : existingCycles) {
            CycleState s = F.createCycleState();
            s.setName("existing " + c);
            s.setCycleNumber(c);
            cell.getCycleStates().add(s);
        }
        cell.getMeasurements().add(m);
        return cell;
    }

    @Test
    void anImportedRecordIsOfTheCyclingTechniqueAndSurvivesSaveAndLoad() throws Exception {
        Measurement m = Importers.read(Samples.NEWARE).measurements().get(0);
        assertEquals(CyclingPackage.TECHNIQUE_ID, Techniques.idOf(m));
        assertEquals("Galvanostatic cycling", Techniques.label(Techniques.idOf(m)));
        var technique = Techniques.byId(CyclingPackage.TECHNIQUE_ID).orElseThrow();
        assertTrue(technique.bundle().getEntry(technique.iconPath()) != null, "icon " + technique.iconPath());
        Cell cell = cellWith(m, 1);
        m.setCycleState(cell.getCycleStates().get(0));
        Path file = dir.resolve("study.interphase");
        StudyStore.save((Study) cell.eContainer(), file);
        assertTrue(Files.readString(file).contains(CyclingPackage.NS_URI));
        Measurement back = StudyStore.load(file).getCells().get(0).getMeasurements().get(0);
        CyclingRecord r = (CyclingRecord) back;
        assertEquals(4, r.getCycleCount());
        assertEquals(9065, r.getPointCount());
        assertEquals("Neware BTS CSV", r.getFormat());
        assertEquals("cycling.neware.csv", r.getImporterId());
        assertEquals("existing 1", back.getCycleState().getName());
    }

    @Test
    void resultsLinkToMatchedStatesAndCreateTheOthersInOneUndoableCommand() throws Exception {
        Measurement m = Importers.read(Samples.NEWARE).measurements().get(0);
        Cell cell = cellWith(m, 0, 2);
        CycleState two = cell.getCycleStates().get(1);
        List<CycleSummary> cycles = CyclingAnalysis.summarize(CyclingFiles.readFor(m, Samples.NEWARE), Optional.empty());
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
                new BasicCommandStack());
        Command store = CycleStateLinks.store(domain, m, cycles, Optional.empty(), true, new Date());
        domain.getCommandStack().execute(store);

        assertEquals(List.of(0, 2, 1, 3, 4), cell.getCycleStates().stream().map(CycleState::getCycleNumber).toList());
        AnalysisResult a = m.getAnalyses().get(0);
        assertEquals(CyclingResults.ALGORITHM_ID, a.getAlgorithmId());
        ResultParameter retention2 = parameter(a, CyclingResults.RETENTION, 2);
        assertSame(two, retention2.getCycleState(), "cycle 2 matched to the existing state");
        assertEquals(QuantityKind.OTHER, retention2.getQuantity());
        assertEquals("%", retention2.getUnit());
        assertEquals(100 * cycles.get(1).outputMAh() / cycles.get(0).outputMAh(), retention2.getValue(), 1e-9);
        assertEquals(4, parameter(a, CyclingResults.COULOMBIC_EFFICIENCY, 4).getCycleState().getCycleNumber());
        assertTrue(a.getInputs().stream().anyMatch(i -> i.startsWith("sha256:")), a.getInputs().toString());

        domain.getCommandStack().undo();
        assertEquals(List.of(0, 2), cell.getCycleStates().stream().map(CycleState::getCycleNumber).toList());
        assertTrue(m.getAnalyses().isEmpty());
    }

    @Test
    void withoutCreatingStatesOnlyMatchedCyclesGetParameters() throws Exception {
        Measurement m = Importers.read(Samples.NEWARE).measurements().get(0);
        Cell cell = cellWith(m, 3);
        List<CycleSummary> cycles = CyclingAnalysis.summarize(CyclingFiles.readFor(m, Samples.NEWARE), Optional.empty());
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
                new BasicCommandStack());
        domain.getCommandStack().execute(CycleStateLinks.store(domain, m, cycles, Optional.empty(), false, new Date()));
        assertEquals(1, cell.getCycleStates().size());
        AnalysisResult a = m.getAnalyses().get(0);
        assertTrue(a.getParameters().stream().allMatch(p -> p.getCycleState() == cell.getCycleStates().get(0)));
        assertEquals(4, a.getSeries().get(0).getX().length, "the series keep every cycle");
        assertNull(a.getParameters().stream().filter(p -> p.getName().endsWith("cycle 1")).findAny().orElse(null));
    }

    static ResultParameter parameter(AnalysisResult a, String key, int cycle) {
        return a.getParameters().stream().filter(p -> key.equals(p.getQuantityKey()) && p.getCycleState() != null
                && p.getCycleState().getCycleNumber() == cycle).findFirst().orElseThrow(() -> new AssertionError(
                        "no " + key + " for cycle " + cycle));
    }
}
