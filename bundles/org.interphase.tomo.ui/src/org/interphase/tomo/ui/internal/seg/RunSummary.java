package org.interphase.tomo.ui.internal.seg;

import org.interphase.tomo.api.Roi;
import org.interphase.tomo.api.VoidComponents;
import org.interphase.tomo.ui.internal.render.Numbers;
import org.interphase.tomo.ui.internal.render.PhaseColours;

/** The text summary of a segmentation run shown under the controls. */
final class RunSummary {

    private RunSummary() {
    }

    static String describe(SegmentationRun r) {
        double[] t = r.thresholds();
        StringBuilder b = new StringBuilder();
        b.append(r.settings().describe()).append(r.roi() instanceof Roi.Whole ? "" : " in " + r.roi().describe())
                .append(": ");
        for (int p = 0; p < r.profile().phases(); p++) {
            b.append(p == 0 ? "" : ", ").append(PhaseColours.label(p, t)).append(' ')
                    .append(Numbers.fraction(r.profile().overallFraction(p)));
        }
        b.append("\nContact fraction at ").append(r.settings().axis().id()).append(" = ").append(r.settings().plane())
                .append(": ").append(Numbers.fraction(r.contact().fraction())).append(" (")
                .append(r.contact().contactVoxels()).append(" of ").append(r.contact().planeVoxels()).append(" voxels)");
        b.append('\n');
        if (r.voids().isPresent()) {
            VoidComponents v = r.voids().get();
            b.append("Voids: ").append(v.count()).append(" components, largest ").append(v.largest())
                    .append(" voxels, mean ").append(String.format(java.util.Locale.ROOT, "%.1f", v.meanSize()))
                    .append(" voxels");
        } else {
            b.append("Voids not labelled");
        }
        return b.toString();
    }

}
