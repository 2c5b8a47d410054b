package org.interphase.xps.api;

/**
 * A CasaXPS synthetic component stored in a VAMAS block comment ({@code CASA comp ...}). Position and
 * width are in the block's abscissa (kinetic energy when the data are KE); area in CPS x eV.
 *
 * @param name      component name
 * @param lineShape CasaXPS line shape text, e.g. {@code LF(0.54,10,80,100,6)} or {@code SGL(30)}
 * @param area      area parameter
 * @param fwhm      FWHM parameter
 * @param position  position parameter
 * @param rsf       relative sensitivity factor
 * @param mass      atomic mass
 * @param index     component index
 * @param tag       element tag
 * @param raw       the comment line as written
 */
public record CasaComponent(String name, String lineShape, CasaParameter area, CasaParameter fwhm,
        CasaParameter position, double rsf, double mass, int index, String tag, String raw) {

    /** Position as binding energy, given the photon energy, when the stored position is kinetic. */
    public double bindingPosition(double photonEnergy, boolean kinetic) {
        return kinetic ? photonEnergy - position.value() : position.value();
    }
}
