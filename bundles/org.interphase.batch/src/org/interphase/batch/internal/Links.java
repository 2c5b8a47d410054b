package org.interphase.batch.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.interphase.core.api.FileNameRules;
import org.interphase.core.api.Importer;
import org.interphase.core.api.MeasurementImport;
import org.interphase.model.Cell;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;

/**
 * The interface and cycle state new measurements are linked to: those named by {@code --interface} and
 * {@code --cycle}; without {@code --cycle}, the cycle the file name proposes ({@link FileNameRules}:
 * {@code cycle10}, {@code _C01}, {@code pristine}, ...). {@link MeasurementImport#command} creates a cycle state
 * the cell does not have yet.
 */
final class Links {

    private final Interface iface;
    private final Optional<Integer> cycle;

    private Links(Interface iface, Optional<Integer> cycle) {
        this.iface = iface;
        this.cycle = cycle;
    }

    /**
     * The links into {@code cell}.
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
        return new Links(iface, cycle);
    }

    /** The import request for {@code file} read by {@code importer}, with its links. */
    MeasurementImport.Request request(Path file, Importer importer) {
        Integer number = cycle.orElseGet(() -> {
            var proposed = FileNameRules.propose(String.valueOf(file.getFileName())).cycleNumber();
            return proposed.isPresent() ? proposed.getAsInt() : null;
        });
        return new MeasurementImport.Request(file, importer, iface == null ? null : iface.getName(), number);
    }
}
