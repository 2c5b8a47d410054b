package org.interphase.model.util;

import java.util.Arrays;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Structural equality of model trees that compares {@code double[]} values by content. */
public final class ModelEquality {

    private ModelEquality() {
    }

    /** Whether two model trees hold the same values and equivalent references. */
    public static boolean equal(EObject a, EObject b) {
        return new EcoreUtil.EqualityHelper() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean haveEqualAttribute(EObject x, EObject y, EAttribute attribute) {
                Object vx = x.eGet(attribute);
                Object vy = y.eGet(attribute);
                if (vx instanceof double[] dx && vy instanceof double[] dy) {
                    return Arrays.equals(dx, dy);
                }
                return super.haveEqualAttribute(x, y, attribute);
            }
        }.equals(a, b);
    }
}
