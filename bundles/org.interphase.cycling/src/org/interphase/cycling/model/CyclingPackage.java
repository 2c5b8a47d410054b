package org.interphase.cycling.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.interphase.cycling.internal.CyclingRecordImpl;
import org.interphase.model.InterphasePackage;

/**
 * The plug-in's own EPackage ({@value #NS_URI}): one class, {@code CyclingRecord}, extending the model's
 * {@code Measurement} (EMF cross-package inheritance). Written by hand rather than generated (one class, three
 * attributes); it is registered in {@link EPackage.Registry#INSTANCE} when first used and through the
 * {@code org.eclipse.emf.ecore.generated_package} extension, so studies holding cycling records save and load.
 */
public final class CyclingPackage {

    /** The namespace URI stored in study files. */
    public static final String NS_URI = "http://interphase.org/cycling/1";

    /** The technique id of galvanostatic cycling. */
    public static final String TECHNIQUE_ID = "CYCLING";

    /** The package (the field name EMF's registry reads). */
    public static final EPackage eINSTANCE;

    /** The {@code CyclingRecord} class. */
    public static final EClass CYCLING_RECORD;
    /** {@code CyclingRecord.cycleCount}. */
    public static final EAttribute CYCLE_COUNT;
    /** {@code CyclingRecord.pointCount}. */
    public static final EAttribute POINT_COUNT;
    /** {@code CyclingRecord.format}. */
    public static final EAttribute FORMAT;

    static {
        EcoreFactory f = EcoreFactory.eINSTANCE;
        EPackage p = f.createEPackage();
        p.setName("cycling");
        p.setNsPrefix("cycling");
        p.setNsURI(NS_URI);
        EClass c = f.createEClass();
        c.setName("CyclingRecord");
        c.setInstanceClass(CyclingRecord.class);
        c.getESuperTypes().add(InterphasePackage.Literals.MEASUREMENT);
        CYCLE_COUNT = attribute(c, "cycleCount", EcorePackage.Literals.EINT);
        POINT_COUNT = attribute(c, "pointCount", EcorePackage.Literals.EINT);
        FORMAT = attribute(c, "format", EcorePackage.Literals.ESTRING);
        p.getEClassifiers().add(c);
        p.setEFactoryInstance(new Factory());
        CYCLING_RECORD = c;
        eINSTANCE = p;
        EPackage.Registry.INSTANCE.put(NS_URI, p);
    }

    private CyclingPackage() {
    }

    /** A new, unattached cycling record. */
    public static CyclingRecord createCyclingRecord() {
        return (CyclingRecord) eINSTANCE.getEFactoryInstance().create(CYCLING_RECORD);
    }

    private static EAttribute attribute(EClass c, String name, org.eclipse.emf.ecore.EDataType type) {
        EAttribute a = EcoreFactory.eINSTANCE.createEAttribute();
        a.setName(name);
        a.setEType(type);
        c.getEStructuralFeatures().add(a);
        return a;
    }

    /** Creates the implementation class, which extends the model's {@code MeasurementImpl}. */
    private static final class Factory extends EFactoryImpl {
        @Override
        public EObject create(EClass eClass) {
            if (eClass.getName().equals("CyclingRecord")) {
                CyclingRecordImpl r = new CyclingRecordImpl();
                r.eSetClass(eClass);
                return r;
            }
            throw new IllegalArgumentException("the class '" + eClass.getName() + "' is not in " + NS_URI);
        }
    }
}
