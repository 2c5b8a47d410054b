package org.interphase.xps.api;

import java.util.Optional;

/**
 * An interphase species in the {@link SpeciesLibrary}: core level, binding-energy range and default (main
 * line), doublet rule, typical FWHM and line shape, each with its source.
 *
 * @param coreLevel      e.g. {@code S 2p}
 * @param label          short name used for the fitted component, unique within the core level, e.g. {@code Li2S}
 * @param name           description
 * @param beMin          lower end of the typical binding energy, eV
 * @param beMax          upper end, eV
 * @param beDefault      start value, eV
 * @param beSource       source of the range
 * @param fwhmDefault    typical FWHM, eV
 * @param fwhmMin        lower FWHM bound, eV
 * @param fwhmMax        upper FWHM bound, eV
 * @param fwhmSource     source of the FWHM values
 * @param lineShape      CasaXPS-style line shape text
 * @param lineShapeSource source of the line shape
 * @param doublet        spin-orbit rule of the core level, when it is a doublet
 * @param origin         where the source reviews name the species
 */
public record Species(String coreLevel, String label, String name, double beMin, double beMax, double beDefault,
        String beSource, double fwhmDefault, double fwhmMin, double fwhmMax, String fwhmSource, String lineShape,
        String lineShapeSource, Optional<DoubletRule> doublet, String origin) {

    /**
     * A core level's doublet rule.
     *
     * @param splitting       eV
     * @param ratio           area of the second line over the main line
     * @param splittingSource source of the splitting
     * @param ratioSource     source of the ratio
     */
    public record DoubletRule(double splitting, double ratio, String splittingSource, String ratioSource) {
    }

    /** {@code coreLevel/label}, e.g. {@code S 2p/Li2S}. */
    public String id() {
        return coreLevel + "/" + label;
    }
}
