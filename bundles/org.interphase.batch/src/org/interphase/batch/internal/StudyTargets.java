package org.interphase.batch.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.interphase.model.Cell;
import org.interphase.model.Interface;
import org.interphase.model.Study;

/**
 * Finds the cell and interface that {@code --cell N|NAME} and {@code --interface NAME} name in a study. A value
 * that names nothing is wrong usage: the message lists what the study has.
 */
final class StudyTargets {

    private StudyTargets() {
    }

    /**
     * The cell numbered (1-based) or named {@code spec}; without {@code spec} the only cell of the study.
     *
     * @throws IllegalArgumentException when {@code spec} names no cell, or is absent and the study has not
     *                                  exactly one cell
     */
    static Cell cell(Study study, Optional<String> spec) {
        List<Cell> cells = study.getCells();
        if (spec.isEmpty()) {
            if (cells.size() == 1) {
                return cells.get(0);
            }
            throw new IllegalArgumentException("the study has " + cells.size() + " cells; choose one with --cell N|NAME"
                    + known(cells));
        }
        return find(study, spec.get()).orElseThrow(() -> new IllegalArgumentException(
                "--cell '" + spec.get() + "' is neither a cell number nor a cell name of the study" + known(cells)));
    }

    /** The cell numbered (1-based) or named {@code spec}, if there is one. */
    static Optional<Cell> find(Study study, String spec) {
        List<Cell> cells = study.getCells();
        String s = spec.strip();
        if (s.matches("[0-9]{1,9}")) {
            int n = Integer.parseInt(s);
            return n >= 1 && n <= cells.size() ? Optional.of(cells.get(n - 1)) : Optional.empty();
        }
        return cells.stream().filter(c -> s.equals(c.getName())).findFirst()
                .or(() -> cells.stream().filter(c -> s.equalsIgnoreCase(c.getName())).findFirst());
    }

    /** Whether {@code spec} is a cell number rather than a name. */
    static boolean isNumber(String spec) {
        return spec.strip().matches("[0-9]+");
    }

    /** The interface of {@code cell} named {@code name} (exactly, else ignoring case). */
    static Optional<Interface> iface(Cell cell, String name) {
        String s = name.strip();
        return cell.getInterfaces().stream().filter(i -> s.equals(i.getName())).findFirst()
                .or(() -> cell.getInterfaces().stream().filter(i -> s.equalsIgnoreCase(i.getName())).findFirst());
    }

    /** The interface of {@code cell} named {@code name}; wrong usage when there is none. */
    static Interface requireInterface(Cell cell, String name) {
        return iface(cell, name).orElseThrow(() -> new IllegalArgumentException("--interface '" + name
                + "' is not an interface of cell '" + cell.getName() + "'; interfaces: "
                + (cell.getInterfaces().isEmpty() ? "none"
                        : cell.getInterfaces().stream().map(i -> "'" + i.getName() + "'").collect(Collectors.joining(", ")))));
    }

    private static String known(List<Cell> cells) {
        return cells.isEmpty() ? "; it has no cells"
                : "; cells: " + IntStream.range(0, cells.size()).mapToObj(i -> (i + 1) + " '" + cells.get(i).getName() + "'")
                        .collect(Collectors.joining(", "));
    }
}
