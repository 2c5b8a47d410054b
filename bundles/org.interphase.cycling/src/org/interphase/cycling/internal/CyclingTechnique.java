package org.interphase.cycling.internal;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.interphase.cycling.model.CyclingPackage;
import org.interphase.model.technique.TechniqueDescriptor;
import org.osgi.service.component.annotations.Component;

/** Galvanostatic cycling as a technique contribution: id {@code CYCLING}, the {@code CyclingRecord} class. */
@Component(service = TechniqueDescriptor.class)
public final class CyclingTechnique implements TechniqueDescriptor {

    @Override
    public String id() {
        return CyclingPackage.TECHNIQUE_ID;
    }

    @Override
    public String label() {
        return "Galvanostatic cycling";
    }

    @Override
    public String iconPath() {
        return "icons/cycling.png";
    }

    @Override
    public List<EClass> measurementClasses() {
        return List.of(CyclingPackage.CYCLING_RECORD);
    }
}
