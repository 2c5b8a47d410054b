package org.interphase.model.util;

import org.interphase.model.DepthProfile;
import org.interphase.model.ImpedanceSpectrum;
import org.interphase.model.MassSpectrum;
import org.interphase.model.Measurement;
import org.interphase.model.Technique;
import org.interphase.model.TomographyVolume;
import org.interphase.model.XpsSpectrum;

/** Small queries on measurements that the generated code does not offer. */
public final class Measurements {

    private Measurements() {
    }

    /** The technique a measurement belongs to, from its type. */
    public static Technique technique(Measurement m) {
        return switch (m) {
            case XpsSpectrum x -> Technique.XPS;
            case ImpedanceSpectrum e -> Technique.EIS;
            case DepthProfile d -> Technique.TOF_SIMS;
            case MassSpectrum s -> Technique.TOF_SIMS;
            case TomographyVolume t -> Technique.TOMOGRAPHY;
            default -> throw new IllegalArgumentException("unknown measurement type " + m.eClass().getName());
        };
    }
}
