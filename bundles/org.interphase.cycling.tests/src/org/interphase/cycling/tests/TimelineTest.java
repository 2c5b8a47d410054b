package org.interphase.cycling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.interphase.core.api.Importers;
import org.interphase.core.api.InterfaceTimeline;
import org.interphase.core.api.ResultValue;
import org.interphase.core.api.Results;
import org.interphase.cycling.api.CycleStateLinks;
import org.interphase.cycling.api.CycleSummary;
import org.interphase.cycling.api.CyclingAnalysis;
import org.interphase.cycling.api.CyclingFiles;
import org.interphase.cycling.api.CyclingResults;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Measurement;
import org.interphase.model.QuantityKind;
import org.interphase.model.Study;
import org.interphase.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The Interface Timeline shows the cycling quantities next to an EIS one for the same cycle states: the
 * correlation analysts draw by hand (capacity retention falls as the interfacial resistance grows).
 */
class TimelineTest {

    private static final InterphaseFactory F = InterphaseFactory.eINSTANCE;

    @Test
    void capacityRetentionAndCoulombicEfficiencySitBesideInterfacialResistance() throws Exception {
        Study study = F.createStudy();
        Cell cell = F.createCell();
        study.getCells().add(cell);
        Interface anode = F.createInterface();
        anode.setName("Si | electrolyte");
        cell.getInterfaces().add(anode);
        for (int n = 1; n <= 4; n++) {
            CycleState s = F.createCycleState();
            s.setName("after cycle " + n);
            s.setCycleNumber(n);
            cell.getCycleStates().add(s);
            // an impedance spectrum measured at each state (the shared EIS file stands in for it) with its R_int
            Measurement eis = Importers.read(SharedData.file("eis", "impedancepy_exampleData.csv")).measurements().get(0);
            eis.setInterface(anode);
            eis.setCycleState(s);
            cell.getMeasurements().add(eis);
            AnalysisResult fit = Results.result(eis, "eis.cnls", TimelineTest.class, "fit", "{}", new Date());
            Results.add(fit, eis, ResultValue.of("R1", 10.0 * n, 0.5, "Ohm", QuantityKind.INTERFACIAL_RESISTANCE));
            eis.getAnalyses().add(fit);
        }
        Measurement cycling = Importers.read(Samples.NEWARE).measurements().get(0);
        cycling.setInterface(anode);
        cell.getMeasurements().add(cycling);
        List<CycleSummary> cycles = CyclingAnalysis.summarize(CyclingFiles.readFor(cycling, Samples.NEWARE),
                Optional.empty());
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
                new BasicCommandStack());
        domain.getCommandStack().execute(CycleStateLinks.store(domain, cycling, cycles, Optional.empty(), false, new Date()));

        List<InterfaceTimeline.Series> series = InterfaceTimeline.of(anode);
        InterfaceTimeline.Series resistance = find(series, "INTERFACIAL_RESISTANCE/R1");
        InterfaceTimeline.Series retention = find(series, CyclingResults.RETENTION);
        InterfaceTimeline.Series efficiency = find(series, CyclingResults.COULOMBIC_EFFICIENCY);
        assertEquals("Capacity retention", retention.name());
        assertEquals("%", retention.unit());
        assertEquals("Coulombic efficiency", efficiency.name());
        assertEquals(4, retention.points().size());
        for (int i = 0; i < 4; i++) {
            assertSame(resistance.points().get(i).cycle(), retention.points().get(i).cycle(), "same cycle state");
            assertSame(resistance.points().get(i).cycle(), efficiency.points().get(i).cycle());
            assertEquals(cycles.get(i).retentionPct(), retention.points().get(i).value(), 1e-9);
            assertEquals(i + 1, retention.points().get(i).x(), 0);
        }
        assertEquals(100 * 4.24934 / (4.68031 + 0.28183 + 0.12414), efficiency.points().get(0).value(), 1e-3);
        assertTrue(series.stream().noneMatch(s -> s.key().startsWith("OTHER/")), series.toString());
    }

    private static InterfaceTimeline.Series find(List<InterfaceTimeline.Series> series, String key) {
        return series.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in " + series.stream().map(InterfaceTimeline.Series::key).toList()));
    }
}
