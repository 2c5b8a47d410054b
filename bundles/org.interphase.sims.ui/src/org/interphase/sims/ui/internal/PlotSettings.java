package org.interphase.sims.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.interphase.sims.api.Normalisation;
import org.interphase.sims.api.PrimaryDose;
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
 * @param dose         primary-ion dose per cycle for {@link NormalisationMode#DOSE}, when known
 */
public record PlotSettings(NormalisationMode mode, String matrixLabel, double plateauFromS, double plateauToS,
        int smoothing, boolean log, Optional<PrimaryDose> dose) {

    /** The defaults: raw counts, no smoothing, log axis. */
    public static PlotSettings defaults() {
        return new PlotSettings(NormalisationMode.RAW, "", 0, 0, 0, true, Optional.empty());
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
            case DOSE -> dose.orElseThrow(() -> new IllegalArgumentException(
                    "no primary-ion dose: the file has none at sputter time 0; enter current and time per cycle"))
                    .normalise(raw);
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
            case DOSE -> "per primary ion (" + dose.map(d -> fmt(d.ionsPerCycle())).orElse("?") + " ions/cycle)";
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
        if (mode == NormalisationMode.DOSE) {
            dose.ifPresent(d -> {
                m.put("primaryDoseIonsPerCycle", d.ionsPerCycle());
                m.put("primaryDoseSource", d.source());
                m.put("formula", "N' = N / D_p, D_p = I_p t_a / e");
            });
        }
        m.put("smoothing", smoothed() ? "moving average " + smoothing + " points" : "none");
        return m;
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.4g", v);
    }
}
