package org.interphase.model.technique;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A measurement technique (XPS, EIS, ToF-SIMS, tomography, or one a plug-in adds). A plug-in registers its
 * descriptor as an OSGi service of this type; {@link Techniques} finds it. The four built-in techniques are
 * known to {@link Techniques} without a service.
 */
public interface TechniqueDescriptor {

    /**
     * The stable id, stored and printed by the batch engine (lower-cased); the built-in ids are the names of
     * the former {@code Technique} enum literals, e.g. {@code "TOF_SIMS"}. Use upper case and underscores.
     */
    String id();

    /** The name analysts read, e.g. "ToF-SIMS". */
    String label();

    /**
     * The measurement classes (subtypes of {@code Measurement}, from any registered EPackage) of this
     * technique; a subclass of one of them belongs to it too unless another technique names the subclass.
     */
    List<EClass> measurementClasses();

    /** Path of a 16×16 icon inside {@link #bundle()}, e.g. {@code "icons/cycling.png"}; null for none. */
    default String iconPath() {
        return null;
    }

    /**
     * The bundle that holds {@link #iconPath()}: by default the bundle that defines the descriptor's class;
     * null outside OSGi.
     */
    default Bundle bundle() {
        return FrameworkUtil.getBundle(getClass());
    }
}
