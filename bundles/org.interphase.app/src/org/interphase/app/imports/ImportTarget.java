package org.interphase.app.imports;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.interphase.model.Cell;
import org.interphase.model.CycleState;
import org.interphase.model.Interface;
import org.interphase.model.Measurement;
import org.interphase.model.Study;

/**
 * Where an import goes: the study (and its editing domain, whose command stack gets the one import command), the
 * preselected cell, interface and cycle state, and the folder copies go to ({@code data/} beside the study file).
 */
public record ImportTarget(EditingDomain domain, Study study, Cell cell, Interface iface, CycleState cycleState,
        Path copyDir) {

    /**
     * The target for a model element (a cell, an interface, a cycle state, a measurement...) of {@code study}; the
     * first cell when the element is not inside one.
     */
    public static ImportTarget of(EditingDomain domain, Study study, Object element) {
        Object e = element;
        if (e instanceof Measurement m) {
            e = m.eContainer();
        }
        Cell cell = null;
        for (Object o = e; o instanceof EObject eo; o = eo.eContainer()) {
            if (eo instanceof Cell c) {
                cell = c;
            }
        }
        if (cell == null && study != null && !study.getCells().isEmpty()) {
            cell = study.getCells().get(0);
        }
        Interface iface = e instanceof Interface i ? i : null;
        CycleState state = e instanceof CycleState s ? s : null;
        return new ImportTarget(domain, study, cell, iface, state, copyDirOf(study));
    }

    /** {@code data/} beside the study's file, or null when the study is not saved in a file. */
    static Path copyDirOf(Study study) {
        if (study == null || study.eResource() == null) {
            return null;
        }
        URI uri = study.eResource().getURI();
        return uri != null && uri.isFile() ? Path.of(uri.toFileString()).toAbsolutePath().getParent().resolve("data")
                : null;
    }
}
