package org.interphase.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.InterphasePackage.Literals;
import org.interphase.model.Measurement;
import org.interphase.model.edit.Labels;
import org.interphase.model.technique.TechniqueDescriptor;
import org.interphase.model.technique.Techniques;
import org.interphase.model.util.Measurements;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** The technique registry: built-in ids (the former enum literals), labels, contributed techniques. */
class TechniquesTest {

    private static final InterphaseFactory F = InterphaseFactory.eINSTANCE;

    @Test
    void builtInIdsAreTheFormerEnumLiteralsAndKeepTheirLabels() {
        assertEquals(List.of("XPS", "EIS", "TOF_SIMS", "TOMOGRAPHY"),
                List.of(Techniques.XPS, Techniques.EIS, Techniques.TOF_SIMS, Techniques.TOMOGRAPHY));
        assertEquals(List.of("XPS", "EIS", "ToF-SIMS", "Tomography"),
                List.of("XPS", "EIS", "TOF_SIMS", "TOMOGRAPHY").stream().map(Techniques::label).toList());
        assertEquals("XPS", Measurements.technique(F.createXpsSpectrum()));
        assertEquals("EIS", Measurements.technique(F.createImpedanceSpectrum()));
        assertEquals("TOF_SIMS", Techniques.idOf(F.createDepthProfile()));
        assertEquals("TOF_SIMS", Techniques.idOf(F.createMassSpectrum()));
        assertEquals("TOMOGRAPHY", Techniques.idOf(F.createTomographyVolume()));
        assertEquals("ToF-SIMS", Labels.technique(F.createMassSpectrum()));
        assertTrue(Techniques.byId("EIS").isPresent());
        assertTrue(Techniques.byId("eis").isEmpty(), "ids are case-sensitive");
        assertEquals("CYCLING", Techniques.label("CYCLING"), "an unknown id is its own label");
        assertTrue(Techniques.of(Literals.MEASUREMENT).isEmpty());
    }

    @Test
    void aMeasurementOfAnUnknownClassGetsAnIdAndLabelsWithoutException() {
        ForeignMeasurements foreign = new ForeignMeasurements();
        Measurement m = foreign.create(foreign.cyclingRecord);
        assertEquals("CyclingRecord", Techniques.idOf(m), "the class name is the fallback id");
        assertEquals("CyclingRecord", Techniques.label(Techniques.idOf(m)));
        assertEquals("CyclingRecord", Labels.technique(m));
        assertEquals("Cycling record", Labels.text(m).orElseThrow(), "an unnamed one is labelled by its type");
        m.setName("GCPL C/10");
        assertEquals("GCPL C/10", Labels.text(m).orElseThrow());
        assertEquals("", Techniques.idOf(null));
    }

    @Test
    void aSubclassFromAnotherPackageBelongsToItsSupertypesTechnique() {
        ForeignMeasurements foreign = new ForeignMeasurements();
        assertEquals("XPS", Techniques.of(foreign.angleResolvedXps).orElseThrow().id());
        assertEquals("XPS", Techniques.idOf(foreign.create(foreign.angleResolvedXps)));
    }

    @Test
    void aContributedTechniqueIsFoundAndTheMostSpecificClassWins() {
        ForeignMeasurements foreign = new ForeignMeasurements();
        BundleContext context = FrameworkUtil.getBundle(TechniquesTest.class).getBundleContext();
        ServiceRegistration<TechniqueDescriptor> cycling = context.registerService(TechniqueDescriptor.class,
                descriptor("CYCLING", "Cycling", foreign.cyclingRecord), ranking(0));
        ServiceRegistration<TechniqueDescriptor> arxps = context.registerService(TechniqueDescriptor.class,
                descriptor("ARXPS", "AR-XPS", foreign.angleResolvedXps), ranking(0));
        ServiceRegistration<TechniqueDescriptor> fakeXps = context.registerService(TechniqueDescriptor.class,
                descriptor("XPS", "not XPS", foreign.cyclingRecord), ranking(100));
        try {
            Measurement m = foreign.create(foreign.cyclingRecord);
            assertEquals("CYCLING", Techniques.idOf(m));
            assertEquals("Cycling", Labels.technique(m));
            assertEquals("ARXPS", Techniques.idOf(foreign.create(foreign.angleResolvedXps)),
                    "the descriptor naming the class itself wins over the one naming its supertype");
            assertEquals("XPS", Techniques.label("XPS"), "a service cannot replace a built-in technique");
            assertEquals(1, Techniques.all().stream().filter(d -> d.id().equals("XPS")).count());
            assertEquals("XPS", Techniques.idOf(F.createXpsSpectrum()));
        } finally {
            cycling.unregister();
            arxps.unregister();
            fakeXps.unregister();
        }
        assertEquals("CyclingRecord", Techniques.idOf(foreign.create(foreign.cyclingRecord)),
                "the tracker sees the service go");
    }

    static Dictionary<String, Object> ranking(int ranking) {
        Dictionary<String, Object> p = new Hashtable<>();
        p.put(Constants.SERVICE_RANKING, ranking);
        return p;
    }

    private static TechniqueDescriptor descriptor(String id, String label, EClass c) {
        return new TechniqueDescriptor() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String label() {
                return label;
            }

            @Override
            public List<EClass> measurementClasses() {
                return List.of(c);
            }
        };
    }
}
