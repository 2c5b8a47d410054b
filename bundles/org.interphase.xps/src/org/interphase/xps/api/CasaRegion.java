package org.interphase.xps.api;

import java.util.List;

/**
 * A CasaXPS quantification region stored in a VAMAS block comment ({@code CASA region ...}). Energies are
 * in the block's abscissa (kinetic energy for the files CasaXPS writes from KE data).
 *
 * @param name                 region name
 * @param backgroundType       e.g. {@code Shirley}, {@code Linear}, {@code U 3 Tougaard}
 * @param start                region start (abscissa units)
 * @param end                  region end (abscissa units)
 * @param rsf                  relative sensitivity factor
 * @param averagingWidth       number of points averaged at each end point
 * @param startOffset          start offset (%)
 * @param endOffset            end offset (%)
 * @param backgroundParameters the four background parameters (Tougaard: B, C, D and a fourth value)
 * @param tag                  element tag
 * @param mass                 atomic mass used for quantification
 * @param raw                  the comment line as written
 */
public record CasaRegion(String name, String backgroundType, double start, double end, double rsf,
        double averagingWidth, double startOffset, double endOffset, List<Double> backgroundParameters,
        String tag, double mass, String raw) {

    public CasaRegion {
        backgroundParameters = List.copyOf(backgroundParameters);
    }
}
