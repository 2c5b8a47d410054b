package org.interphase.sims.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.interphase.sims.api.Normalisation;
import org.interphase.sims.api.ProfileData;
import org.interphase.sims.api.Series;
import org.interphase.sims.api.SignalData;

/**
 * What the editor does to a signal before plotting and analysing it.
 *
 * @param mode         normalisation
 * @param matrixLabel  matrix ion for {@link NormalisationMode#MATRIX} ("" otherwise)
 * @param plateauFromS start of the plateau window for {@link NormalisationMode#PLATEAU}
 * @param plateauToS   its end
 * @param smoothing    moving-average window in points; below 3 = no smoothing (the default)
 * @param log          logarithmic intensity axis
 */
public record PlotSettings(NormalisationMode mode, String matrixLabel, double plateauFromS, double plateauToS,
        int smoothing, boolean log) {

    /** The defaults: raw counts, no smoothing, log axis. */
    public static PlotSettings defaults() {
        return new PlotSettings(NormalisationMode.RAW, "", 0, 0, 0, true);
    }

    /** Whether smoothing is on. */
    public boolean smoothed() {
        return smoothing >= 3;
    }

    /** The signal as plotted and analysed: normalised, then smoothed when asked for. */
    public Series apply(ProfileData profile, SignalData signal) {
        Series raw = Normalisation.raw(profile, signal);
        Series s = switch (mode) {
            case RAW -> raw;
            case TOTAL -> Normalisation.toTotal(profile, signal);
            case MATRIX -> Normalisation.toMatrix(profile, signal, matrixLabel);
            case MAX -> Normalisation.toMax(raw);
            case PLATEAU -> Normalisation.toPlateau(raw, plateauFromS, plateauToS);
        };
        return Smoothing.movingAverage(s, smoothing);
    }

    /** Y-axis title with unit. */
    public String axisTitle() {
        return mode == NormalisationMode.MATRIX ? "Intensity / " + matrixLabel + " (ratio)" : mode.axisTitle();
    }

    /** Short text for the chart title: normalisation and smoothing, both always stated. */
    public String describe() {
        String norm = switch (mode) {
            case MATRIX -> "normalised to " + matrixLabel;
            case PLATEAU -> "plateau " + fmt(plateauFromS) + "-" + fmt(plateauToS) + " s = 1";
            default -> mode.label();
        };
        return norm + ", " + (smoothed() ? "SMOOTHED (moving average, " + smoothing + " points)" : "no smoothing");
    }

    /** The settings as a JSON-ready map (provenance). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("normalisation", mode.name().toLowerCase(java.util.Locale.ROOT));
        if (mode == NormalisationMode.MATRIX) {
            m.put("matrixIon", matrixLabel);
        }
        if (mode == NormalisationMode.PLATEAU) {
            m.put("plateauFromS", plateauFromS);
            m.put("plateauToS", plateauToS);
        }
        m.put("smoothing", smoothed() ? "moving average " + smoothing + " points" : "none");
        return m;
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.4g", v);
    }
}
