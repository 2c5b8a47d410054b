package org.interphase.model.technique;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Measurement;
import org.interphase.model.services.ServiceRegistry;

/**
 * The registry of measurement techniques: the four built-in ones plus every {@link TechniqueDescriptor}
 * service (through {@link ServiceRegistry#unique}, so of two services with the same id one is kept and the
 * other logged). A service cannot replace a built-in technique: its id is left out with a warning. Outside
 * OSGi (plain unit tests) the built-in techniques alone.
 */
public final class Techniques {

    /** XPS spectra. */
    public static final String XPS = "XPS";
    /** Impedance spectra. */
    public static final String EIS = "EIS";
    /** ToF-SIMS depth profiles and mass spectra. */
    public static final String TOF_SIMS = "TOF_SIMS";
    /** Tomography volumes. */
    public static final String TOMOGRAPHY = "TOMOGRAPHY";

    private static final System.Logger LOG = System.getLogger("org.interphase.services");

    private Techniques() {
    }

    /** The built-in techniques and then the contributed ones, each id once. */
    public static List<TechniqueDescriptor> all() {
        List<TechniqueDescriptor> all = new ArrayList<>(BuiltInTechniques.ALL);
        Set<String> ids = new HashSet<>(BuiltInTechniques.ids());
        for (TechniqueDescriptor d : ServiceRegistry.unique(TechniqueDescriptor.class, TechniqueDescriptor::id)) {
            if (ids.add(d.id())) {
                all.add(d);
            } else {
                LOG.log(System.Logger.Level.WARNING, "TechniqueDescriptor: id '" + d.id() + "' of bundle "
                        + (d.bundle() == null ? "?" : d.bundle().getSymbolicName()) + " is ignored: it is built in");
            }
        }
        return List.copyOf(all);
    }

    /** The technique with this id. */
    public static Optional<TechniqueDescriptor> byId(String id) {
        return all().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * The technique of a measurement class: the one that names the class itself, else the one that names its
     * nearest supertype (breadth first over {@link EClass#getESuperTypes()}). Classes are compared by
     * identity and, for copies of a package, by package namespace URI and class name.
     */
    public static Optional<TechniqueDescriptor> of(EClass c) {
        if (c == null) {
            return Optional.empty();
        }
        List<TechniqueDescriptor> all = all();
        Deque<EClass> queue = new ArrayDeque<>(List.of(c));
        Set<EClass> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            EClass next = queue.poll();
            if (!seen.add(next) || next == InterphasePackage.Literals.MEASUREMENT) {
                continue;
            }
            for (TechniqueDescriptor d : all) {
                if (d.measurementClasses().stream().anyMatch(m -> same(m, next))) {
                    return Optional.of(d);
                }
            }
            queue.addAll(next.getESuperTypes());
        }
        return Optional.empty();
    }

    /**
     * The technique id of a measurement; never throws. A measurement of a class no technique names gets the
     * name of its class (e.g. {@code "CyclingRecord"}), a null measurement {@code ""}.
     */
    public static String idOf(Measurement m) {
        if (m == null) {
            return "";
        }
        return of(m.eClass()).map(TechniqueDescriptor::id).orElse(m.eClass().getName());
    }

    /** The label of a technique id; an unknown id is its own label, null is "". */
    public static String label(String id) {
        if (id == null) {
            return "";
        }
        return byId(id).map(TechniqueDescriptor::label).orElse(id);
    }

    private static boolean same(EClass a, EClass b) {
        if (a == b) {
            return true;
        }
        return a != null && b != null && a.getName() != null && a.getName().equals(b.getName())
                && a.getEPackage() != null && b.getEPackage() != null && a.getEPackage().getNsURI() != null
                && a.getEPackage().getNsURI().equals(b.getEPackage().getNsURI());
    }
}
