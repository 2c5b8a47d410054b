package org.interphase.sims.api;

import java.util.List;
import java.util.Optional;

import org.interphase.model.Polarity;

/**
 * The numeric content of a depth-profile export, one entry per depth point.
 * <p>
 * SurfaceLab writes a last row whose counts are all zero (ratios {@code inf}); it is not a measured point.
 * When present it is <b>dropped</b> from the arrays and flagged by {@link #emptyLastRowDropped()}; its
 * sputter time is still the profile's {@link #totalSputterTimeS() total sputter time}.
 *
 * @param timeS               sputter time (s) per point
 * @param dose                primary/sputter dose (ions) per point, NaN when not exported
 * @param fluence             fluence (ions/cm^2) per point, NaN when not exported
 * @param signals             the signals in file order
 * @param polarity            the polarity of the ion signals (the majority sign)
 * @param fileRows            data rows in the file, including a dropped empty last row
 * @param emptyLastRowDropped whether the all-zero last row was dropped
 * @param totalSputterTimeS   the sputter time of the file's last row
 */
public record ProfileData(double[] timeS, double[] dose, double[] fluence, List<SignalData> signals,
        Polarity polarity, int fileRows, boolean emptyLastRowDropped, double totalSputterTimeS) {

    public ProfileData {
        signals = List.copyOf(signals);
    }

    /** Number of depth points in the arrays. */
    public int points() {
        return timeS.length;
    }

    /** The signal with exactly this label. */
    public Optional<SignalData> signal(String label) {
        return signals.stream().filter(s -> s.label().equals(label)).findFirst();
    }

    /** The {@code total} signal, if exported. */
    public Optional<SignalData> total() {
        return signals.stream().filter(s -> s.name().kind() == org.interphase.model.SignalKind.TOTAL).findFirst();
    }
}
