package org.interphase.model.util;

import org.interphase.model.Measurement;
import org.interphase.model.technique.Techniques;

/** Small queries on measurements that the generated code does not offer. */
public final class Measurements {

    private Measurements() {
    }

    /**
     * The technique id of a measurement, from its type ({@link Techniques#idOf}); never throws: a type no
     * technique names gives its class name.
     */
    public static String technique(Measurement m) {
        return Techniques.idOf(m);
    }
}
