package org.interphase.sims.api;

import java.util.List;
import java.util.Optional;

/**
 * A ToF-SIMS mass spectrum as exported by IONTOF SurfaceLab (binned channels with their m/z).
 *
 * @param channel            time-of-flight channel per bin (the bin's first channel)
 * @param massToCharge       m/z per bin as exported (the instrument's calibration)
 * @param intensity          counts per bin
 * @param binning            channels per bin from the header, if given
 * @param deadtimeCorrection whether dead-time correction was on, if the header says so
 * @param header             the '#' header lines without '#', in file order
 */
public record MassSpectrumData(double[] channel, double[] massToCharge, double[] intensity, Optional<Integer> binning,
        Optional<Boolean> deadtimeCorrection, List<String> header) {

    public MassSpectrumData {
        header = List.copyOf(header);
    }

    /** Number of bins. */
    public int size() {
        return channel.length;
    }
}
