package org.interphase.tomo.ui.internal.iface;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.interphase.model.AnalysisResult;
import org.interphase.model.Interface;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.QuantityKind;
import org.interphase.model.ResultParameter;
import org.interphase.model.TomographyVolume;
import org.interphase.tomo.api.InterfaceQuantities;
import org.interphase.tomo.api.LayerStack;
import org.interphase.tomo.api.Roi;
import org.interphase.tomo.api.VoxelSize;
import org.interphase.tomo.ui.internal.render.Numbers;
import org.interphase.tomo.ui.internal.seg.ResultWriter;

import com.google.gson.GsonBuilder;

/**
 * The {@link AnalysisResult} of one interface plane (algorithm {@value #ALGORITHM_ID}): contact fraction,
 * void fraction near the interface, void count and sizes, linked to the plane's {@link Interface} (the
 * measurement's when the cell has none for that layer pair) and the measurement's cycle state.
 */
public final class InterfaceResultWriter {

    /** Algorithm id. */
    public static final String ALGORITHM_ID = "tomo.interface-plane";
    /** Version of the steps and result layout. */
    public static final String ALGORITHM_VERSION = "1.0.0";

    private static final InterphaseFactory F = InterphaseFactory.eINSTANCE;

    private InterfaceResultWriter() {
    }

    /** What was measured and how. */
    public record Input(LayerStack.Plane plane, double offsetUm, double halfWidthUm, double threshold, Roi roi,
            Optional<VoxelSize> voxelSize, InterfaceQuantities quantities) {
    }

    /** The result (not yet in the model). */
    public static AnalysisResult result(TomographyVolume m, Input in) {
        InterfaceQuantities q = in.quantities();
        Interface target = in.plane().iface().orElse(m.getInterface());
        AnalysisResult r = F.createAnalysisResult();
        r.setName("Interface " + in.plane().name() + " at z = " + in.plane().index());
        r.setAlgorithmId(ALGORITHM_ID);
        r.setAlgorithmVersion(ALGORITHM_VERSION);
        r.setSettings(settings(in));
        if (m.getSourceUri() != null) {
            r.getInputs().add(m.getSourceUri());
        }
        if (m.getSha256() != null && !m.getSha256().isBlank()) {
            r.getInputs().add("sha256:" + m.getSha256());
        }
        r.setCreatedAt(new Date());
        r.setSummary(String.format(Locale.ROOT, "%s: contact %s, void fraction %s within ±%s µm, %d voids",
                in.plane().name(), Numbers.fraction(q.contact().fraction()), Numbers.fraction(q.voidFraction()),
                Numbers.format(in.halfWidthUm()), q.voids().count()));
        r.getParameters().add(parameter(m, target, "contact fraction", q.contact().fraction(), "1",
                QuantityKind.CONTACT_FRACTION));
        r.getParameters().add(parameter(m, target, "void fraction near the interface", q.voidFraction(), "1",
                QuantityKind.VOID_FRACTION));
        r.getParameters().add(parameter(m, target, "void count", q.voids().count(), "1", QuantityKind.OTHER));
        double voxelUm3 = in.voxelSize().map(VoxelSize::volumeUm3).orElse(Double.NaN);
        boolean um3 = in.voxelSize().isPresent();
        r.getParameters().add(parameter(m, target, "mean void size", q.voids().meanSize() * (um3 ? voxelUm3 : 1),
                um3 ? "µm³" : "voxel", QuantityKind.OTHER));
        r.getParameters().add(parameter(m, target, "largest void", q.voids().largest() * (um3 ? voxelUm3 : 1),
                um3 ? "µm³" : "voxel", QuantityKind.OTHER));
        r.getParameters().add(parameter(m, target, "interface position", in.plane().positionUm(), "µm", QuantityKind.OTHER));
        if (q.voids().count() > 0) {
            r.getSeries().add(ResultWriter.sizeDistribution(q.voids(), "void size distribution near the interface"));
        }
        return r;
    }

    private static ResultParameter parameter(TomographyVolume m, Interface target, String name, double value,
            String unit, QuantityKind kind) {
        ResultParameter p = F.createResultParameter();
        p.setName(name);
        p.setValue(value);
        p.setUnit(unit);
        p.setQuantity(kind);
        p.setInterface(target);
        p.setCycleState(m.getCycleState());
        return p;
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
