package org.interphase.model.tests;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Measurement;
import org.interphase.model.impl.MeasurementImpl;
import org.interphase.model.impl.XpsSpectrumImpl;

/**
 * A plug-in's measurement type as EMF builds it: a dynamic EPackage (own namespace) with a class extending
 * {@code Measurement}, and one extending {@code XpsSpectrum}, created by a factory as a generated package
 * would.
 */
final class ForeignMeasurements {

    static final String NS_URI = "http://interphase.org/test/cycling/1";

    final EPackage pack;
    final EClass cyclingRecord;
    final EClass angleResolvedXps;
    final EAttribute cycles;

    ForeignMeasurements() {
        EcoreFactory f = EcoreFactory.eINSTANCE;
        pack = f.createEPackage();
        pack.setName("cycling");
        pack.setNsPrefix("cycling");
        pack.setNsURI(NS_URI);
        cyclingRecord = f.createEClass();
        cyclingRecord.setName("CyclingRecord");
        cyclingRecord.getESuperTypes().add(InterphasePackage.Literals.MEASUREMENT);
        cycles = f.createEAttribute();
        cycles.setName("cycles");
        cycles.setEType(EcorePackage.Literals.EINT);
        cyclingRecord.getEStructuralFeatures().add(cycles);
        angleResolvedXps = f.createEClass();
        angleResolvedXps.setName("AngleResolvedXps");
        angleResolvedXps.getESuperTypes().add(InterphasePackage.Literals.XPS_SPECTRUM);
        pack.getEClassifiers().add(cyclingRecord);
        pack.getEClassifiers().add(angleResolvedXps);
        pack.setEFactoryInstance(new Factory());
    }

    /** A new measurement of one of the package's classes. */
    Measurement create(EClass c) {
        return (Measurement) EcoreUtil.create(c);
    }

    /**
     * What a generated plug-in package does: its classes' implementations extend the model's generated ones
     * ({@code MeasurementImpl}, {@code XpsSpectrumImpl}); here with the dynamic class set on the instance.
     */
    private static final class Factory extends EFactoryImpl {

        @Override
        public EObject create(EClass eClass) {
            MeasurementImpl m = eClass.getName().equals("CyclingRecord") ? new CyclingRecordImpl()
                    : new AngleResolvedXpsImpl();
            m.eSetClass(eClass);
            return m;
        }
    }

    private static final class CyclingRecordImpl extends MeasurementImpl {
    }

    private static final class AngleResolvedXpsImpl extends XpsSpectrumImpl {
    }
}
