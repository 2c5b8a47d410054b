package org.interphase.core.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.AbstractCommand;
import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.Measurement;

/**
 * Adds imported measurements to a cell with their interface and cycle-state links, creating missing cycle
 * states; undo removes exactly what was added. Built by {@link MeasurementImport#command}.
 */
final class AddMeasurementsCommand extends AbstractCommand {

    private final Cell cell;
    private final List<Measurement> added = new ArrayList<>();
    private final Map<Measurement, Interface> interfaces = new LinkedHashMap<>();
    private final Map<Measurement, Integer> cycles = new LinkedHashMap<>();
    private final Map<Integer, CycleState> createdStates = new LinkedHashMap<>();
    private final Map<Measurement, CycleState> states = new LinkedHashMap<>();

    AddMeasurementsCommand(Cell cell, List<MeasurementImport.Request> requests,
            List<MeasurementImport.FileResult> results) {
        super("Import " + MeasurementImport.measurements(results).size() + " measurements");
        this.cell = Objects.requireNonNull(cell, "cell");
        for (int i = 0; i < requests.size(); i++) {
            MeasurementImport.Request request = requests.get(i);
            MeasurementImport.FileResult result = results.get(i);
            if (!result.ok()) {
                continue;
            }
            Interface iface = request.interfaceName() == null ? null : findInterface(request.interfaceName());
            for (Measurement m : result.measurements()) {
                added.add(m);
                if (iface != null) {
                    interfaces.put(m, iface);
                }
                if (request.cycleNumber() != null) {
                    cycles.put(m, request.cycleNumber());
                }
            }
        }
    }

    private Interface findInterface(String name) {
        List<String> names = new ArrayList<>();
        for (Interface candidate : cell.getInterfaces()) {
            if (name.equals(candidate.getName())) {
                return candidate;
            }
            names.add(candidate.getName());
        }
        throw new IllegalArgumentException("cell '" + cell.getName() + "' has no interface named '" + name
                + "'" + (names.isEmpty() ? " (it has no interfaces)" : "; its interfaces: " + String.join(", ", names)));
    }

    @Override
    protected boolean prepare() {
        return !added.isEmpty();
    }

    @Override
    public void execute() {
        for (Map.Entry<Measurement, Integer> e : cycles.entrySet()) {
            states.put(e.getKey(), stateFor(e.getValue()));
        }
        redo();
    }

    /** The cell's cycle state for {@code cycle}, or a new one (created once per cycle number). */
    private CycleState stateFor(int cycle) {
        for (CycleState state : cell.getCycleStates()) {
            if (state.getCycleNumber() == cycle) {
                return state;
            }
        }
        return createdStates.computeIfAbsent(cycle, n -> {
            CycleState state = InterphaseFactory.eINSTANCE.createCycleState();
            state.setCycleNumber(n);
            state.setName(n == 0 ? FileNameRules.PRISTINE : "Cycle " + n);
            return state;
        });
    }

    @Override
    public void redo() {
        for (CycleState state : createdStates.values()) {
            cell.getCycleStates().add(insertionIndex(state.getCycleNumber()), state);
        }
        for (Measurement m : added) {
            m.setInterface(interfaces.get(m));
            m.setCycleState(states.get(m));
            cell.getMeasurements().add(m);
        }
    }

    private int insertionIndex(int cycle) {
        List<CycleState> list = cell.getCycleStates();
        int index = list.size();
        for (int i = list.size() - 1; i >= 0 && list.get(i).getCycleNumber() > cycle; i--) {
            index = i;
        }
        return index;
    }

    @Override
    public void undo() {
        cell.getMeasurements().removeAll(added);
        cell.getCycleStates().removeAll(createdStates.values());
    }

    @Override
    public java.util.Collection<?> getResult() {
        return List.copyOf(added);
    }

    @Override
    public java.util.Collection<?> getAffectedObjects() {
        return added.isEmpty() ? List.of(cell) : List.copyOf(added);
    }
}
