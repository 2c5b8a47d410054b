package org.interphase.xps.internal.vamas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.interphase.xps.api.EnergyKind;
import org.interphase.xps.api.IntensityUnit;
import org.interphase.xps.api.VamasBlock;
import org.interphase.xps.api.VamasFile;
import org.interphase.xps.api.VamasItem;
import org.interphase.xps.api.VamasVariable;
import org.interphase.xps.api.XpsRegionData;

/** Turns VAMAS blocks into {@link XpsRegionData}. */
public final class VamasRegions {

    private VamasRegions() {
    }

    /** One region per block, in file order. */
    public static List<XpsRegionData> of(VamasFile file) {
        List<XpsRegionData> result = new ArrayList<>();
        for (int i = 0; i < file.blocks().size(); i++) {
            result.add(of(file, i));
        }
        return result;
    }

    /** The region of block {@code index}. */
    public static XpsRegionData of(VamasFile file, int index) {
        VamasBlock b = file.blocks().get(index);
        List<double[]> ordinates = b.ordinates();
        List<VamasVariable> vars = b.ordinateVariables();
        double[] y = ordinates.isEmpty() ? new double[b.pointCount()] : ordinates.get(0);
        Optional<double[]> transmission = Optional.empty();
        for (int v = 1; v < vars.size(); v++) {
            if (vars.get(v).label().toLowerCase(Locale.ROOT).contains("transmission")) {
                transmission = Optional.of(ordinates.get(v));
            }
        }
        String yLabel = vars.isEmpty() ? "" : vars.get(0).label() + " " + vars.get(0).units();
        IntensityUnit unit = isPerSecond(yLabel) || isPerSecond(b.blockId()) ? IntensityUnit.COUNTS_PER_SECOND
                : IntensityUnit.COUNTS;
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("block id", b.blockId());
        meta.put("sample id", b.sampleId());
        meta.put("technique", b.technique());
        meta.put("source label", b.sourceLabel());
        meta.put("analyser mode", b.value(VamasItem.ANALYSER_MODE));
        meta.put("pass energy", b.value(VamasItem.PASS_ENERGY));
        meta.put("work function", b.value(VamasItem.WORK_FUNCTION));
        meta.put("signal mode", b.value(VamasItem.SIGNAL_MODE));
        meta.put("abscissa", b.abscissaLabel() + " / " + b.abscissaUnits());
        meta.put("ordinate", yLabel.trim());
        List<String> date = new ArrayList<>();
        for (VamasItem item : List.of(VamasItem.YEAR, VamasItem.MONTH, VamasItem.DAY, VamasItem.HOURS,
                VamasItem.MINUTES, VamasItem.SECONDS)) {
            date.add(b.value(item));
        }
        meta.put("date", String.join(" ", date));
        for (int v = 0; v < file.experimentalVariables().size() && v < b.experimentalValues().size(); v++) {
            meta.put("experimental variable " + file.experimentalVariables().get(v).label(),
                    b.experimentalValues().get(v));
        }
        for (VamasVariable p : b.additionalParameters()) {
            meta.put(p.label(), p.value() + (p.units().isEmpty() || "d".equals(p.units()) ? "" : " " + p.units()));
        }
        return new XpsRegionData(b.blockId(), b.species(), b.transition(), "block " + (index + 1),
                b.sourceEnergy().orElse(Double.NaN),
                b.isBindingEnergyAbscissa() ? EnergyKind.BINDING : EnergyKind.KINETIC, b.abscissa(), y, unit,
                b.collectionTime().orElse(Double.NaN), b.scans().orElse(Double.NaN), transmission,
                CasaComments.regions(b.comments()), CasaComments.components(b.comments()), meta);
    }

    /** Whether a label says counts per second ("CPS", "c/s", "counts/s", "per second"). */
    static boolean isPerSecond(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        return s.contains("per second") || s.contains("c/s") || s.contains("counts/s") || s.matches(".*\\bcps\\b.*");
    }
}
