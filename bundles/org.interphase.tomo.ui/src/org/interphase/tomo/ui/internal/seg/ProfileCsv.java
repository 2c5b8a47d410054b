package org.interphase.tomo.ui.internal.seg;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.interphase.tomo.api.PhaseProfile;
import org.interphase.tomo.ui.internal.render.Numbers;

/**
 * Writes a phase-fraction profile as CSV: '#' comment lines naming the source, thresholds, rule, axis and
 * units, then one row per slice: index, position, and the fraction of every phase.
 */
public final class ProfileCsv {

    private ProfileCsv() {
    }

    /** Writes {@code run}'s profile of {@code source} to {@code file}. */
    public static void write(SegmentationRun run, String source, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(text(run, source));
        }
    }

    /** The CSV text. */
    public static String text(SegmentationRun run, String source) {
        PhaseProfile p = run.profile();
        double[] t = run.thresholds();
        StringBuilder b = new StringBuilder();
        b.append("# tomography phase-fraction profile (Interphase Workbench, ").append(ResultWriter.ALGORITHM_ID)
                .append(' ').append(ResultWriter.ALGORITHM_VERSION).append(")\n");
        b.append("# source: ").append(source).append('\n');
        b.append("# method: ").append(run.settings().describe()).append('\n');
        b.append("# thresholds (voxel value): ");
        for (int i = 0; i < t.length; i++) {
            b.append(i == 0 ? "" : ", ").append(Numbers.format(t[i]));
        }
        b.append("; rule: above means value > threshold; phase 0 = void (at or below the lowest threshold)\n");
        b.append("# axis: ").append(p.axis().id()).append("; position unit: ")
                .append(run.spacingUm().isPresent() ? "µm (voxel edge along " + p.axis().id() + " "
                        + Numbers.format(run.spacingUm().getAsDouble()) + " µm)" : "voxel (voxel size unknown)")
                .append("; fractions are dimensionless (voxels of the phase / voxels in the slice = ")
                .append(p.perSlice()).append(")\n");
        String unit = run.spacingUm().isPresent() ? "um" : "voxel";
        b.append("slice,").append(p.axis().id()).append("_position_").append(unit);
        for (int ph = 0; ph < p.phases(); ph++) {
            b.append(ph == 0 ? ",void_fraction" : ",phase" + ph + "_fraction");
        }
        b.append('\n');
        double[] x = run.positions();
        double[][] f = new double[p.phases()][];
        for (int ph = 0; ph < p.phases(); ph++) {
            f[ph] = p.fractions(ph);
        }
        for (int i = 0; i < p.slices(); i++) {
            b.append(i).append(',').append(Numbers.format(x[i]));
            for (int ph = 0; ph < p.phases(); ph++) {
                b.append(',').append(f[ph][i]);
            }
            b.append('\n');
        }
        return b.toString();
    }
}
