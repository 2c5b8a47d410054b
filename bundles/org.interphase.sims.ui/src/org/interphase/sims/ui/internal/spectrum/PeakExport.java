package org.interphase.sims.ui.internal.spectrum;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.interphase.sims.api.MassCalibration;
import org.interphase.sims.api.MassSpectra;

/** Writes a peak list as CSV (RFC 4180; point decimals; one header row). */
public final class PeakExport {

    /** The header row. */
    public static final String HEADER = "apex_channel,apex_mz_file,centroid_channel,centroid_mz_calibrated,"
            + "height_counts,area_counts,assigned_ion,assigned_mz";

    private PeakExport() {
    }

    /** The CSV lines (header first); calibrated m/z empty without a calibration, assignments by peak index. */
    public static List<String> lines(List<MassSpectra.Peak> peaks, Optional<MassCalibration> cal,
            Map<Integer, Assignment> assigned) {
        List<String> out = new ArrayList<>();
        out.add(HEADER);
        for (int i = 0; i < peaks.size(); i++) {
            MassSpectra.Peak p = peaks.get(i);
            Assignment a = assigned.get(i);
            out.add(String.format(Locale.ROOT, "%.0f,%.6f,%.3f,%s,%.6g,%.6g,%s,%s", p.apexChannel(), p.apexMass(),
                    p.centroid(), cal.map(c -> String.format(Locale.ROOT, "%.6f", c.mass(p.centroid()))).orElse(""),
                    p.height(), p.area(), a == null ? "" : quote(a.ion()),
                    a == null ? "" : String.format(Locale.ROOT, "%.6f", a.mass())));
        }
        return out;
    }

    /** Writes {@link #lines} to a file. */
    public static void write(Path file, List<MassSpectra.Peak> peaks, Optional<MassCalibration> cal,
            Map<Integer, Assignment> assigned) throws IOException {
        Files.write(file, lines(peaks, cal, assigned), StandardCharsets.UTF_8);
    }

    private static String quote(String s) {
        return org.interphase.core.api.CsvCells.cell(s);
    }

    /**
     * A peak's assignment.
     *
     * @param ion  what the analyst typed (an ion such as Na+, or a number)
     * @param mass its exact m/z
     */
    public record Assignment(String ion, double mass) {
    }
}
