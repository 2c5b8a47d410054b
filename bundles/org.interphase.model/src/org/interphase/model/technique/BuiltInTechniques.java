package org.interphase.model.technique;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.interphase.model.InterphasePackage.Literals;

/** The four techniques of the model bundle, known without OSGi. */
final class BuiltInTechniques {

    static final List<TechniqueDescriptor> ALL = List.of(
            new BuiltIn(Techniques.XPS, "XPS", List.of(Literals.XPS_SPECTRUM)),
            new BuiltIn(Techniques.EIS, "EIS", List.of(Literals.IMPEDANCE_SPECTRUM)),
            new BuiltIn(Techniques.TOF_SIMS, "ToF-SIMS", List.of(Literals.DEPTH_PROFILE, Literals.MASS_SPECTRUM)),
            new BuiltIn(Techniques.TOMOGRAPHY, "Tomography", List.of(Literals.TOMOGRAPHY_VOLUME)));

    private BuiltInTechniques() {
    }

    static List<String> ids() {
        return ALL.stream().map(TechniqueDescriptor::id).toList();
    }

    private record BuiltIn(String id, String label, List<EClass> measurementClasses) implements TechniqueDescriptor {
    }
}
