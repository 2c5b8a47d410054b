package org.interphase.tomo.ui.internal.iface;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.interphase.model.AnalysisResult;
import org.interphase.model.Interface;
import org.interphase.model.TomographyVolume;
import org.interphase.tomo.api.InterfaceQuantities;
import org.interphase.tomo.api.LayerStack;
import org.interphase.tomo.api.Roi;
import org.interphase.tomo.api.TomoResults;
import org.interphase.tomo.api.VoxelSize;
import org.interphase.tomo.ui.internal.render.Numbers;

import com.google.gson.GsonBuilder;

/**
 * The {@link AnalysisResult} of one interface plane (algorithm {@value #ALGORITHM_ID}): contact fraction,
 * void fraction near the interface, void count and sizes, linked to the plane's {@link Interface} (the
 * measurement's when the cell has none for that layer pair) and the measurement's cycle state.
 */
public final class InterfaceResultWriter {

    /** Algorithm id. */
    public static final String ALGORITHM_ID = TomoResults.INTERFACE_PLANE;

    private InterfaceResultWriter() {
    }

    /** What was measured and how. */
    public record Input(LayerStack.Plane plane, double offsetUm, double halfWidthUm, double threshold, Roi roi,
            Optional<VoxelSize> voxelSize, InterfaceQuantities quantities) {
    }

    /** The result (not yet in the model), built by {@link TomoResults#interfacePlane}. */
    public static AnalysisResult result(TomographyVolume m, Input in) {
        InterfaceQuantities q = in.quantities();
        Interface target = in.plane().iface().orElse(m.getInterface());
        String summary = String.format(Locale.ROOT, "%s: contact %s, void fraction %s within \u00b1%s \u00b5m, %d voids",
                in.plane().name(), Numbers.fraction(q.contact().fraction()), Numbers.fraction(q.voidFraction()),
                Numbers.format(in.halfWidthUm()), q.voids().count());
        OptionalDouble voxel = in.voxelSize().isPresent() ? OptionalDouble.of(in.voxelSize().get().volumeUm3())
                : OptionalDouble.empty();
        return TomoResults.interfacePlane(m, target, "Interface " + in.plane().name() + " at z = " + in.plane().index(),
                settings(in), summary, q, voxel, in.plane().positionUm(), new Date());
    }

    static String settings(Input in) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("interface", in.plane().name());
        j.put("lowerLayer", in.plane().lower().getName());
        j.put("upperLayer", in.plane().upper().getName());
        j.put("firstLayerOffsetUm", in.offsetUm());
        j.put("positionUm", in.plane().positionUm());
        j.put("axis", "z");
        j.put("plane", in.plane().index());
        j.put("slabHalfWidthUm", in.halfWidthUm());
        j.put("slab", new int[] { in.quantities().slabFrom(), in.quantities().slabTo() });
        j.put("threshold", in.threshold());
        j.put("rule", "solid means value > threshold; voids at or below it");
        j.put("roi", in.roi().describe());
        j.put("connectivity", 6);
        in.voxelSize().ifPresent(v -> j.put("voxelSizeXyzUm", new double[] { v.x(), v.y(), v.z() }));
        return new GsonBuilder().disableHtmlEscaping().create().toJson(j);
    }
}
