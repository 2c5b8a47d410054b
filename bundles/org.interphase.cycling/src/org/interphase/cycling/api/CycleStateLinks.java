package org.interphase.cycling.api;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Cell;
import org.interphase.model.ChargeState;
import org.interphase.model.CycleState;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Measurement;

/**
 * Links per-cycle results to the cell's cycle states: cycle n of a cycler file is matched to the cell's first
 * state with {@code cycleNumber} n (n cycles completed when cycle n ends); on request a missing state is
 * created ("after cycle n", discharged). Creating the states and storing the result is one EMF command, so
 * one Undo removes both.
 */
public final class CycleStateLinks {

    private CycleStateLinks() {
    }

    /** The existing state of each of {@code cycles} in the cell that holds {@code m} (none outside a cell). */
    public static Map<Integer, CycleState> match(Measurement m, List<CycleSummary> cycles) {
        Map<Integer, CycleState> out = new LinkedHashMap<>();
        if (!(m.eContainer() instanceof Cell cell)) {
            return out;
        }
        for (CycleSummary c : cycles) {
            cell.getCycleStates().stream().filter(s -> s.getCycleNumber() == c.cycle()).findFirst()
                    .ifPresent(s -> out.put(c.cycle(), s));
        }
        return out;
    }

    /**
     * The command that stores the cycling summary of {@code m} (a measurement in a cell) on {@code domain},
     * linked to the matched states and, when {@code createMissing}, to new states for the other cycles.
     */
    public static Command store(EditingDomain domain, Measurement m, List<CycleSummary> cycles,
            Optional<Integer> referenceCycle, boolean createMissing, Date createdAt) {
        if (!(m.eContainer() instanceof Cell cell)) {
            throw new IllegalArgumentException("the measurement '" + m.getName() + "' is not in a cell");
        }
        Map<Integer, CycleState> states = match(m, cycles);
        List<CycleState> created = new ArrayList<>();
        if (createMissing) {
            for (CycleSummary c : cycles) {
                if (!states.containsKey(c.cycle())) {
                    CycleState s = InterphaseFactory.eINSTANCE.createCycleState();
                    s.setName("after cycle " + c.cycle());
                    s.setCycleNumber(c.cycle());
                    s.setChargeState(ChargeState.DISCHARGED);
                    states.put(c.cycle(), s);
                    created.add(s);
                }
            }
        }
        AnalysisResult result = CyclingResults.summary(m, cycles, states, referenceCycle, createdAt);
        CompoundCommand command = new CompoundCommand("Store cycling summary");
        if (!created.isEmpty()) {
            command.append(AddCommand.create(domain, cell, InterphasePackage.Literals.CELL__CYCLE_STATES, created));
        }
        command.append(AddCommand.create(domain, m, InterphasePackage.Literals.MEASUREMENT__ANALYSES, result));
        return command;
    }
}
