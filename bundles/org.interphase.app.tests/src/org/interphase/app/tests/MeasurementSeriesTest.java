package org.interphase.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.ImpedanceSpectrum;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Measurement;
import org.interphase.ui.measurement.MeasurementSeries;
import org.junit.jupiter.api.Test;

class MeasurementSeriesTest {

    private static final InterphaseFactory F = InterphaseFactory.eINSTANCE;

    @Test
    void measurementsAreOrderedByCycleNumberThenStateOrderThenName() {
        Cell cell = F.createCell();
        CycleState fifty = state(cell, "Cycle 50", 50);
        CycleState pristine = state(cell, "Pristine", 0);
        CycleState oneCharged = state(cell, "Cycle 1 charged", 1);
        CycleState oneDischarged = state(cell, "Cycle 1 discharged", 1);
        List<Measurement> given = new ArrayList<>(List.of(spectrum(cell, "e", fifty), spectrum(cell, "d", oneDischarged),
                spectrum(cell, "c", oneCharged), spectrum(cell, "b", pristine), spectrum(cell, "z", null),
                spectrum(cell, "a", pristine)));
        List<String> names = MeasurementSeries.byCycle(given).stream().map(Measurement::getName).toList();
        // No state first; equal cycle numbers keep the cell's state order (charged was added before discharged).
        assertEquals(List.of("z", "a", "b", "c", "d", "e"), names);
    }

    @Test
    void withoutContributionsNothingApplies() {
        assertEquals(List.of(), MeasurementSeries.applicableTo(List.of()));
    }

    private static CycleState state(Cell cell, String name, int n) {
        CycleState s = F.createCycleState();
        s.setName(name);
        s.setCycleNumber(n);
        cell.getCycleStates().add(s);
        return s;
    }

    private static Measurement spectrum(Cell cell, String name, CycleState state) {
        ImpedanceSpectrum m = F.createImpedanceSpectrum();
        m.setName(name);
        m.setCycleState(state);
        cell.getMeasurements().add(m);
        return m;
    }
}
