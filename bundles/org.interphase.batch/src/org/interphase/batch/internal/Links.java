package org.interphase.batch.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Measurement;

/**
 * Links new measurements to the interface and cycle state they probe: those named by {@code --interface} and
 * {@code --cycle}; a cycle state missing from the cell is created.
 */
final class Links {

    private final Cell cell;
    private final Interface iface;
    private final Optional<Integer> cycle;

    private Links(Cell cell, Interface iface, Optional<Integer> cycle) {
        this.cell = cell;
        this.iface = iface;
        this.cycle = cycle;
    }

    /**
     * The links for {@code cell}.
     *
     * @param newCell whether the cell is new (then a named interface is created in it)
     * @throws IllegalArgumentException when the interface is not one of an existing cell
     */
    static Links of(Cell cell, Optional<String> interfaceName, Optional<Integer> cycle, boolean newCell) {
        Interface iface = null;
        if (interfaceName.isPresent()) {
            if (newCell) {
                iface = InterphaseFactory.eINSTANCE.createInterface();
                iface.setName(interfaceName.get().strip());
                cell.getInterfaces().add(iface);
            } else {
                iface = StudyTargets.requireInterface(cell, interfaceName.get());
            }
        }
        return new Links(cell, iface, cycle);
    }

    /** The interface given, if any. */
    Optional<Interface> iface() {
        return Optional.ofNullable(iface);
    }

    /** Links {@code m}, read from {@code file}, which is already in the cell. */
    void apply(Measurement m, Path file) {
        if (iface != null) {
            m.setInterface(iface);
        }
        cycle.ifPresent(n -> m.setCycleState(cycleState(n)));
    }

    private CycleState cycleState(int number) {
        for (CycleState c : cell.getCycleStates()) {
            if (c.getCycleNumber() == number) {
                return c;
            }
        }
        CycleState c = InterphaseFactory.eINSTANCE.createCycleState();
        c.setCycleNumber(number);
        c.setName(number == 0 ? "Pristine" : "Cycle " + number);
        cell.getCycleStates().add(c);
        return c;
    }
}
