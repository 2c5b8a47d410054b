package org.interphase.sims.ui.internal.compare;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.RGB;
import org.interphase.sims.api.Overlay;
import org.interphase.sims.api.Replicates;
import org.interphase.sims.api.Series;
import org.interphase.ui.chart.Palette;

/** Turns an {@link Overlay.Result} into chart lines for a {@link CompareSettings.Mode} (no widgets). */
public final class CompareLines {

    /** Grid points of replicate means. */
    public static final int GRID_POINTS = 400;

    /**
     * Lines and axis text.
     *
     * @param lines  to draw
     * @param yTitle y-axis title with unit
     * @param log    whether a log axis suits (not for differences, which change sign)
     * @param note   what was done, or why nothing could be ("" when fine)
     */
    public record Plot(List<OverlayChart.Line> lines, String yTitle, boolean log, String note) {
    }

    private CompareLines() {
    }

    /** The plot; {@code yTitle} and {@code log} are those of the plotted normalisation. */
    public static Plot of(Overlay.Result o, CompareSettings s, String yTitle, boolean log) {
        List<OverlayChart.Line> lines = new ArrayList<>();
        if (s.signals().isEmpty()) {
            return new Plot(lines, yTitle, log, "Pick a signal to compare.");
        }
        String signal = s.signals().get(0);
        List<Overlay.Curve> curves = o.curves().stream().filter(c -> c.signal().equals(signal)).toList();
        switch (s.mode()) {
            case OVERLAY -> {
                int i = 0;
                for (Overlay.Curve c : o.curves()) {
                    String label = s.signals().size() > 1 ? c.profile() + " \u2014 " + c.signal() : c.profile();
                    lines.add(new OverlayChart.Line(i + ":" + label, label, c.series().x(), c.series().y(),
                            Palette.colour(i), false));
                    i++;
                }
                return new Plot(lines, yTitle, log, "");
            }
            case MEAN_SD -> {
                if (curves.size() < 2) {
                    return new Plot(lines, yTitle, log, "Mean \u00b1 SD needs two or more profiles with " + signal + ".");
                }
                Replicates.MeanCurve m = Replicates.meanSd(curves.stream().map(Overlay.Curve::series).toList(),
                        GRID_POINTS);
                double[] lo = new double[m.x().length];
                double[] hi = new double[m.x().length];
                for (int i = 0; i < lo.length; i++) {
                    lo[i] = m.mean()[i] - m.sd()[i];
                    hi[i] = m.mean()[i] + m.sd()[i];
                }
                RGB c = Palette.colour(0);
                lines.add(new OverlayChart.Line("mean", signal + " mean of " + curves.size(), m.x(), m.mean(), c, false));
                lines.add(new OverlayChart.Line("mean-sd", "mean \u2212 SD", m.x(), lo, c, true));
                lines.add(new OverlayChart.Line("mean+sd", "mean + SD", m.x(), hi, c, true));
                return new Plot(lines, yTitle, log, "Mean \u00b1 sample SD of " + curves.size()
                        + " profiles on " + GRID_POINTS + " points of their common range (linear interpolation).");
            }
            default -> {
                if (curves.size() < 2) {
                    return new Plot(lines, yTitle, log, "Difference and ratio need two profiles with " + signal + ".");
                }
                Series a = curves.get(0).series();
                Series b = curves.get(1).series();
                boolean diff = s.mode() == CompareSettings.Mode.DIFFERENCE;
                Series r = diff ? Replicates.difference(a, b) : Replicates.ratio(a, b);
                String name = curves.get(0).profile() + (diff ? " \u2212 " : " / ") + curves.get(1).profile();
                lines.add(new OverlayChart.Line("result", signal + ": " + name, r.x(), r.y(), Palette.colour(0), false));
                String title = diff ? "Difference of " + yTitle.replaceFirst("^Intensity", "intensity")
                        : "Ratio " + signal + " (1st / 2nd) / 1";
                return new Plot(lines, title, !diff && log, name + " (2nd interpolated onto the x of the 1st)");
            }
        }
    }
}
